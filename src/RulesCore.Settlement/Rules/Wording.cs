using System.Globalization;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>The words findings are made of: condition, setting, card and filing names, dates, formatting (remedies have their own home, <see cref="RemedyDefinition"/>).</summary>
internal static class Wording
{
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

    /// <summary>A region as a reader sees it: "武汉市（420100）" / "Wuhan (420100)".</summary>
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

    /// <summary>A template filled in both languages.</summary>
    public static LocalizedText Fill(LocalizedText template, params object[] arguments) =>
        new(Format(template, arguments, Languages.Chinese), Format(template, arguments, Languages.English));

    /// <summary>A remedy in a language, worded for before the visit or after it.</summary>
    /// <summary>
    /// Remedies in a language for a moment: each worded for it (or as <paramref name="texts"/> words it) with its role,
    /// in reading order within a role and fixes first, then the claim route, then what helps next time.
    /// </summary>
    public static Remedy[] Remedies(IEnumerable<string> codes, IReadOnlyDictionary<string, LocalizedText>? texts, string language, RemedyMoment moment)
    {
        var remedies = codes.Select(code =>
        {
            var definition = RemedyDefinitions.Of(code);
            var text = texts is not null && texts.TryGetValue(code, out var own) ? own : definition.Text(moment.AskedBefore);
            return new Remedy(code, text.In(language)) { Role = definition.Role(moment) };
        }).ToArray();

        // A stable sort: the reading order of the definition stays within each role.
        return remedies.Select((r, i) => (r, i)).OrderBy(x => x.r.Role).ThenBy(x => x.i).Select(x => x.r).ToArray();
    }
}
