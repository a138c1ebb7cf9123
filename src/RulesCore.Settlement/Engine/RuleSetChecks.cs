using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// What building a rule set checks that NRules does not: stable rule ids, unique names and finding codes, texts in both
/// languages (descriptions, bases, findings' titles and messages), known remedies, and that every rule ranks below the producers of each derived fact it reads.
/// </summary>
internal static class RuleSetChecks
{
    /// <summary>A rule whose constructor or <c>Define()</c> threw, named by its <c>[Name]</c> (its class when it has none).</summary>
    public static RuleFailedException DefinitionFailed(Type type, Exception inner)
    {
        var name = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NRules.Fluent.Dsl.NameAttribute))?.ConstructorArguments[0].Value as string;
        return new RuleFailedException(name ?? type.FullName ?? type.Name, type.Assembly.GetName().Name ?? string.Empty, RuleFailureStage.Definition, inner);
    }

    private static readonly System.Text.RegularExpressions.Regex RuleId = new("^[a-z][a-z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Where a rule comes from: its class and assembly.</summary>
    private static string Where(SettlementRule rule) => $"{rule.GetType().FullName} in {rule.GetType().Assembly.GetName().Name}";

    /// <summary>Whether a finding code has the contract's form: <c>^[A-Z][A-Z0-9_]*$</c>.</summary>
    private static bool IsFindingCode(string? code) =>
        !string.IsNullOrEmpty(code) && code![0] is >= 'A' and <= 'Z' && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

    private static bool IsBlank(LocalizedText? text) => text is null || string.IsNullOrWhiteSpace(text.Chinese) || string.IsNullOrWhiteSpace(text.English);

    public static List<string> Check(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions)
    {
        var problems = new List<string>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].GetType().GetCustomAttributes(typeof(NRules.Fluent.Dsl.NameAttribute), false).Length == 0 || !RuleId.IsMatch(definitions[i].Name))
            {
                problems.Add($"rule {Where(rules[i])} needs a stable id: [Name(\"cause.what-it-decides\")], lower case, e.g. [Name(\"filing.expired\")]");
            }
        }

        foreach (var group in Enumerable.Range(0, rules.Count).GroupBy(i => definitions[i].Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"rule name '{group.Key}' is used by {group.Count()} rules: {string.Join(" and ", group.Select(i => Where(rules[i])))}");
        }

        var declared = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (IsBlank(rules[i].Description) || IsBlank(rules[i].Basis))
            {
                problems.Add($"rule '{definitions[i].Name}' needs a description and a basis in Chinese and in English");
            }

            foreach (var finding in rules[i].Findings)
            {
                if (declared.TryGetValue(finding.Code, out var other))
                {
                    problems.Add($"finding code '{finding.Code}' is declared by '{definitions[other].Name}' ({Where(rules[other])}) and '{definitions[i].Name}' ({Where(rules[i])})");
                }
                else
                {
                    declared[finding.Code] = i;
                }

                if (!IsFindingCode(finding.Code))
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' must be UPPER_SNAKE_CASE (A–Z, digits and '_', starting with a letter), as the decision document's schema requires");
                }

                if (IsBlank(finding.Message))
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' needs a message in Chinese and in English");
                }

                if (IsBlank(finding.Title))
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' needs a title in Chinese and in English (what text shows instead of the code)");
                }

                if (finding.Caps is not null && finding.Remedies.Count == 0)
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' caps the outcome and needs at least one remedy");
                }

                problems.AddRange(finding.Remedies.Where(r => !RemedyDefinitions.Has(r)).Select(r => $"finding code '{finding.Code}' of rule '{definitions[i].Name}' names unknown remedy '{r}'"));
            }
        }

        // Findings are collected by actions, which NRules does not undo: a rule must not fire before every fact it
        // reads is complete, so it must rank strictly below every rule that derives a type it reads.
        for (var reader = 0; reader < rules.Count; reader++)
        {
            var reads = PatternTypes.Of(definitions[reader]);
            for (var producer = 0; producer < rules.Count; producer++)
            {
                foreach (var derived in rules[producer].Derives)
                {
                    var read = reads.FirstOrDefault(t => t.IsAssignableFrom(derived));
                    if (read is not null && definitions[producer].Priority <= definitions[reader].Priority)
                    {
                        problems.Add($"rule '{definitions[reader].Name}' (priority {definitions[reader].Priority}) reads {read.Name}, " +
                            $"which '{definitions[producer].Name}' derives at priority {definitions[producer].Priority}: the producer must rank higher");
                    }
                }
            }
        }

        return problems;
    }
}
