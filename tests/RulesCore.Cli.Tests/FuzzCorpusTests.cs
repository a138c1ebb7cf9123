using RulesCore.Fuzz;

namespace RulesCore.Cli.Tests;

/// <summary>
/// Every input the fuzzers kept (eng/fuzz/corpus: seeds, the reproducer of each hostile-input defect, and each input that
/// found a new path) goes through its fuzz target again, with all of the target's invariants.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("eng", "fuzz", "corpus", target)).OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void KeptInput_KeepsEveryInvariantOfItsTarget(string target, string file)
    {
        FuzzTargets.For(target)(File.ReadAllBytes(RepositoryFiles.PathOf("eng", "fuzz", "corpus", target, file)));
    }

    [Fact]
    public void KeptCorpus_IsSmall_AndHasAReproducerForEachDefect()
    {
        var files = FuzzTargets.Names.SelectMany(t => Directory.GetFiles(RepositoryFiles.PathOf("eng", "fuzz", "corpus", t))).ToArray();
        var names = files.Select(Path.GetFileName).ToArray();

        Assert.True(files.Sum(f => new FileInfo(f).Length) < 2 * 1024 * 1024, "the kept corpus is 2 MB or more");
        foreach (var defect in new[] { "unbounded", "terminal", "options", "fact-reference", "byte-order-mark", "as-of", "long-", "empty-parameters", "negative-amount", "fuzz-", "split-surrogate", "chunking", "rule-info", "wide-header", "carriage-return-line-endings", "invalid-utf8-names-row" })
        {
            Assert.Contains(names, n => n!.StartsWith("repro-", StringComparison.Ordinal) && n.Contains(defect, StringComparison.Ordinal));
        }
    }
}
