using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The words of a why-not answer in one language: what a pattern looks for, and what stopped a match at a pattern —
/// the words the rule declared with the condition, filled from the facts, or a sentence naming the fact and condition.
/// </summary>
internal sealed class WhyNotWords
{
    private readonly string _language;

    public WhyNotWords(string language) => _language = language;

    private bool English => _language == Languages.English;

    public string T(string chinese, string english) => English ? english : chinese;

    public string Pattern(PatternStep step) => step.Kind switch
    {
        StepKind.Not => T("没有", "no ") + FactWords.Noun(step.FactType, _language),
        StepKind.Exists => T("存在", "some ") + FactWords.Noun(step.FactType, _language),
        StepKind.Collect => T("全部", "every ") + FactWords.Noun(step.MemberType!, _language),
        _ => FactWords.Noun(step.FactType, _language),
    };

    /// <summary>A condition that could not be evaluated for a fact: the match stops there, and the answer is partial.</summary>
    public ConditionStop NotEvaluated(int i, ConditionPart condition, object fact, ConditionFailedException e) => new()
    {
        Pattern = i + 1, Kind = StopKind.NotEvaluated, Facts = References(fact), Condition = condition.Display, Evidence = Evidence.Computed,
        Text = T($"条件 {condition.Display} 无法对{FactWords.Name(fact, _language)}求值（{e.ExceptionType}）", $"the condition {condition.Display} could not be evaluated for {FactWords.Name(fact, _language)} ({e.ExceptionType})"),
    };

    /// <summary>The words of a pattern's condition failing to evaluate, for the answer's partial list.</summary>
    public string NotEvaluatedPartial(int i, ConditionPart condition) =>
        T($"第 {i + 1} 个模式的条件 {condition.Display} 求值失败，此处的回答不完整。", $"The condition {condition.Display} of pattern {i + 1} failed to evaluate; the answer there is partial.");

    /// <summary>A condition false for a fact, in the words the rule declared with it or else naming the fact and the condition.</summary>
    public ConditionStop ConditionFalse(int i, ConditionPart condition, object fact, Evidence evidence, object?[] arguments, Dictionary<string, object?> here) => new()
    {
        Pattern = i + 1, Kind = StopKind.ConditionFalse, Facts = References(fact), Condition = condition.Display, Evidence = evidence,
        Text = Words(condition, fact, arguments, here)
            ?? T($"{FactWords.Name(fact, _language)}不满足条件 {condition.Display}", $"{FactWords.Name(fact, _language)} does not meet the condition {condition.Display}"),
    };

    /// <summary>A fact that blocks a <c>Not</c> pattern, in the words of the conditions it meets (<paramref name="here"/>: the match with the fact).</summary>
    public ConditionStop Blocked(int i, Dictionary<string, object?> here, object fact, List<(ConditionPart Condition, Evidence Evidence, object?[] Arguments)> holds)
    {
        var text = holds.Count == 0
            ? FactWords.Sentence(fact, _language)
            : string.Join(T("；", "; "), holds.Select(h => Words(h.Condition, fact, h.Arguments, here)
                ?? T($"{FactWords.Name(fact, _language)}满足条件 {h.Condition.Display}", $"{FactWords.Name(fact, _language)} meets the condition {h.Condition.Display}")));
        return new ConditionStop
        {
            Pattern = i + 1,
            Kind = StopKind.BlockedBy,
            Facts = References(fact),
            Condition = holds.Count == 0 ? null : string.Join(" && ", holds.Select(h => h.Condition.Display)),
            Evidence = holds.Count > 0 && holds.All(h => h.Evidence == Evidence.Engine) ? Evidence.Engine : Evidence.Computed,
            Text = text,
        };
    }

    public ConditionStop NoFact(int i, PatternStep step) => new()
    {
        Pattern = i + 1,
        Kind = StopKind.NoFactOfKind,
        Evidence = Evidence.Computed,
        Text = T("没有", "there is no ") + FactWords.Noun(step.FactType, _language),
    };

    /// <summary>The words the rule declared with the condition, filled from its facts and then the rest of the match.</summary>
    private string? Words(ConditionPart condition, object fact, object?[] arguments, Dictionary<string, object?> bound)
    {
        if (condition.Words is null)
        {
            return null;
        }

        var facts = new List<object> { fact };
        facts.AddRange(arguments.Concat(bound.Values).Where(a => a is not null && !ReferenceEquals(a, fact)).Distinct()!);
        return FactWords.Fill(condition.Words(fact).In(_language), facts, _language);
    }

    private static string[] References(object fact) =>
        fact is System.Collections.IEnumerable members and not string
            ? members.Cast<object>().Select(FactReferences.ReferenceOf).ToArray()
            : new[] { FactReferences.ReferenceOf(fact) };
}
