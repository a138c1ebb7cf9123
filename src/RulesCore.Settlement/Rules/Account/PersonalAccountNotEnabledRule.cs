using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Some insured regions require the personal-account payment permission for direct settlement elsewhere.</summary>
[Name("account.personal-account-not-enabled")]
internal sealed class PersonalAccountNotEnabledRule : SettlementRule
{
    public static readonly FindingDefinition NotEnabled = new(FindingCodes.PersonalAccountNotEnabled, new("个人账户支付权限未开通", "personal-account payment not enabled"), Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
        new("参保地要求开通个人账户支付权限，当前未开通。", "The insured region requires personal-account payment to be enabled, and it is not."),
        RemedyCodes.EnablePersonalAccountPayment, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "职工医保参保人（居民医保没有个人账户）异地就医，参保地要求开通个人账户支付权限而未开通。",
        "An out-of-region visit by an employee-scheme member (residents have no personal account) where the insured region requires the personal-account permission, and it is off.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "有些地方需要手动开启医保个人账户支付权限", "some regions require personal-account payment to be switched on"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        InsuranceAccount account = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion),
                Check((TreatmentScope s) => s.Visit.InsuredPolicy.Get(PolicyParameters.PersonalAccountPermissionRequired), new LocalizedText(
                    "参保地{insured}不要求开通个人账户支付权限", "the insured region {insured} does not require the personal-account permission")))
            .Match(() => account,
                Check((InsuranceAccount a) => a.Scheme != InsuranceScheme.Resident, new LocalizedText("参保人是{scheme}，没有个人账户", "the person has {scheme}, which has no personal account")),
                Check((InsuranceAccount a) => !a.PersonalAccountPaymentEnabled, new LocalizedText("个人账户支付权限已经开通", "personal-account payment is enabled")));

        Raise(ctx => Found(ctx, NotEnabled, On(account, scope), new[] { scope.Visit.InsuredPolicy[PolicyParameters.PersonalAccountPermissionRequired] }));
    }
}
