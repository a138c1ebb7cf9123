using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Name or identity number not matching the registry blocks settlement.</summary>
[Name("account.identity-mismatch")]
internal sealed class IdentityMismatchRule : SettlementRule
{
    public static readonly FindingDefinition Mismatch = new(FindingCodes.IdentityMismatch, new("身份信息不一致", "identity does not match"), Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
        new("姓名或身份证号与医保登记信息不一致。", "The name or identity number does not match the insurance registry."),
        RemedyCodes.CorrectIdentityVia12393, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "身份信息与医保登记信息不一致。",
        "The identity does not match the insurance registry.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "姓名或身份证号与医保系统信息不一致会导致不能结算，拨打12393核对修正", "a name or ID number not matching the registry blocks settlement; have it corrected via 12393"));

    public override void Define()
    {
        Visit visit = null!;
        InsuranceAccount account = null!;

        When()
            .Match(() => visit)
            .Match(() => account, Check((InsuranceAccount a) => !a.IdentityVerified, new LocalizedText("身份信息与参保登记一致", "the identity matches the registry")));

        Raise(ctx => Found(ctx, Mismatch, On(account, visit)));
    }
}
