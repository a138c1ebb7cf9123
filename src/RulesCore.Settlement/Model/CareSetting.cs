namespace RulesCore.Settlement.Model;

/// <summary>The kind of care (就诊类型).</summary>
public enum CareSetting
{
    /// <summary>Inpatient care (住院).</summary>
    Inpatient = 1,

    /// <summary>General outpatient care (普通门诊).</summary>
    GeneralOutpatient = 2,

    /// <summary>Chronic or special outpatient care (门慢特病); the encounter names the condition.</summary>
    ChronicOutpatient = 3,

    /// <summary>Emergency care (急诊抢救).</summary>
    Emergency = 4,
}
