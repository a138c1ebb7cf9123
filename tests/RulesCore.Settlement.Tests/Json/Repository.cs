namespace RulesCore.Settlement.Tests.Json;

/// <summary>Files of this repository, found from the test's output directory.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static IEnumerable<string> SampleCases() => Directory.GetFiles(PathOf("samples", "cases"), "*.json").OrderBy(f => f, StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RulesCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
