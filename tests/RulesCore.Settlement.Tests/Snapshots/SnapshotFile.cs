using System.Text;
using RulesCore.Testing;

namespace RulesCore.Settlement.Tests.Snapshots;

/// <summary>
/// A text pinned in a file beside the snapshot tests. A rendering that differs fails with the first differing line and
/// is written to <c>*.received.txt</c> next to the snapshot (ignored by git), to review and, if intended, copy over it.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>Asserts that <paramref name="actual"/> is the text of <c>Snapshots/{name}.txt</c>.</summary>
    /// <param name="name">The snapshot's file name without <c>.txt</c>, e.g. <c>texts.en</c>.</param>
    /// <param name="what">What the text is, for the failure message, e.g. <c>The en texts</c>.</param>
    /// <param name="actual">The rendering, with <c>\n</c> line ends.</param>
    public static void AssertMatches(string name, string what, string actual)
    {
        var directory = RepositoryFiles.PathOf("tests", "RulesCore.Settlement.Tests", "Snapshots");
        var expectedPath = Path.Combine(directory, $"{name}.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath, Encoding.UTF8)) : null;

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail(
            $"{what} differ from {Relative(expectedPath)}{FirstDifference(expected, actual)}\n" +
            $"The actual text is in {Relative(receivedPath)}. Review the difference and, if it is intended, accept it (from the repository root):\n" +
            $"  cp {Relative(receivedPath)} {Relative(expectedPath)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string? expected, string actual)
    {
        if (expected is null)
        {
            return " (no snapshot yet).";
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $", first at line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return ".";
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/');
}
