namespace RulesCore.Settlement;

/// <summary>
/// The facts of one cross-region medical visit (异地就医): the insured person's account, their filings (备案) and
/// qualifications (门慢特资格), the hospital, and the encounter. Immutable; validated by the evaluator before any rule
/// sees it.
/// </summary>
public sealed record SettlementCase
{
    /// <summary>Gets the day the question is asked (default: the encounter date); it decides retroactive-filing windows.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Gets the insured person's insurance account (参保信息). Required.</summary>
    public InsuranceAccount Person { get; init; } = null!;

    /// <summary>Gets the person's filings (备案), in any order.</summary>
    public IReadOnlyList<Filing> Filings { get; init; } = Array.Empty<Filing>();

    /// <summary>Gets the person's chronic or special outpatient qualifications (门慢特资格), in any order.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; init; } = Array.Empty<Qualification>();

    /// <summary>Gets the hospital (定点医疗机构). Required.</summary>
    public Hospital Hospital { get; init; } = null!;

    /// <summary>Gets the encounter being settled. Required.</summary>
    public Encounter Encounter { get; init; } = null!;
}

/// <summary>The insurance scheme (险种).</summary>
public enum InsuranceScheme
{
    /// <summary>Employee basic medical insurance (职工医保).</summary>
    Employee = 1,

    /// <summary>Urban and rural resident medical insurance (居民医保).</summary>
    Resident = 2,
}

/// <summary>Contribution status (缴费状态).</summary>
public enum ContributionStatus
{
    /// <summary>Contributions paid; benefits active.</summary>
    Active = 1,

    /// <summary>Contributions lapsed (断缴); benefits stopped.</summary>
    Lapsed = 2,

    /// <summary>Re-joined after a lapse; benefits resume after a waiting period (待遇等待期).</summary>
    WaitingPeriod = 3,
}

/// <summary>The state of the social security card (社保卡).</summary>
public enum CardStatus
{
    /// <summary>Usable.</summary>
    Valid = 1,

    /// <summary>The chip is damaged (芯片损坏).</summary>
    ChipDamaged = 2,

    /// <summary>Demagnetised (消磁).</summary>
    Demagnetized = 3,

    /// <summary>Lost (挂失).</summary>
    Lost = 4,

    /// <summary>No card issued.</summary>
    None = 5,
}

/// <summary>The person's contributions.</summary>
public sealed record Contribution
{
    /// <summary>Gets the status. Required.</summary>
    public ContributionStatus Status { get; init; }

    /// <summary>Gets, for <see cref="ContributionStatus.WaitingPeriod"/>, the first day benefits apply again.</summary>
    public DateTime? BenefitsResumeOn { get; init; }
}

/// <summary>
/// The insured person's insurance account (参保信息). <see cref="Name"/> and <see cref="IdNumber"/> are optional and
/// personal: no rule reads them, and no decision, error, message, trace or <see cref="ToString"/> ever contains them.
/// </summary>
public sealed record InsuranceAccount
{
    /// <summary>Gets the person's name (姓名), if the caller passes it along; personal data, never echoed.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the person's identity number (身份证号), if the caller passes it along; personal data, never echoed.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Gets the insured region (参保地), a pooling region. Required.</summary>
    public RegionCode InsuredRegion { get; init; }

    /// <summary>Gets the scheme. Required.</summary>
    public InsuranceScheme Scheme { get; init; }

    /// <summary>Gets the contribution status. Required.</summary>
    public Contribution Contribution { get; init; } = null!;

    /// <summary>Gets whether name and identity number match the insurance registry.</summary>
    public bool IdentityVerified { get; init; }

    /// <summary>Gets the state of the social security card. Required.</summary>
    public CardStatus Card { get; init; }

    /// <summary>Gets whether the e-voucher (医保电子凭证) is activated.</summary>
    public bool EVoucherActivated { get; init; }

    /// <summary>Gets whether personal-account payment (个人账户支付权限) is enabled.</summary>
    public bool PersonalAccountPaymentEnabled { get; init; }

    /// <summary>Describes the account with the personal fields redacted.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>Whether members were printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name is null ? "null" : "[redacted]")
            .Append(", IdNumber = ").Append(IdNumber is null ? "null" : "[redacted]")
            .Append(", InsuredRegion = ").Append(InsuredRegion)
            .Append(", Scheme = ").Append(Scheme)
            .Append(", Contribution = ").Append(Contribution)
            .Append(", IdentityVerified = ").Append(IdentityVerified)
            .Append(", Card = ").Append(Card)
            .Append(", EVoucherActivated = ").Append(EVoucherActivated)
            .Append(", PersonalAccountPaymentEnabled = ").Append(PersonalAccountPaymentEnabled);
        return true;
    }
}

/// <summary>Why a filing was made (备案类别): three long-term and three temporary reasons.</summary>
public enum FilingReason
{
    /// <summary>Long-term: retiree resettled elsewhere (异地安置退休).</summary>
    RetireeResettlement = 1,

    /// <summary>Long-term: long-term resident elsewhere (异地长期居住).</summary>
    LongTermResident = 2,

    /// <summary>Long-term: resident worker elsewhere (常驻异地工作).</summary>
    ResidentWorker = 3,

    /// <summary>Temporary: referral (异地转诊).</summary>
    Referral = 4,

    /// <summary>Temporary: emergency (急诊抢救).</summary>
    Emergency = 5,

    /// <summary>Temporary: other temporary visit (其他临时外出就医).</summary>
    OtherTemporary = 6,
}

