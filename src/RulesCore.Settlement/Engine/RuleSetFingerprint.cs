using NRules.RuleModel;

using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A fingerprint of a rule set's logic and metadata: each rule's id, priority, the text of its conditions and actions,
/// its findings (codes, caps, messages, remedies), scope and dates, and the identity of the assembly that compiled it.
/// </summary>
internal static class RuleSetFingerprint
{
    public static string Of(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, IReadOnlyList<RuleScope?> scopes)
    {
        var text = new System.Text.StringBuilder();
        foreach (var i in Enumerable.Range(0, rules.Count).OrderBy(i => definitions[i].Name, StringComparer.Ordinal))
        {
            var type = rules[i].GetType();
            text.Append(definitions[i].Name).Append('|').Append(definitions[i].Priority).Append('|').Append(type.FullName)
                .Append('|').Append(type.Assembly.ManifestModule.ModuleVersionId).Append('\n');
            ExpressionText.Collect(text, definitions[i]);
            foreach (var f in rules[i].Findings)
            {
                text.Append(f.Code).Append('|').Append(f.Cause).Append('|').Append(f.Severity).Append('|').Append(f.Caps).Append('|')
                    .Append(f.Message.Chinese).Append('|').Append(f.Message.English).Append('|').Append(string.Join(",", f.Remedies)).Append('\n');
            }

            if (scopes[i] is { } scope)
            {
                text.Append(string.Join(",", scope.Regions.Select(r => r.Role + ":" + r.Region))).Append('|').Append(scope.From?.Ticks).Append('|').Append(scope.Until?.Ticks).Append('\n');
            }
        }

        // NRules names anonymous pattern variables from a process-wide counter ($var17$): the number is not logic.
        return Sha256.Hex(System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\$var[0-9]+\$", "$var$"));
    }

    /// <summary>The text of a rule's conditions and actions, in definition order.</summary>
    private sealed class ExpressionText : RuleElementVisitor<System.Text.StringBuilder>
    {
        private static readonly ExpressionText Visitor = new();

        public static void Collect(System.Text.StringBuilder text, IRuleDefinition rule)
        {
            Visitor.Visit(text, rule.LeftHandSide);
            Visitor.Visit(text, rule.RightHandSide);
        }

        protected override PatternElement VisitPattern(System.Text.StringBuilder context, PatternElement element)
        {
            context.Append("pattern ").Append(element.ValueType.FullName).Append('\n');
            return base.VisitPattern(context, element);
        }

        protected override NamedExpressionElement VisitNamedExpression(System.Text.StringBuilder context, NamedExpressionElement element)
        {
            context.Append(element.Name).Append(' ').Append(element.Expression).Append('\n');
            return base.VisitNamedExpression(context, element);
        }

        protected override RuleElement VisitNot(System.Text.StringBuilder context, NotElement element)
        {
            context.Append("not\n");
            return base.VisitNot(context, element);
        }

        protected override RuleElement VisitExists(System.Text.StringBuilder context, ExistsElement element)
        {
            context.Append("exists\n");
            return base.VisitExists(context, element);
        }

        protected override ActionElement VisitAction(System.Text.StringBuilder context, ActionElement element)
        {
            context.Append("action ").Append(element.Expression).Append('\n');
            return base.VisitAction(context, element);
        }
    }
}
