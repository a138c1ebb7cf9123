using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>One pattern of a rule.</summary>
internal sealed record PatternStep(
    StepKind Kind,
    Type FactType,
    string Declaration,
    IReadOnlyList<ConditionPart> Conditions,
    Type? MemberType,
    string? MemberDeclaration,
    IReadOnlyList<ConditionPart> MemberConditions);
