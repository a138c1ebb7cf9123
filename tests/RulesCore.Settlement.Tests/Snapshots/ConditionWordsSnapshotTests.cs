using System.Text;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Tests.Snapshots;

/// <summary>
/// The words every rule declares with its conditions — what a why-not answer says stopped the rule — pinned word for
/// word, one file per language: each rule's patterns in order and, under each, the words of its conditions as written,
/// placeholders unfilled (the values they name are the facts' and change with every case). Words chosen by the fact are
/// shown once per kind of fact (<see cref="SampleFacts"/>). The conditions themselves are named by pattern and position,
/// not by their text: mutation testing rewrites that text, and their logic is pinned by the rules' own tests.
/// </summary>
public class ConditionWordsSnapshotTests
{
    /// <summary>Facts to choose the words of a condition whose words depend on its fact, by the fact's type.</summary>
    private static readonly Dictionary<Type, (string Label, object Fact)[]> SampleFacts = new()
    {
        [typeof(FilingTiming)] = Enum.GetValues<FilingTimingKind>()
            .Select(kind => (kind.ToString(), (object)new FilingTiming(null!, kind, new DateRange(new DateTime(2025, 3, 1), new DateTime(2025, 8, 31)))))
            .ToArray(),
    };

    [Theory]
    [InlineData(Languages.Chinese)]
    [InlineData(Languages.English)]
    public void EveryConditionsWords_MatchTheirSnapshot(string language) =>
        SnapshotFile.AssertMatches($"condition-words.{language}", $"The {language} condition words", Render(language));

    [Fact]
    public void EveryDeclaredWord_BelongsToACondition()
    {
        var rules = SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes());

        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var attached = rules.AnatomyOf(i).Conditions.Count(c => c.Words is not null);
            Assert.True(attached == rules.Rules[i].Checks.Count, $"{rules.Definitions[i].Name}: words declared with conditions: {rules.Rules[i].Checks.Count}; found among the rule's conditions: {attached}");
        }
    }

    [Fact]
    public void TheRendering_IsDeterministic() => Assert.Equal(Render(Languages.English), Render(Languages.English));

    /// <summary>
    /// The shipped rules' condition words, from rules built anew for each rendering (not the process-wide rule set,
    /// whose rules are defined once): the words are the ones each rule's definition declares.
    /// </summary>
    internal static string Render(string language)
    {
        var rules = SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes());
        var text = new StringBuilder();
        text.Append("# RulesCore.Settlement condition words (").Append(language).Append(") — pinned by ConditionWordsSnapshotTests; review changes like code.\n");
        text.Append("# Each rule's patterns in order (kind, declared name: fact type) and the words of each condition, placeholders unfilled;\n");
        text.Append("# \"each\" marks a condition on a collection's members, \"(no words)\" a condition the explanation names by its expression.\n");

        foreach (var i in Enumerable.Range(0, rules.Rules.Count).OrderBy(i => rules.Definitions[i].Name, StringComparer.Ordinal))
        {
            text.Append('\n').Append(rules.Definitions[i].Name).Append('\n');
            var steps = rules.AnatomyOf(i).Steps;
            for (var s = 0; s < steps.Count; s++)
            {
                var step = steps[s];
                text.Append("  ").Append(s + 1).Append(' ').Append(step.Kind.ToString().ToLowerInvariant()).Append(' ');
                if (!step.Declaration.StartsWith('$'))
                {
                    text.Append(step.Declaration).Append(": ");
                }

                text.Append(TypeName(step.FactType)).Append('\n');
                foreach (var condition in step.MemberConditions)
                {
                    AppendWords(text, "each ", condition, step.MemberType!, language);
                }

                foreach (var condition in step.Conditions)
                {
                    AppendWords(text, string.Empty, condition, step.FactType, language);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendWords(StringBuilder text, string prefix, ConditionPart condition, Type factType, string language)
    {
        text.Append("    - ").Append(prefix);
        if (condition.Words is null)
        {
            text.Append("(no words)\n");
            return;
        }

        var chosen = SampleFacts.TryGetValue(factType, out var samples)
            ? samples.Select(sample => (sample.Label, Words: condition.Words(sample.Fact).In(language))).ToArray()
            : new[] { (Label: string.Empty, Words: WordsForAnyFact(condition, factType, language)) };
        if (chosen.Select(c => c.Words).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            text.Append(chosen[0].Words).Append('\n');
            return;
        }

        text.Append("by the fact:\n");
        foreach (var (label, words) in chosen)
        {
            text.Append("      [").Append(label).Append("] ").Append(words).Append('\n');
        }
    }

    /// <summary>The words of a condition that declared them outright (with no fact to choose them by).</summary>
    private static string WordsForAnyFact(ConditionPart condition, Type factType, string language)
    {
        try
        {
            return condition.Words!(null!).In(language);
        }
        catch (NullReferenceException)
        {
            throw new InvalidOperationException($"The words of a condition on {TypeName(factType)} are chosen by the fact: add facts of that type to {nameof(SampleFacts)}.");
        }
    }

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;
}
