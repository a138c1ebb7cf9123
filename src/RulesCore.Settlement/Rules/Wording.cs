using System.Globalization;

namespace RulesCore.Settlement.Rules;

/// <summary>The words findings are made of: remedy texts, condition, setting, card and filing names, dates, formatting.</summary>
internal static class Wording
{
    /// <summary>
    /// What each remedy says: <c>Now</c> when asked on or after the visit day (what can still be done), and
    /// <c>Before</c> when asked before the visit (what to do before going), where the two differ.
    /// </summary>
    private static readonly Dictionary<string, (LocalizedText Now, LocalizedText? Before)> RemedyTexts = new(StringComparer.Ordinal)
    {
        [RemedyCodes.RenewFiling] = (
            new("在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", "Check the validity in the national medical insurance app's filing records (备案记录) and renew the filing."),
            new("就医前在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", "Before the visit, check the validity in the national medical insurance app's filing records (备案记录) and renew the filing.")),
        [RemedyCodes.RefileCorrectRegion] = (
            new("在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", "Cancel the filing in the app and file again for the treatment city; most regions approve the same day."),
            new("就医前在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", "Before the visit, cancel the filing in the app and file again for the treatment city; most regions approve the same day.")),
        [RemedyCodes.AskAboutRetroactiveFiling] = (
            new("拨打参保地医保服务热线12393或到参保地医保经办窗口，询问本次就医能否补办备案、期限和所需材料。", "Call the insured region's 12393 hotline or ask at its office whether this visit can still be filed retroactively, by when, and with what."),
            null),
        [RemedyCodes.FileRetroactively] = (new("立即补办异地就医备案，补办后可按规定结算。", "File now, retroactively; the visit then settles under the rules."), null),
        [RemedyCodes.ChangeDesignatedHospital] = (
            new("在国家医保服务平台APP或参保地经办机构变更该病种的门诊慢特病定点医疗机构，或到已选定的医院就医。", "Change your designated hospital for this condition in the app or at the insured region's office, or go to a hospital you selected."),
            new("就医前在国家医保服务平台APP或参保地经办机构变更该病种的门诊慢特病定点医疗机构，或改到已选定的医院就医。", "Before the visit, change your designated hospital for this condition in the app or at the insured region's office, or go to a hospital you selected instead.")),
        [RemedyCodes.AdjustFilingStart] = (
            new("在国家医保服务平台APP或参保地经办机构把已办备案的开始日期调整到就诊日（住院为入院日）或更早。", "Have the insured region move the start of your filing to the visit day (for a stay, the admission day) or earlier, in the app or at its office."),
            null),
        [RemedyCodes.FileBeforeVisit] = (
            new("今后到外地就医，先通过国家医保服务平台APP或参保地经办窗口办理异地就医备案再去。", "For future visits elsewhere, file first, in the national medical insurance app or at the insured region's office."),
            new("就医前通过国家医保服务平台APP或参保地经办窗口办理异地就医备案。", "File before the visit, in the national medical insurance app or at the insured region's office.")),
        [RemedyCodes.SupplementFilingMaterials] = (
            new("向参保地经办机构补齐备案材料。", "Supplement the filing materials at the insured region's office."),
            new("就医前向参保地经办机构补齐备案材料。", "Before the visit, supplement the filing materials at the insured region's office.")),
        [RemedyCodes.ChooseNetworkedHospital] = (
            new("在APP“异地联网定点医药机构查询”中查找已开通相应服务的医院，今后到那里就医。", "Use the app's networked-hospital search (异地联网定点医药机构查询) to find a hospital that has opened this service, and go there in future."),
            new("就医前在APP“异地联网定点医药机构查询”中选择已开通相应服务的医院。", "Before the visit, use the app's networked-hospital search (异地联网定点医药机构查询) to choose a hospital that has opened this service.")),
        [RemedyCodes.KeepDocumentsForClaim] = (
            new("保管好病历、发票和费用清单，并请医院盖章。", "Keep the medical record, invoices and the itemised fee list, stamped by the hospital."),
            new("如果就医前解决不了、仍去就医，就诊时保管好病历、发票和费用清单，并请医院盖章。", "If it cannot be fixed in time and you go anyway, keep the medical record, invoices and the itemised fee list, stamped by the hospital.")),
        [RemedyCodes.ClaimAtInsuredRegion] = (
            new("先全额垫付，再回参保地医保经办窗口申请手工报销。", "Pay in full now, then claim at the insured region's office."),
            new("届时需先全额垫付，再回参保地医保经办窗口申请手工报销。", "You would then pay in full and claim at the insured region's office.")),
        [RemedyCodes.ObtainQualification] = (
            new("在参保地完成门诊慢特病资格认定，并在APP“门慢特资格”中确认可查询；资格认定一般不能追溯到已发生的就诊。", "Obtain the chronic-condition qualification at the insured region and confirm it under 门慢特资格 in the app; a qualification is generally not backdated to visits already made."),
            new("就医前在参保地完成门诊慢特病资格认定，并在APP“门慢特资格”中确认可查询。", "Before the visit, obtain the chronic-condition qualification at the insured region, and confirm it under 门慢特资格 in the app.")),
        [RemedyCodes.AskForCatalogItems] = (
            new("今后就诊时请医生尽量开具医保目录内的药品和项目。", "At future visits, ask the doctor for drugs and items in the catalogue."),
            new("就诊时请医生尽量开具医保目录内的药品和项目。", "At the visit, ask the doctor for drugs and items in the catalogue.")),
        [RemedyCodes.UseEVoucher] = (
            new("在APP申领并激活医保电子凭证，用电子凭证结算。", "Apply for and activate the e-voucher (医保电子凭证) in the app and settle with it."),
            new("就医前在APP申领并激活医保电子凭证，就医时用电子凭证结算。", "Before the visit, apply for and activate the e-voucher (医保电子凭证) in the app, and settle with it at the visit.")),
        [RemedyCodes.ReplaceCard] = (
            new("到参保地或就医地社保服务网点补换社保卡。", "Replace the social security card at a service point in the insured or treatment region."),
            new("就医前到参保地或就医地社保服务网点补换社保卡。", "Before the visit, replace the social security card at a service point in the insured or treatment region.")),
        [RemedyCodes.CorrectIdentityVia12393] = (new("拨打参保地医保热线12393核对修正个人信息。", "Call the insured region's 12393 hotline to have the registry corrected."), null),
        [RemedyCodes.PayArrears] = (new("补缴欠费可恢复参保；2025年起断缴后再参保，一般还有至少3个月的待遇等待期，断缴期间就医的费用仍需自付。", "Paying the arrears restores coverage; from 2025 a waiting period of at least three months usually follows a lapse, and visits during the lapse stay self-paid."), null),
        [RemedyCodes.EnablePersonalAccountPayment] = (
            new("在医保服务平台开启个人账户支付权限。", "Enable personal-account payment in the insurance service platform."),
            new("就医前在医保服务平台开启个人账户支付权限。", "Before the visit, enable personal-account payment in the insurance service platform.")),
        [RemedyCodes.ConsiderLongTermFiling] = (new("如长期在当地居住或工作，可办理长期异地备案（无比例降低）。", "If you live or work there long-term, a long-term filing carries no reduction."), null),
        [RemedyCodes.WaitForBenefits] = (
            new("待遇恢复前的费用需自付；恢复后再就医可正常结算。", "Costs before benefits resume are self-paid; visits after that settle normally."),
            new("待遇恢复日之后再就医可正常结算；恢复前就医的费用需自付。", "Visits from the day benefits resume settle normally; costs before that are self-paid.")),
    };

