using System.Runtime.CompilerServices;
using NRules;
using NRules.Diagnostics;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>A condition that threw in a session: what it threw, and the rules sharing its node.</summary>
internal sealed record ConditionFailure(Exception Thrown, string[] Rules);
