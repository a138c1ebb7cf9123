using System.Globalization;

namespace RulesCore.Settlement;

/// <summary>Text in both supported languages.</summary>
internal sealed record Localized(string Chinese, string English)
{
    public string In(string language) => language == Languages.English ? English : Chinese;
}

/// <summary>The languages messages are available in.</summary>
public static class Languages
{
    /// <summary>Simplified Chinese, the default.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Whether a language tag is supported (exactly <c>zh-CN</c> or <c>en</c>).</summary>
    /// <param name="language">The tag.</param>
    /// <returns><see langword="true"/> if supported.</returns>
    public static bool IsSupported(string? language) => language is Chinese or English;
}

/// <summary>What every finding code means: cause, severity, default cap, message templates and remedies.</summary>
internal static class FindingCatalog
{
    public sealed record Entry(Cause Cause, Severity Severity, Outcome? Caps, Localized Message, string[] Remedies);

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        [FindingCodes.FilingMissing] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("在统筹区 {0} 就医需要备案，但没有指向该统筹区的备案，也不适用免备案政策。",
                "Treatment in pooling region {0} needs a filing, but no filing names it and no exemption applies."),
            new[] { RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.FilingExpired] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("备案 {0} 的有效期已于 {1} 结束，就诊日不在有效期内。", "Filing {0} ended on {1}, before the visit."),
            new[] { RemedyCodes.RenewFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.FilingNotYetValid] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("备案 {0} 自 {1} 起才生效，晚于就诊日。", "Filing {0} takes effect only on {1}, after the visit."),
            new[] { RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.FilingWrongRegion] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("备案 {0} 选择的统筹区是 {1}，而就医医院在统筹区 {2}，系统无法匹配。",
                "Filing {0} names pooling region {1}, but the hospital is in pooling region {2}."),
            new[] { RemedyCodes.RefileCorrectRegion, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.FilingCancelled] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("指向就医统筹区的备案 {0} 已取消。", "Filing {0} for the treatment region was cancelled."),
            new[] { RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.FilingRetroactiveAvailable] = new(Cause.Filing, Severity.Info, null,
            new("现在补办备案仍可按规定直接结算（{0}）。", "Filing now, retroactively, still lets the visit settle ({0})."),
            new[] { RemedyCodes.FileRetroactively }),
        [FindingCodes.FilingExemptIntraProvince] = new(Cause.Filing, Severity.Info, null,
            new("参保省份 {0} 实行省内异地就医免备案，本次就医无需备案。",
                "The insured province {0} waives filing for visits inside it; no filing is needed."),
            Array.Empty<string>()),
        [FindingCodes.EmergencyDeemedFiled] = new(Cause.Filing, Severity.Info, null,
            new("急诊抢救视同已备案。", "Emergency care counts as filed."),
            Array.Empty<string>()),
        [FindingCodes.TemporaryRateReduction] = new(Cause.Filing, Severity.Blocking, Outcome.DirectReducedRate,
            new("{1}可直接结算，但参保地报销比例降低 {0} 个百分点。",
                "As {1}, the visit settles directly, but the insured region lowers the reimbursement ratio by {0} percentage points."),
            new[] { RemedyCodes.ConsiderLongTermFiling }),
        [FindingCodes.HomeSettlementNeedsMaterials] = new(Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
            new("持有以个人承诺方式办理、尚未补齐材料的长期异地备案 {0}，回参保地就医不能直接结算。",
                "Long-term filing {0} was made by commitment without materials, so treatment back in the insured region does not settle directly."),
            new[] { RemedyCodes.SupplementFilingMaterials, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.TwoWaySettlement] = new(Cause.Filing, Severity.Info, null,
            new("参保地支持长期异地居住人员双向结算，持备案 {0} 回参保地就医可直接结算。",
                "The insured region settles both ways for long-term filers: with filing {0}, treatment at home settles directly."),
            Array.Empty<string>()),
        [FindingCodes.HospitalNotNetworked] = new(Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
            new("该医院未开通异地就医直接结算（未联网）。", "The hospital has not opened cross-region direct settlement (not networked)."),
            new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.HospitalServiceNotOpen] = new(Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
            new("该医院已联网，但未开通{0}异地直接结算。", "The hospital is networked, but has not opened cross-region settlement for {0}."),
            new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.HospitalConditionNotOpen] = new(Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
            new("该医院未开通病种“{0}”的门诊慢特病异地直接结算。",
                "The hospital has not opened cross-region chronic-condition settlement for {0}."),
            new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.HospitalIntraProvinceOnly] = new(Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
            new("该医院的异地直接结算只对本省参保人开放。", "The hospital settles directly only for patients insured in its own province."),
            new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.QualificationMissing] = new(Cause.Coverage, Severity.Blocking, Outcome.NotReimbursable,
            new("就诊日没有有效的“{0}”门诊慢特病资格认定，医院查不到待遇资格。",
                "There is no chronic-condition qualification for {0} valid on the visit date, so no benefit entitlement is found."),
            new[] { RemedyCodes.ObtainQualification }),
        [FindingCodes.ConditionNotCrossProvince] = new(Cause.Coverage, Severity.Blocking, Outcome.PayThenClaim,
            new("“{0}”不在就诊日有效的跨省直接结算门慢特病种范围内，不能按普通门诊结算，需全额自付后回参保地报销。",
                "{0} is not on the cross-province chronic-condition list in force on the visit date; do not settle it as general outpatient care: pay, then claim at the insured region."),
            new[] { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.ItemsOutsideCatalog] = new(Cause.Coverage, Severity.Warning, null,
            new("{1} 个项目不在就医地医保目录内，需自费：{0}。", "{1} item(s) are outside the treatment region's catalogue and are self-paid: {0}."),
            new[] { RemedyCodes.AskForCatalogItems }),
        [FindingCodes.ContributionLapsed] = new(Cause.Account, Severity.Blocking, Outcome.NotReimbursable,
            new("医保断缴，暂停享受待遇。", "Contributions have lapsed; benefits are suspended."),
            new[] { RemedyCodes.PayArrears }),
        [FindingCodes.WaitingPeriod] = new(Cause.Account, Severity.Blocking, Outcome.NotReimbursable,
            new("重新参保后处于待遇等待期，就诊日尚未恢复待遇（恢复日：{0}）。",
                "After re-joining, benefits have not resumed on the visit date (they resume on {0})."),
            new[] { RemedyCodes.WaitForBenefits }),
        [FindingCodes.IdentityMismatch] = new(Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
            new("姓名或身份证号与医保登记信息不一致。", "The name or identity number does not match the insurance registry."),
            new[] { RemedyCodes.CorrectIdentityVia12393, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }),
        [FindingCodes.CardUnusable] = new(Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
            new("社保卡无法使用（{0}），且未激活医保电子凭证。", "The social security card cannot be used ({0}) and no e-voucher is activated."),
            new[] { RemedyCodes.UseEVoucher, RemedyCodes.ReplaceCard }),
        [FindingCodes.UseEVoucher] = new(Cause.Account, Severity.Info, null,
            new("社保卡无法使用（{0}），请使用已激活的医保电子凭证结算。", "The card cannot be used ({0}); settle with the activated e-voucher."),
            new[] { RemedyCodes.UseEVoucher }),
        [FindingCodes.PersonalAccountNotEnabled] = new(Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
            new("参保地要求开通个人账户支付权限，当前未开通。", "The insured region requires personal-account payment to be enabled, and it is not."),
            new[] { RemedyCodes.EnablePersonalAccountPayment }),
    };

    private static readonly Dictionary<string, Localized> RemedyTexts = new(StringComparer.Ordinal)
    {
        [RemedyCodes.RenewFiling] = new("在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", "Check the validity in the national medical insurance app (备案记录) and renew the filing."),
        [RemedyCodes.RefileCorrectRegion] = new("在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", "Cancel the filing in the app and file again for the treatment city; most regions approve the same day."),
        [RemedyCodes.FileRetroactively] = new("立即补办异地就医备案，补办后可按规定结算。", "File now, retroactively; the visit then settles under the rules."),
        [RemedyCodes.FileBeforeVisit] = new("就医前通过国家医保服务平台APP或参保地经办窗口办理异地就医备案。", "File before the visit, in the national medical insurance app or at the insured region's office."),
        [RemedyCodes.SupplementFilingMaterials] = new("向参保地经办机构补齐备案材料。", "Supplement the filing materials at the insured region's office."),
        [RemedyCodes.ChooseNetworkedHospital] = new("在APP“异地联网定点医药机构查询”中选择已开通相应服务的医院。", "Use the app's networked-hospital search (异地联网定点医药机构查询) to choose a hospital that has opened this service."),
        [RemedyCodes.KeepDocumentsForClaim] = new("保管好病历、发票和费用清单，并请医院盖章。", "Keep the medical record, invoices and the itemised fee list, stamped by the hospital."),
        [RemedyCodes.ClaimAtInsuredRegion] = new("先行垫付，回参保地医保经办窗口申请手工报销。", "Pay now, then claim at the insured region's office."),
        [RemedyCodes.ObtainQualification] = new("在参保地完成门诊慢特病资格认定，并在APP“门慢特资格”中确认可查询。", "Obtain the chronic-condition qualification at the insured region, and confirm it under 门慢特资格 in the app."),
        [RemedyCodes.AskForCatalogItems] = new("请医生尽量开具医保目录内的药品和项目。", "Ask the doctor for drugs and items in the catalogue."),
        [RemedyCodes.UseEVoucher] = new("在APP申领并激活医保电子凭证，用电子凭证结算。", "Activate the e-voucher (医保电子凭证) in the app and settle with it."),
        [RemedyCodes.ReplaceCard] = new("到参保地或就医地社保服务网点补换社保卡。", "Replace the social security card at a service point in the insured or treatment region."),
        [RemedyCodes.CorrectIdentityVia12393] = new("拨打参保地医保热线12393核对修正个人信息。", "Call the insured region's 12393 hotline to have the registry corrected."),
        [RemedyCodes.PayArrears] = new("尽快补缴欠费，恢复参保状态。", "Pay the arrears to restore coverage."),
        [RemedyCodes.EnablePersonalAccountPayment] = new("在医保服务平台开启个人账户支付权限。", "Enable personal-account payment in the insurance service platform."),
        [RemedyCodes.ConsiderLongTermFiling] = new("如长期在当地居住或工作，可办理长期异地备案（无比例降低）。", "If you live or work there long-term, a long-term filing carries no reduction."),
        [RemedyCodes.WaitForBenefits] = new("待遇恢复前的费用需自付；恢复后再就医可正常结算。", "Costs before benefits resume are self-paid; visits after that settle normally."),
    };

    private static readonly Dictionary<string, Localized> ConditionNames = new(StringComparer.Ordinal)
    {
        [Conditions.Hypertension] = new("高血压", "hypertension"),
        [Conditions.Diabetes] = new("糖尿病", "diabetes"),
        [Conditions.CancerOutpatientTherapy] = new("恶性肿瘤门诊放化疗", "outpatient radio/chemotherapy for malignant tumours"),
        [Conditions.UremiaDialysis] = new("尿毒症透析", "dialysis for uraemia"),
        [Conditions.OrganTransplantAntiRejection] = new("器官移植术后抗排异治疗", "anti-rejection therapy after organ transplant"),
        [Conditions.Copd] = new("慢性阻塞性肺疾病", "COPD"),
        [Conditions.RheumatoidArthritis] = new("类风湿关节炎", "rheumatoid arthritis"),
        [Conditions.CoronaryHeartDisease] = new("冠心病", "coronary heart disease"),
        [Conditions.ViralHepatitis] = new("病毒性肝炎", "viral hepatitis"),
        [Conditions.AnkylosingSpondylitis] = new("强直性脊柱炎", "ankylosing spondylitis"),
    };

    public static IEnumerable<string> Codes => Entries.Keys;

    public static Entry Get(string code) => Entries[code];

    public static Localized Condition(string condition) =>
        ConditionNames.TryGetValue(condition, out var name) ? name : new Localized(condition, condition);

    public static Localized Setting(CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => new("住院", "inpatient care"),
        CareSetting.GeneralOutpatient => new("普通门诊", "general outpatient care"),
        CareSetting.ChronicOutpatient => new("门诊慢特病", "chronic outpatient care"),
        _ => new("急诊", "emergency care"),
    };

    public static Localized Card(CardStatus card) => card switch
    {
        CardStatus.ChipDamaged => new("芯片损坏", "chip damaged"),
        CardStatus.Demagnetized => new("消磁", "demagnetised"),
        CardStatus.Lost => new("已挂失", "lost"),
        CardStatus.None => new("未办理社保卡", "no card"),
        _ => new("正常", "valid"),
    };

    public static Localized Reason(FilingReason? reason) => reason switch
    {
        FilingReason.Referral => new("异地转诊人员", "a referral"),
        FilingReason.Emergency or null => new("急诊抢救人员", "an emergency patient"),
        FilingReason.OtherTemporary => new("其他临时外出就医人员", "another temporary visitor"),
        _ => new("长期异地居住人员", "a long-term resident"),
    };

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(Localized template, object[] arguments, string language)
    {
        var values = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i] is Localized localized ? localized.In(language) : arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, template.In(language), values);
    }

    public static Remedy Remedy(string code, string language) => new(code, RemedyTexts[code].In(language));

    /// <summary>The remedies of a finding code in a language; built once, shared read-only.</summary>
    public static IReadOnlyList<Remedy> Remedies(string code, string language) =>
        (language == Languages.English ? EnglishRemedies : ChineseRemedies)[code];

    private static readonly Dictionary<string, IReadOnlyList<Remedy>> ChineseRemedies = BuildRemedies(Languages.Chinese);

    private static readonly Dictionary<string, IReadOnlyList<Remedy>> EnglishRemedies = BuildRemedies(Languages.English);

    private static Dictionary<string, IReadOnlyList<Remedy>> BuildRemedies(string language) =>
        Entries.ToDictionary(e => e.Key, e => (IReadOnlyList<Remedy>)Array.AsReadOnly(e.Value.Remedies.Select(code => Remedy(code, language)).ToArray()), StringComparer.Ordinal);
}