    private static readonly Dictionary<string, LocalizedText> ConditionNames = new(StringComparer.Ordinal)
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

    /// <summary>A condition by its name (高血压 / hypertension); a locally recognised condition id as given, quoted.</summary>
    public static LocalizedText Condition(string condition) =>
        ConditionNames.TryGetValue(condition, out var name) ? name : new LocalizedText("“" + condition + "”", "\"" + condition + "\"");

    public static LocalizedText Setting(CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => new("住院", "inpatient care"),
        CareSetting.GeneralOutpatient => new("普通门诊", "general outpatient care"),
        CareSetting.ChronicOutpatient => new("门诊慢特病", "chronic outpatient care"),
        _ => new("急诊", "emergency care"),
    };

    public static LocalizedText Card(CardStatus card) => card switch
    {
        CardStatus.ChipDamaged => new("芯片损坏", "chip damaged"),
        CardStatus.Demagnetized => new("消磁", "demagnetised"),
        CardStatus.Lost => new("遗失", "lost"),
        CardStatus.None => new("未办理社保卡", "no card"),
        _ => new("正常", "valid"),
    };

    public static LocalizedText Reason(FilingReason? reason) => reason switch
    {
        FilingReason.Referral => new("异地转诊人员", "a referral"),
        FilingReason.Emergency or null => new("急诊抢救人员", "an emergency patient"),
        FilingReason.OtherTemporary => new("其他临时外出就医人员", "another temporary visitor"),
        _ => new("长期异地居住人员", "a long-term resident"),
    };

    /// <summary>A region as a reader sees it: "武汉市（420100）" / "420100 (Hubei)".</summary>
    public static LocalizedText Region(RegionCode region) => new(region.Describe(Languages.Chinese), region.Describe(Languages.English));

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(LocalizedText template, object[] arguments, string language)
    {
        var values = new object[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i] is LocalizedText localized ? localized.In(language) : arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, template.In(language), values);
    }

    /// <summary>A remedy in a language, worded for before the visit or after it.</summary>
    /// <summary>A template filled in both languages.</summary>
    public static LocalizedText Fill(LocalizedText template, params object[] arguments) =>
        new(Format(template, arguments, Languages.Chinese), Format(template, arguments, Languages.English));

    public static Remedy Remedy(string code, string language, bool beforeVisit) => new(code, Text(code, beforeVisit).In(language));

    /// <summary>A remedy's text, worded for before the visit or after it.</summary>
    public static LocalizedText Text(string code, bool beforeVisit)
    {
        var (now, before) = RemedyTexts[code];
        return beforeVisit && before is not null ? before : now;
    }

    /// <summary>Every remedy code with its text after the visit and, where it differs, before it.</summary>
    public static IEnumerable<(string Code, LocalizedText Now, LocalizedText? Before)> AllRemedies() =>
        RemedyTexts.Select(p => (p.Key, p.Value.Now, p.Value.Before));

    /// <summary>Whether a remedy code has texts.</summary>
    public static bool HasRemedy(string code) => RemedyTexts.ContainsKey(code);
}
