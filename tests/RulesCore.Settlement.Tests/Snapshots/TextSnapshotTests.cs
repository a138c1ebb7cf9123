using System.Text;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests.Snapshots;

/// <summary>
/// Every sentence the library can say, pinned word for word, one file per language: each rule's description and basis,
/// one real decision per finding code (<see cref="RulesCore.Testing.Cases.OnePerFindingCode"/>) asked before and after
/// the visit, with every finding's message, basis and remedies, and every remedy text for both moments. The files are
/// reviewed like code: a changed sentence shows up as a diff.
/// </summary>
public class TextSnapshotTests
{
    /// <summary>Asked this many days before the visit (advice for before going) and after it (what can still be done).</summary>
    private const int DaysBefore = -5;
    private const int DaysAfter = 20;


    [Theory]
    [InlineData(Languages.Chinese)]
    [InlineData(Languages.English)]
    public void EveryText_MatchesItsSnapshot(string language) =>
        SnapshotFile.AssertMatches($"texts.{language}", $"The {language} texts", Render(language));

    [Fact]
    public void EveryFindingCode_IsRaisedByItsStory_BeforeOrAfterTheVisit()
    {
        var rendered = Render(Languages.English);

        foreach (var code in RulesCore.Testing.Cases.OnePerFindingCode.Keys)
        {
            Assert.Contains($"\n  {code}: ", rendered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheRendering_IsDeterministic() => Assert.Equal(Render(Languages.Chinese), Render(Languages.Chinese));

    internal static string Render(string language)
    {
        var evaluator = FreshEvaluator();
        var text = new StringBuilder();
        text.Append("# RulesCore.Settlement texts (").Append(language).Append(") — pinned by TextSnapshotTests; review changes like code.\n");

        var bases = new Dictionary<string, string>(StringComparer.Ordinal);
        text.Append("\n## Rules: description and basis\n");
        foreach (var rule in evaluator.Rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            bases[rule.Id] = rule.Basis.In(language);
            text.Append('\n').Append(rule.Id).Append('\n');
            text.Append("  description: ").Append(rule.Description.In(language)).Append('\n');
            text.Append("  basis: ").Append(rule.Basis.In(language)).Append('\n');
        }

        text.Append("\n## Findings: one story per code, asked ").Append(-DaysBefore).Append(" days before the visit and ")
            .Append(DaysAfter).Append(" days after it (every finding of the decision with its facts; a basis only where it differs from the rule's)\n");
        foreach (var code in RulesCore.Testing.Cases.OnePerFindingCode.Keys.OrderBy(c => c, StringComparer.Ordinal))
        {
            var story = RulesCore.Testing.Cases.OnePerFindingCode[code].Build();
            foreach (var (moment, days) in new[] { ("before", DaysBefore), ("after", DaysAfter) })
            {
                var asked = story with { AsOf = story.Encounter.Date.AddDays(days) };
                var decision = evaluator.Evaluate(asked, new EvaluationOptions { Language = language, IncludeTrace = false });
                text.Append('\n').Append(code).Append(" [").Append(moment).Append("] ").Append(decision.Outcome);
                if (decision.RateReductionPoints != 0)
                {
                    text.Append(", rate reduced by ").Append(decision.RateReductionPoints).Append(" points");
                }

                text.Append('\n');
                foreach (var finding in decision.Findings)
                {
                    text.Append("  ").Append(finding.Code).Append(": ").Append(finding.Message).Append('\n');
                    text.Append("    title: ").Append(finding.Title).Append('\n');
                    if (!bases.TryGetValue(finding.Rule, out var basis) || basis != finding.Basis)
                    {
                        text.Append("    basis: ").Append(finding.Basis).Append('\n');
                    }

                    text.Append("    facts: ").Append(string.Join(", ", finding.Facts)).Append('\n');
                    foreach (var remedy in finding.Remedies)
                    {
                        text.Append("    remedy ").Append(remedy.Code).Append(": ").Append(remedy.Text).Append('\n');
                    }
                }
            }
        }

        text.Append("\n## Remedies: every text, after the visit and (where it differs) before it\n\n");
        foreach (var (code, now, before) in RemedyDefinitions.All.Select(r => (r.Code, r.After, r.Before)))
        {
            text.Append(code).Append(" [after] ").Append(now.In(language)).Append('\n');
            if (before is not null)
            {
                text.Append(code).Append(" [before] ").Append(before.In(language)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The shipped rules, built anew for each rendering (not the process-wide rule set, whose rule objects are created
    /// once), under a pack in which the stories' insured region (长沙) requires the personal-account permission, so that
    /// every code occurs.
    /// </summary>
    private static SettlementEvaluator FreshEvaluator()
    {
        const string pack = """
            { "schemaVersion": 1, "region": "430100", "name": "snapshot",
              "parameters": { "personalAccountPermissionRequired": [ { "value": true, "effectiveFrom": null,
                "effectiveUntil": null, "source": "snapshot", "confidence": "stated" } ] } }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(pack));
        return new SettlementEvaluator(new SettlementOptions().AddPolicyPack(stream, "snapshot-pack"), SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes()));
    }
}
