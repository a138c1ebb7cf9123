namespace RulesCore.NationalPlatform.Codes;

/// <summary>The code tables of <see cref="PlatformCodeTables"/>, each named in its JSON by the platform's field.</summary>
public enum CodeTable
{
    /// <summary><c>med_type</c> 医疗类别 (2201/2401) → <c>encounter.setting</c>: <c>generalOutpatient</c>, <c>emergency</c>, <c>chronicOutpatient</c> or <c>inpatient</c>.</summary>
    MedicalType = 1,

    /// <summary><c>insutype</c> 险种类型 (1101) → <c>person.scheme</c>: <c>employee</c> or <c>resident</c>, or <c>supplement</c> (a supplementary scheme's row, not a basic one).</summary>
    InsuranceType,

    /// <summary><c>psn_insu_stas</c> 人员参保状态 (1101) → <c>person.contribution.status</c>: <c>active</c> or <c>lapsed</c>.</summary>
    InsuranceStatus,

    /// <summary>
    /// <c>opsp_dise_code</c> 门慢特病种目录代码 (5301, and 2201/2401 <c>dise_codg</c>) → a condition identifier. A row is a
    /// whole code (<c>M03900</c>) or a category, its first four characters (<c>M039</c>); a whole code wins.
    /// </summary>
    ConditionCode,

    /// <summary><c>chrgitm_lv</c> 收费项目等级 (2204/2301) → <c>encounter.items[].inCatalog</c>: <c>inCatalog</c> or <c>outsideCatalog</c>.</summary>
    ChargeLevel,

    /// <summary>
    /// <c>biz_appy_type</c> 业务申请类型 (5302) → <c>chronicDesignation</c> (its designated hospitals are those selected for
    /// the chronic qualifications) or <c>other</c> (not used).
    /// </summary>
    DesignationType,

    /// <summary>
    /// <c>insuplc_admdvs</c> 参保地医保区划 (1101) → <c>person.insuredRegion</c>: a six-digit code, or a pattern where
    /// <c>x</c> stands for a digit kept as it is (<c>xxxx99</c> → <c>xxxx00</c>: a city's own pooling code read as the
    /// city). A whole code wins over a pattern; a code no row matches is taken as it is.
    /// </summary>
    InsuredArea,
}
