using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>A case's decision, and the filing gap the rules derived (its deadline for filing now), for planning.</summary>
internal sealed record Judged(SettlementDecision Decision, FilingGap? Gap);
