using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// Every sentence in the reader's language, over generated cases: Chinese text names no identifier (no finding or
/// remedy code, parameter name, enum value or rule id), English text no Chinese — except what the case itself says
/// (its ids, names, condition and item codes) and the app's own screen names, quoted in brackets ("(备案记录)").
/// </summary>
public class ReaderLanguagePropertyTests
{
    public static class Arbitraries
    {
        public static Arbitrary<SettlementCase> Cases() => SettlementGenerators.ValidCases().ToArbitrary();
    }

    /// <summary>Latin words a Chinese sentence may hold: the app as people call it.</summary>
    private static readonly HashSet<string> ChineseAllowed = new(StringComparer.Ordinal) { "APP" };

    private static readonly Regex LatinWord = new("[A-Za-z_]{3,}", RegexOptions.CultureInvariant);

    private static readonly Regex ChineseRun = new("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+", RegexOptions.CultureInvariant);

    /// <summary>An app screen named in an English sentence, as the app shows it: "(备案记录)".</summary>
    private static readonly Regex ScreenName = new("\\([\u4e00-\u9fff]+\\)", RegexOptions.CultureInvariant);

    /// <summary>What the case itself says, which a sentence may quote: ids, names, conditions, item codes and descriptions.</summary>
    private static List<string> OwnWords(SettlementCase c)
    {
        var words = new List<string> { c.Hospital.Id };
        words.AddRange(c.Filings.Select(f => f.Id));
        words.AddRange(c.Encounter.Items.Select(i => i.Code));
        words.AddRange(c.Encounter.Items.Select(i => i.Description).OfType<string>());
        words.AddRange(c.Qualifications.Select(q => q.Condition));
        words.AddRange(c.Qualifications.SelectMany(q => q.DesignatedHospitals ?? Array.Empty<string>()));
        words.AddRange(new[] { c.Hospital.Name, c.Person.Name, c.Encounter.Condition }.OfType<string>());
        return words.Where(w => w.Length > 0).ToList();
    }

    /// <summary>Every sentence of a decision, a plan and (for each finding) a why-not answer, in one language.</summary>
    private static IEnumerable<string> Sentences(SettlementCase c, string language)
    {
        var options = new EvaluationOptions { Language = language };
        var d = Fixtures.Evaluator.Evaluate(c, options);
        foreach (var text in DecisionTexts(d))
        {
            yield return text;
        }

        var plan = Fixtures.Evaluator.Plan(c, options);
        foreach (var text in DecisionTexts(plan.Current))
        {
            yield return text;
        }

        foreach (var step in plan.Steps)
        {
            yield return step.Text;
            yield return step.Where;
            foreach (var text in DecisionTexts(step.DecisionAfter))
            {
                yield return text;
            }
        }

        foreach (var problem in plan.Unfixable)
        {
            yield return problem.Title;
            yield return problem.Reason;
        }

        foreach (var line in plan.NotTried)
        {
            yield return line;
        }
    }

    private static IEnumerable<string> DecisionTexts(SettlementDecision d)
    {
        yield return d.Headline;
        yield return d.Verdict;
        foreach (var f in d.Findings)
        {
            yield return f.Title;
            yield return f.Message;
            yield return f.Basis;
            if (f.NoFix is { } noFix)
            {
                yield return noFix;
            }

            foreach (var r in f.Remedies)
            {
                yield return r.Text;
            }
        }
    }

    private static string WithoutOwnWords(string text, List<string> own) =>
        own.OrderByDescending(w => w.Length).Aggregate(text, (t, w) => t.Replace(w, " ", StringComparison.Ordinal));

    /// <summary>The Latin words of Chinese sentences that are not the case's own nor allowed: empty when every sentence reads as Chinese.</summary>
    internal static List<string> IdentifiersInChinese(SettlementCase c)
    {
        var own = OwnWords(c);
        return Sentences(c, Languages.Chinese)
            .SelectMany(s => LatinWord.Matches(WithoutOwnWords(s, own)).Select(m => (Sentence: s, Word: m.Value)))
            .Where(x => !ChineseAllowed.Contains(x.Word))
            .Select(x => $"{x.Word} in: {x.Sentence}")
            .Distinct()
            .ToList();
    }

    /// <summary>The Chinese of English sentences that is neither the case's own nor an app screen in brackets.</summary>
    internal static List<string> ChineseInEnglish(SettlementCase c)
    {
        var own = OwnWords(c);
        return Sentences(c, Languages.English)
            .SelectMany(s => ChineseRun.Matches(ScreenName.Replace(WithoutOwnWords(s, own), " ")).Select(m => (Sentence: s, Run: m.Value)))
            .Select(x => $"{x.Run} in: {x.Sentence}")
            .Distinct()
            .ToList();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public Property ChineseText_NamesNoIdentifier(SettlementCase c)
    {
        var found = IdentifiersInChinese(c);
        return (found.Count == 0).Label(string.Join("\n", found));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public Property EnglishText_HoldsNoChinese(SettlementCase c)
    {
        var found = ChineseInEnglish(c);
        return (found.Count == 0).Label(string.Join("\n", found));
    }

    /// <summary>The story of every finding code, before and after the visit: each shipped sentence is reached at least once.</summary>
    [Fact]
    public void EveryFindingsStory_ReadsInItsLanguage()
    {
        foreach (var (code, story) in Cases.OnePerFindingCode)
        {
            var c = story.Build();
            Assert.True(IdentifiersInChinese(c).Count == 0, code + ":\n" + string.Join("\n", IdentifiersInChinese(c)));
            Assert.True(ChineseInEnglish(c).Count == 0, code + ":\n" + string.Join("\n", ChineseInEnglish(c)));
        }
    }
}
