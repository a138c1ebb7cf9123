using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Codes;

/// <summary>
/// The platform's codes as data: what each <c>med_type</c>, <c>insutype</c>, <c>psn_insu_stas</c>,
/// <c>opsp_dise_code</c>, <c>chrgitm_lv</c>, <c>biz_appy_type</c> and <c>insuplc_admdvs</c> means in a case, each row
/// with its source and confidence (<see cref="CodeRow"/>). <see cref="National"/> is shipped (an embedded resource);
/// an integrator adds tables for an insured province — the codes come from the insured region's catalogue — with
/// <see cref="PlatformOptions.AddCodeTables(PlatformCodeTables)"/>: their rows replace the national rows of the same
/// code, or withdraw them (<c>"value": null</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The document: <c>{ "schemaVersion": 1, "province": "430000" | null, "name": { "zh-CN", "en" }, "tables": { "med_type":
/// [ { "code", "value", "name": { "zh-CN", "en" }, "confidence": "A" | "B" | "C", "source": { "zh-CN", "en" } } ], … } }</c>.
/// Unknown members, unknown tables, values a table does not allow and a code given twice in one table are errors.
/// </remarks>
public sealed class PlatformCodeTables
{
    private static readonly Lazy<PlatformCodeTables> Shipped = new(LoadNational);

    internal PlatformCodeTables(RegionCode? province, LocalizedText name, string origin, IReadOnlyList<CodeRow> rows)
    {
        Province = province;
        Name = name;
        Origin = origin;
        Rows = rows;
    }

    /// <summary>Gets the shipped national tables: the mapping specification's rows, with their confidence as it gives it.</summary>
    public static PlatformCodeTables National => Shipped.Value;

    /// <summary>Gets the insured province these tables apply to, or <see langword="null"/> for tables that apply to every insured region.</summary>
    public RegionCode? Province { get; }

    /// <summary>Gets the tables' name, in both languages.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets where the tables were read from (a file path, a resource or the name given).</summary>
    public string Origin { get; }

    /// <summary>Gets every row, in document order.</summary>
    public IReadOnlyList<CodeRow> Rows { get; }

    /// <summary>Reads code tables from a stream of UTF-8 JSON (at most 1 MiB).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="origin">A name for error messages, e.g. the file name.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="InvalidCodeTablesException">The document is not valid code tables; every problem is listed.</exception>
    public static PlatformCodeTables Read(Stream utf8Json, string origin)
    {
        if (utf8Json is null || origin is null)
        {
            throw new ArgumentNullException(utf8Json is null ? nameof(utf8Json) : nameof(origin));
        }

        var bytes = BoundedInput.Read(utf8Json, CodeTablesReader.MaxBytes);
        if (bytes is null)
        {
            throw new InvalidCodeTablesException(origin, new[]
            {
                new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"代码表超过 {CodeTablesReader.MaxBytes} 字节。", $"The code tables are larger than {CodeTablesReader.MaxBytes} bytes.")),
            });
        }

        return TryRead(bytes, origin, out var tables, out var errors) ? tables! : throw new InvalidCodeTablesException(origin, errors);
    }

    /// <summary>Reads code tables from a file.</summary>
    /// <param name="path">The JSON file; a relative path is read from the current directory.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="InvalidCodeTablesException">The file cannot be read (<c>UNREADABLE_FILE</c>, naming the full path tried) or is not valid code tables.</exception>
    public static PlatformCodeTables ReadFile(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception inner) when (inner is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
            {
                full = path;
            }

            throw new InvalidCodeTablesException(path, new[]
            {
                new InputError("$", InputErrorCodes.UnreadableFile, new LocalizedText($"无法读取代码表文件 '{CaseLimits.EscapeControlCharacters(full)}'。", $"The code tables file '{CaseLimits.EscapeControlCharacters(full)}' cannot be read.")),
            });
        }

        using (file)
        {
            return Read(file, path);
        }
    }

    /// <summary>Reads code tables without throwing for invalid input.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="origin">A name for error messages.</param>
    /// <param name="tables">The tables, when valid.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when valid.</param>
    /// <returns>Whether the document is valid code tables.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> utf8Json, string origin, out PlatformCodeTables? tables, out IReadOnlyList<InputError> errors)
    {
        tables = CodeTablesReader.Read(utf8Json, origin ?? throw new ArgumentNullException(nameof(origin)), out errors);
        return tables is not null;
    }

    /// <summary>Describes the tables: their name, province and number of rows.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name.English} ({(Province is { } p ? p.ToString() : "every insured region")}, {Rows.Count} rows)";

    private static PlatformCodeTables LoadNational()
    {
        const string Resource = "RulesCore.NationalPlatform.Codes.national.json";
        using var stream = typeof(PlatformCodeTables).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException(Resource + " is not embedded.");
        return Read(stream, Resource);
    }
}
