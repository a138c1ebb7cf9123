using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>KEEP_DOCUMENTS_FOR_CLAIM</c>: keep the record, invoices and the stamped itemised list for a claim (保留病历、发票、费用清单).</summary>
internal sealed class KeepDocumentsForClaim : RemedyDefinition
{
    public override string Code => RemedyCodes.KeepDocumentsForClaim;

    /// <summary>The claim route, at every moment.</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.Claim;

    public override LocalizedText After { get; } = new("保管好病历、发票和费用清单，并请医院盖章。", "Keep the medical record, invoices and the itemised fee list, stamped by the hospital.");

    public override LocalizedText? Before { get; } = new("如果就医前解决不了、仍去就医，就诊时保管好病历、发票和费用清单，并请医院盖章。", "If it cannot be fixed in time and you go anyway, keep the medical record, invoices and the itemised fee list, stamped by the hospital.");
}
