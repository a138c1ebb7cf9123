using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An action a person can carry out, as a change to the case's facts: its key (remedy and target, unique and
/// ordered), its group (actions on one target exclude each other), who does it, where, its text and deadline.
/// </summary>
internal sealed record PlanAction(string Key, string Remedy, string Group, PlanActor Who, LocalizedText Where, LocalizedText Text, DateTime? Before, string? Hospital, Func<SettlementCase, SettlementCase> Apply);
