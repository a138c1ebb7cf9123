using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>What kind of pattern a step is.</summary>
internal enum StepKind
{
    Match,
    Not,
    Exists,
    Collect,
}