/// <summary>The status of a filing.</summary>
public enum FilingStatus
{
    /// <summary>In force (subject to its validity).</summary>
    Active = 1,

    /// <summary>Cancelled (已取消).</summary>
    Cancelled = 2,
}

/// <summary>How a filing was supported.</summary>
public enum FilingBasis
{
    /// <summary>With materials (备案材料).</summary>
    Materials = 1,

    /// <summary>By personal commitment (个人承诺), materials not supplemented.</summary>
    Commitment = 2,

    /// <summary>By commitment, materials supplemented later (承诺后补齐材料).</summary>
    CommitmentSupplemented = 3,
}

/// <summary>A filing (备案) for treatment in another pooling region.</summary>
public sealed record Filing
{
    /// <summary>Gets the filing's id, unique within the case. Required.</summary>
    public string Id { get; init; } = null!;

    /// <summary>Gets the reason (category). Required.</summary>
    public FilingReason Reason { get; init; }

    /// <summary>Gets the destination (就医地); only its pooling region matters. Required.</summary>
    public RegionCode DestinationRegion { get; init; }

    /// <summary>Gets the first valid day. Required.</summary>
    public DateTime ValidFrom { get; init; }

    /// <summary>
    /// Gets the last valid day; <see langword="null"/> means open-ended for long-term filings and the insured region's
    /// default period for temporary ones.
    /// </summary>
    public DateTime? ValidUntil { get; init; }

    /// <summary>Gets the status. Required.</summary>
    public FilingStatus Status { get; init; }

    /// <summary>Gets how the filing was supported. Required.</summary>
    public FilingBasis Basis { get; init; }

    /// <summary>Gets whether the reason is a long-term one (异地长期居住人员).</summary>
    public bool IsLongTerm => Reason is FilingReason.RetireeResettlement or FilingReason.LongTermResident or FilingReason.ResidentWorker;
}

/// <summary>A chronic or special outpatient qualification (门慢特病资格认定) granted by the insured region.</summary>
public sealed record Qualification
{
    /// <summary>Gets the condition, a lowerCamel identifier (see <see cref="Conditions"/>). Required.</summary>
    public string Condition { get; init; } = null!;

    /// <summary>Gets the first valid day. Required.</summary>
    public DateTime ValidFrom { get; init; }

    /// <summary>Gets the last valid day, or <see langword="null"/> if open-ended.</summary>
    public DateTime? ValidUntil { get; init; }

    /// <summary>
    /// Gets the ids of the hospitals the patient selected for this condition (本人选定的定点医疗机构), or
    /// <see langword="null"/> when unknown. A chronic visit out of region at another hospital does not settle as a
    /// chronic visit (<c>HOSPITAL_NOT_SELECTED</c>); unknown means no finding.
    /// </summary>
    public IReadOnlyList<string>? DesignatedHospitals { get; init; }
}

/// <summary>The cross-region settlement services a hospital has opened for patients insured elsewhere.</summary>
public sealed record CrossRegionServices
{
    /// <summary>Gets whether inpatient settlement is open (住院).</summary>
    public bool Inpatient { get; init; }

    /// <summary>Gets whether general outpatient and emergency settlement is open (普通门(急)诊).</summary>
    public bool GeneralOutpatient { get; init; }

    /// <summary>Gets the chronic conditions opened for outpatient settlement (门慢特病种).</summary>
    public IReadOnlyList<string> ChronicConditions { get; init; } = Array.Empty<string>();

    /// <summary>Gets whether the services are open only to patients insured in the same province.</summary>
    public bool IntraProvinceOnly { get; init; }

    /// <summary>Gets whether any cross-region service is open (联网).</summary>
    public bool IsNetworked => Inpatient || GeneralOutpatient || ChronicConditions.Count > 0;
}

/// <summary>The designated hospital (定点医疗机构).</summary>
public sealed record Hospital
{
    /// <summary>Gets the hospital's id. Required.</summary>
    public string Id { get; init; } = null!;

    /// <summary>Gets the hospital's name (optional; never used in messages).</summary>
    public string? Name { get; init; }

    /// <summary>Gets where the hospital is (就医地). Required.</summary>
    public RegionCode Region { get; init; }

    /// <summary>Gets the services opened for patients insured elsewhere. Required.</summary>
    public CrossRegionServices CrossRegionServices { get; init; } = null!;
}

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

/// <summary>A billed item (费用明细).</summary>
public sealed record EncounterItem
{
    /// <summary>Gets the item code. Required.</summary>
    public string Code { get; init; } = null!;

    /// <summary>Gets the description (optional).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the amount in yuan; not negative.</summary>
    public decimal Amount { get; init; }

    /// <summary>Gets whether the item is in the treatment region's catalogue (医保目录).</summary>
    public bool InCatalog { get; init; }
}

/// <summary>The visit being settled.</summary>
public sealed record Encounter
{
    /// <summary>Gets the kind of care. Required.</summary>
    public CareSetting Setting { get; init; }

    /// <summary>Gets the day of the visit, or of admission. Required.</summary>
    public DateTime Date { get; init; }

    /// <summary>Gets the discharge day for inpatients; <see langword="null"/> while still admitted.</summary>
    public DateTime? DischargeDate { get; init; }

    /// <summary>Gets the condition treated; required for <see cref="CareSetting.ChronicOutpatient"/>.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets the billed items.</summary>
    public IReadOnlyList<EncounterItem> Items { get; init; } = Array.Empty<EncounterItem>();
}

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
