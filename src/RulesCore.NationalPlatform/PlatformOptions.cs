using RulesCore.NationalPlatform.Codes;

namespace RulesCore.NationalPlatform;

/// <summary>
/// How to build cases from platform messages: code tables that override the shipped ones (<see cref="PlatformCodeTables.National"/>),
/// for one insured province or for every insured region. For a person insured in a province, a row of that province's
/// tables wins over one of the tables for every region, which wins over the shipped row of the same code; a later table
/// for the same province (or for every region) replaces an earlier one, as a later policy pack for a region does.
/// </summary>
public sealed class PlatformOptions
{
    private readonly List<PlatformCodeTables> _tables = new();

    /// <summary>Gets the tables added so far, in the order added.</summary>
    public IReadOnlyList<PlatformCodeTables> CodeTables => _tables;

    /// <summary>Adds code tables already read.</summary>
    /// <param name="tables">The tables.</param>
    /// <returns>These options.</returns>
    public PlatformOptions AddCodeTables(PlatformCodeTables tables)
    {
        _tables.Add(tables ?? throw new ArgumentNullException(nameof(tables)));
        return this;
    }

    /// <summary>Adds code tables from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="origin">A name for error messages, e.g. the resource name.</param>
    /// <returns>These options.</returns>
    /// <exception cref="InvalidCodeTablesException">The tables are malformed; they are rejected whole.</exception>
    public PlatformOptions AddCodeTables(Stream utf8Json, string origin) => AddCodeTables(PlatformCodeTables.Read(utf8Json, origin));

    /// <summary>Adds code tables from a file.</summary>
    /// <param name="path">The JSON file; a relative path is read from the current directory.</param>
    /// <returns>These options.</returns>
    /// <exception cref="InvalidCodeTablesException">The file cannot be read or the tables are malformed; they are rejected whole.</exception>
    public PlatformOptions AddCodeTablesFile(string path) => AddCodeTables(PlatformCodeTables.ReadFile(path));
}
