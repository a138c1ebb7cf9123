namespace RulesCore.Settlement;

/// <summary>Identifiers of the conditions named by the national cross-province list; other lowerCamel identifiers are allowed for local conditions.</summary>
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
