namespace RulesCore.Tests.Shared;

/// <summary>Files of this repository, found from a test's output directory (shared by every test project).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>
    /// Whether README.md shows, line for line (ignoring indentation and blank lines), the snippet a test file keeps
    /// between <c>{marker}:begin</c> and <c>{marker}:end</c> comments — so the README's examples are compiled code.
    /// </summary>
    public static bool ReadmeShows(string marker, string testFile)
    {
        var source = File.ReadAllLines(PathOf(testFile));
        var begin = Array.FindIndex(source, l => l.Contains(marker + ":begin", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains(marker + ":end", StringComparison.Ordinal));
        var snippet = source.Skip(begin + 1).Take(end - begin - 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var readme = File.ReadAllLines(PathOf("README.md")).Select(l => l.Trim()).ToArray();
        var start = Array.IndexOf(readme, snippet.FirstOrDefault());
        return snippet.Length > 0 && start >= 0 && readme.Skip(start).Where(l => l.Length > 0).Take(snippet.Length).SequenceEqual(snippet);
    }

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
