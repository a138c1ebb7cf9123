using System.Text.RegularExpressions;
using RulesCore.Tests.Shared;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests;

/// <summary>The library's files show its design (CONTRIBUTING.md, "Where things live"): folders by concept, one public type per file.</summary>
public class LayoutTests
{
    private static readonly Regex PublicType = new(@"^public\s+(?:(?:static|sealed|abstract|readonly|partial)\s+)*(?:class|record struct|record|struct|enum|interface)\s+(\w+)(<[^>]+>)?", RegexOptions.Multiline);
    private static readonly Regex Namespace = new(@"^namespace ([\w.]+);", RegexOptions.Multiline);

    /// <summary>The namespace of each top folder (the evaluator's files at the root); sub-folders share their top folder's.</summary>
    private static readonly Dictionary<string, string> Namespaces = new()
    {
        [string.Empty] = "RulesCore.Settlement",
        ["Model"] = "RulesCore.Settlement.Model",
        ["Decisions"] = "RulesCore.Settlement.Decisions",
        ["Errors"] = "RulesCore.Settlement.Errors",
        ["Rules"] = "RulesCore.Settlement.Rules",
        ["Engine"] = "RulesCore.Settlement.Engine",
        ["Policies"] = "RulesCore.Settlement.Policies",
        ["Json"] = "RulesCore.Settlement.Json",
        ["Hospitals"] = "RulesCore.Settlement.Hospitals",
    };

    private static string Library => RepositoryFiles.PathOf("src", "RulesCore.Settlement");

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal));

    [Fact]
    public void EverySourceFile_IsInAConceptFolder_WithItsNamespace()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 80, "the library's sources were not found");
        foreach (var file in files)
        {
            var top = file.Contains('/') ? file.Split('/')[0] : string.Empty;
            Assert.True(Namespaces.ContainsKey(top), $"{file} is outside the concept folders ({string.Join(", ", Namespaces.Keys)})");
            var declared = Namespace.Match(File.ReadAllText(Path.Combine(Library, file))).Groups[1].Value;
            if (file != "RulesCoreServiceCollectionExtensions.cs")
            {
                Assert.True(Namespaces[top] == declared, $"{file} declares namespace {declared}, its folder's is {Namespaces[top]}");
            }
        }
    }

    [Fact]
    public void EveryPublicType_HasItsOwnFile_NamedAfterIt()
    {
        foreach (var file in SourceFiles())
        {
            var types = PublicType.Matches(File.ReadAllText(Path.Combine(Library, file)))
                .Select(m => m.Groups[1].Value + (m.Groups[2].Success ? "{T}" : string.Empty)).ToList();
            Assert.True(types.Count <= 1, $"{file} declares {types.Count} public types: {string.Join(", ", types)}");
            if (types.Count == 1)
            {
                Assert.Equal(Path.GetFileNameWithoutExtension(file), types[0]);
            }
        }
    }

    [Fact]
    public void EveryExportedType_IsDeclaredInTheFileOfItsName()
    {
        var files = SourceFiles().ToLookup(f => Path.GetFileNameWithoutExtension(f));
        foreach (var type in typeof(SettlementCase).Assembly.GetExportedTypes().Where(t => !t.IsNested))
        {
            var name = type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`', StringComparison.Ordinal)) + "{T}" : type.Name;
            var file = files[name].SingleOrDefault();
            Assert.True(file is not null, $"{type.FullName} has no file {name}.cs");
        }
    }
}
