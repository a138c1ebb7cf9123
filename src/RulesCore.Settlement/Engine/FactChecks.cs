using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>What to check about an unknown fact, and where: worded for the visit (its treatment region, day, care).</summary>
internal static class FactChecks
{
    private static readonly LocalizedText Filings = new(
        "在国家医保服务平台APP“备案记录”中查看是否有指向{0}、覆盖就诊日 {1} 的有效备案",
        "In the national medical insurance app's filing records (备案记录), look for a valid filing for {0} that covers the visit day, {1}");

    private static readonly LocalizedText FilingsAtHome = new(
        "在国家医保服务平台APP“备案记录”中查看是否有参保地以外的长期异地备案（回参保地就医时它决定能否双向结算）",
        "In the national medical insurance app's filing records (备案记录), look for a long-term filing to somewhere else (on a visit home it decides two-way settlement)");

    private static readonly LocalizedText FilingsWhere = new("国家医保服务平台APP › 异地备案 › 备案记录；或拨打 12393 问参保地医保经办机构",
        "national medical insurance app › cross-region filing › filing records; or call 12393 and ask the insured region's insurance office");

    private static readonly LocalizedText Qualifications = new("核实是否已在参保地办理{0}的门诊慢特病待遇资格认定",
        "Check whether the insured region has recognised the person for chronic outpatient care of {0}");

    private static readonly LocalizedText InsuranceOffice = new("参保地医保经办机构（可拨打 12393）", "the insured region's insurance office (call 12393)");

    private static readonly LocalizedText Designated = new("核实第 {0} 项门慢特资格登记的定点医院是否包括本院",
        "Check whether qualification {0}'s designated hospitals include this hospital");

    private static readonly LocalizedText Contribution = new("核实医保缴费是否正常：有无断缴，是否在待遇等待期",
        "Check that contributions are paid up: no lapse, no waiting period");

    private static readonly LocalizedText ContributionWhere = new("国家医保服务平台APP › 参保信息查询；或参保地医保经办机构（12393）",
        "national medical insurance app › insurance record; or the insured region's insurance office (12393)");

    private static readonly LocalizedText Identity = new("核实身份信息与参保登记是否一致", "Check that the person's identity matches the insurance registry");

    private static readonly LocalizedText Desk = new("医院异地就医结算窗口", "the hospital's cross-region settlement desk");

    private static readonly LocalizedText Card = new("核实社保卡能否在本院正常读卡", "Check that the social security card reads at this hospital");

    private static readonly LocalizedText EVoucher = new("核实医保电子凭证是否已激活", "Check whether the medical insurance e-voucher is activated");

    private static readonly LocalizedText EVoucherWhere = new("国家医保服务平台APP（或微信、支付宝）› 医保电子凭证", "national medical insurance app (or WeChat, Alipay) › e-voucher");

    private static readonly LocalizedText PersonalAccount = new("核实是否已开通异地就医个人账户支付权限", "Check whether personal-account payment is enabled for visits elsewhere");

    private static readonly LocalizedText PersonalAccountWhere = new("国家医保服务平台APP；或参保地医保经办机构（12393）", "national medical insurance app; or the insured region's insurance office (12393)");

    private static readonly LocalizedText Services = new("向医院核实是否已开通{0}的{1}直接结算", "Ask the hospital whether it has opened {1} direct settlement of {0}");

    private static readonly LocalizedText ServicesWhere = new("医院医保办或异地就医结算窗口", "the hospital's insurance office or cross-region settlement desk");

    private static readonly LocalizedText CrossProvince = new("跨省异地就医", "cross-province");

    private static readonly LocalizedText Elsewhere = new("异地就医", "cross-region");

    private static readonly LocalizedText Item = new("核实费用项目 {0} 是否在医保目录内", "Check whether item {0} is in the insurance catalogue");

    private static readonly LocalizedText ItemWhere = new("医院收费处或医保办", "the hospital's billing desk or insurance office");

    /// <summary>What to check about the fact and where, in a language.</summary>
    public static (string Text, string Where) Of(UnknownFact fact, SettlementCase @case, Visit visit, string language)
    {
        var (text, where) = fact.Kind switch
        {
            FactKind.Filings when VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling) == VisitScope.Local => (FilingsAtHome, FilingsWhere),
            FactKind.Filings => (Wording.Fill(Filings, Wording.Region(visit.TreatmentPooling), Wording.Date(visit.Date)), FilingsWhere),
            FactKind.Qualifications => (Wording.Fill(Qualifications, Wording.Condition(visit.Encounter.Condition ?? string.Empty)), InsuranceOffice),
            FactKind.DesignatedHospitals => (Wording.Fill(Designated, fact.Index + 1), InsuranceOffice),
            FactKind.Contribution => (Contribution, ContributionWhere),
            FactKind.IdentityVerified => (Identity, Desk),
            FactKind.Card => (Card, Desk),
            FactKind.EVoucherActivated => (EVoucher, EVoucherWhere),
            FactKind.PersonalAccountPaymentEnabled => (PersonalAccount, PersonalAccountWhere),
            FactKind.CrossRegionServices => (Wording.Fill(Services, Wording.Setting(visit.Encounter.Setting),
                VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling) == VisitScope.CrossProvince ? CrossProvince : Elsewhere), ServicesWhere),
            _ => (Wording.Fill(Item, @case.Encounter.Items[fact.Index].Code), ItemWhere),
        };
        return (text.In(language), where.In(language));
    }
}
