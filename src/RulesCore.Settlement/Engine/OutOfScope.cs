using NRules;

namespace RulesCore.Settlement.Engine;

/// <summary>Rejects every activation of the rule it is attached to.</summary>
internal sealed class OutOfScope : NRules.AgendaFilters.IAgendaFilter
{
    public static readonly OutOfScope Instance = new();

    public bool Accept(NRules.AgendaFilters.AgendaContext context, Activation activation) => false;
}
