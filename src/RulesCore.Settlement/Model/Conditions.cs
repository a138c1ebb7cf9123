namespace RulesCore.Settlement.Model;

/// <summary>
/// Identifiers of chronic and special outpatient conditions (门慢特病种), for <see cref="Encounter.Condition"/>,
/// <see cref="Qualification.Condition"/> and <see cref="CrossRegionServices.ChronicConditions"/>. The ten constants are
/// the conditions of the national cross-province list: <c>hypertension</c> 高血压, <c>diabetes</c> 糖尿病,
/// <c>cancerOutpatientTherapy</c> 恶性肿瘤门诊放化疗, <c>uremiaDialysis</c> 尿毒症透析,
/// <c>organTransplantAntiRejection</c> 器官移植术后抗排异治疗, <c>copd</c> 慢性阻塞性肺疾病,
/// <c>rheumatoidArthritis</c> 类风湿关节炎, <c>coronaryHeartDisease</c> 冠心病, <c>viralHepatitis</c> 病毒性肝炎,
/// <c>ankylosingSpondylitis</c> 强直性脊柱炎 (which of them settle across provinces on a date is policy:
/// <c>crossProvinceChronicConditions</c>). Any other lowerCamel identifier (a lowercase letter, then letters and digits, at most
/// 64 characters) names a local condition, e.g. <c>parkinsons</c>.
/// </summary>
public static class Conditions
{
    /// <summary>高血压.</summary>
    public const string Hypertension = "hypertension";

    /// <summary>糖尿病.</summary>
    public const string Diabetes = "diabetes";

    /// <summary>恶性肿瘤门诊放化疗.</summary>
    public const string CancerOutpatientTherapy = "cancerOutpatientTherapy";

    /// <summary>尿毒症透析.</summary>
    public const string UremiaDialysis = "uremiaDialysis";

    /// <summary>器官移植术后抗排异治疗.</summary>
    public const string OrganTransplantAntiRejection = "organTransplantAntiRejection";

    /// <summary>慢性阻塞性肺疾病.</summary>
    public const string Copd = "copd";

    /// <summary>类风湿关节炎.</summary>
    public const string RheumatoidArthritis = "rheumatoidArthritis";

    /// <summary>冠心病.</summary>
    public const string CoronaryHeartDisease = "coronaryHeartDisease";

    /// <summary>病毒性肝炎.</summary>
    public const string ViralHepatitis = "viralHepatitis";

    /// <summary>强直性脊柱炎.</summary>
    public const string AnkylosingSpondylitis = "ankylosingSpondylitis";
}
