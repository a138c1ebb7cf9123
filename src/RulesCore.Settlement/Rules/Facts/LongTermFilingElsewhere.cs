using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>An active long-term filing, valid on the visit date, that names a region other than the insured one.</summary>
internal sealed record LongTermFilingElsewhere(Filing Filing) : IFactReference
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}
