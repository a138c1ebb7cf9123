namespace RulesCore.Settlement;

/// <summary>What the patient can expect at the desk, best to worst. A decision's outcome is the worst cap among its findings.</summary>
public enum Outcome
{
    /// <summary>Settled directly at the desk (直接结算); the patient pays only their share.</summary>
    Direct = 0,

    /// <summary>Settled directly, at a reduced reimbursement ratio (降低报销比例).</summary>
    DirectReducedRate = 1,

    /// <summary>Pay in full, then claim at the insured region (全额垫付, 回参保地手工报销).</summary>
    PayThenClaim = 2,

    /// <summary>Not reimbursed (不予报销).</summary>
    NotReimbursable = 3,
}

/// <summary>The four causes a visit fails to settle directly.</summary>
public enum Cause
{
    /// <summary>The filing (备案).</summary>
    Filing = 1,

    /// <summary>The hospital and the services it opened (定点医疗机构).</summary>
    Hospital = 2,

    /// <summary>What is covered: qualifications, condition lists, the catalogue (待遇与目录).</summary>
    Coverage = 3,

    /// <summary>The insurance account: contributions, identity, card, permissions (参保状态).</summary>
    Account = 4,
}

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Caps the outcome.</summary>
    Blocking = 1,

    /// <summary>Worth knowing; the visit still settles (e.g. some items are self-paid).</summary>
    Warning = 2,

    /// <summary>Information, usually good news (e.g. an exemption applies).</summary>
    Info = 3,
}

/// <summary>Something a patient or cashier can do.</summary>
/// <param name="Code">A stable code, e.g. <c>RENEW_FILING</c> (see <see cref="RemedyCodes"/>).</param>
/// <param name="Text">What to do, in the requested language.</param>
public sealed record Remedy(string Code, string Text);

/// <summary>One conclusion of the rules about a visit.</summary>
public sealed record Finding
{
    /// <summary>Gets the finding code, e.g. <c>FILING_EXPIRED</c> (see <see cref="FindingCodes"/>).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the cause.</summary>
    public Cause Cause { get; init; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets the outcome this finding caps the decision at, or <see langword="null"/> when it caps nothing.</summary>
    public Outcome? Caps { get; init; }

    /// <summary>Gets the id of the rule that produced it, e.g. <c>filing.expired</c>.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>Gets the explanation, in the requested language.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets what the patient or cashier can do, in the requested language.</summary>
    public IReadOnlyList<Remedy> Remedies { get; init; } = Array.Empty<Remedy>();

    /// <summary>Gets the policy basis: the rule's source and the policy values it used, with their sources.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets references to the facts that triggered it (<c>filing:F1</c>, <c>item:A01</c>, <c>encounter</c>, <c>hospital</c>, …): opaque strings, unambiguous whatever the case's ids are.</summary>
    public IReadOnlyList<string> Facts { get; init; } = Array.Empty<string>();
}

/// <summary>One firing of a rule, as references to the facts it matched.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Facts">References to the matched facts.</param>
public sealed record TraceEntry(string Rule, IReadOnlyList<string> Facts);

/// <summary>The answer for one case: the outcome, every finding, self-paid items, the rate reduction and the rule trace.</summary>
public sealed record SettlementDecision
{
    /// <summary>Gets the outcome: the worst cap among the findings, <see cref="Outcome.Direct"/> when none caps.</summary>
    public Outcome Outcome { get; init; }

    /// <summary>Gets the reimbursement-ratio reduction in percentage points (0 when none).</summary>
    public int RateReductionPoints { get; init; }

    /// <summary>Gets the findings, ordered by cause, code and facts.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = Array.Empty<Finding>();

    /// <summary>Gets the codes of items outside the catalogue (self-paid even when the visit settles directly).</summary>
    public IReadOnlyList<string> SelfPayItems { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets every rule firing with the facts it matched, in a canonical order: rules that derive facts first (by
    /// priority), then by rule id and matched facts. Empty when <see cref="EvaluationOptions.IncludeTrace"/> is off.
    /// </summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = Array.Empty<TraceEntry>();

    /// <summary>Gets what produced the decision, for audit: the library version, the rules' fingerprint, the policy packs used.</summary>
    public DecisionProvenance? Provenance { get; init; }
}

/// <summary>What produced a decision, for audit records.</summary>
/// <param name="Library">The RulesCore.Settlement version.</param>
/// <param name="Rules">The fingerprint of the rules in force (<see cref="SettlementEvaluator.RulesFingerprint"/>).</param>
/// <param name="Policies">The policy packs that supplied a value for the insured or the treatment region, national first.</param>
public sealed record DecisionProvenance(string Library, string Rules, IReadOnlyList<PolicyProvenance> Policies);

/// <summary>A policy pack a decision relied on.</summary>
/// <param name="Region">The pack's region code, or <c>national</c>.</param>
/// <param name="Name">The pack's name.</param>
/// <param name="Hash">A SHA-256 (hex) of the pack's content: it changes whenever any value, date, source or confidence does.</param>
public sealed record PolicyProvenance(string Region, string Name, string Hash);

/// <summary>The finding codes of the interchange contract, and those RulesCore adds.</summary>
public static class FindingCodes
{
    /// <summary><c>FILING_MISSING</c>: treatment outside the insured pooling region, no filing names it, no exemption applies</summary>
    public const string FilingMissing = "FILING_MISSING";

    /// <summary><c>FILING_EXPIRED</c>: a filing for the region ended before the encounter</summary>
    public const string FilingExpired = "FILING_EXPIRED";

    /// <summary><c>FILING_NOT_YET_VALID</c>: a filing for the region starts after the encounter</summary>
    public const string FilingNotYetValid = "FILING_NOT_YET_VALID";

    /// <summary><c>FILING_WRONG_REGION</c>: an active filing exists, but for another pooling region</summary>
    public const string FilingWrongRegion = "FILING_WRONG_REGION";

    /// <summary><c>FILING_CANCELLED</c>: the only filing for the region was cancelled</summary>
    public const string FilingCancelled = "FILING_CANCELLED";

    /// <summary><c>FILING_RETROACTIVE_AVAILABLE</c>: no valid filing, but filing now still lets it settle (before discharge, or in the regional window)</summary>
    public const string FilingRetroactiveAvailable = "FILING_RETROACTIVE_AVAILABLE";

    /// <summary><c>FILING_RETROACTIVE_ASK</c>: no valid filing, the visit has taken place, and the insured region's window for retroactive filings is unknown: ask the insured region (a warning)</summary>
    public const string FilingRetroactiveAsk = "FILING_RETROACTIVE_ASK";

    /// <summary><c>FILING_EXEMPT_INTRA_PROVINCE</c>: the insured province waives filing for visits inside it</summary>
    public const string FilingExemptIntraProvince = "FILING_EXEMPT_INTRA_PROVINCE";

    /// <summary><c>EMERGENCY_DEEMED_FILED</c>: emergency care counts as filed</summary>
    public const string EmergencyDeemedFiled = "EMERGENCY_DEEMED_FILED";

    /// <summary><c>TEMPORARY_RATE_REDUCTION</c>: a temporary visitor's ratio is reduced (points in rateReductionPoints)</summary>
    public const string TemporaryRateReduction = "TEMPORARY_RATE_REDUCTION";

    /// <summary><c>HOME_SETTLEMENT_NEEDS_MATERIALS</c>: treated in the insured region while holding a long-term filing elsewhere made by commitment only (materials not supplemented), and the insured region has no two-way policy</summary>
    public const string HomeSettlementNeedsMaterials = "HOME_SETTLEMENT_NEEDS_MATERIALS";

    /// <summary><c>TWO_WAY_SETTLEMENT</c>: treated in the insured region while holding a long-term filing elsewhere, and the insured region settles both ways (双向结算) (info; RulesCore addition)</summary>
    public const string TwoWaySettlement = "TWO_WAY_SETTLEMENT";

    /// <summary><c>HOSPITAL_NOT_NETWORKED</c>: the hospital has opened no cross-region settlement</summary>
    public const string HospitalNotNetworked = "HOSPITAL_NOT_NETWORKED";

    /// <summary><c>HOSPITAL_SERVICE_NOT_OPEN</c>: networked, but not for this setting (e.g. inpatient only)</summary>
    public const string HospitalServiceNotOpen = "HOSPITAL_SERVICE_NOT_OPEN";

    /// <summary><c>HOSPITAL_CONDITION_NOT_OPEN</c>: chronic visit; the hospital has not opened this condition</summary>
    public const string HospitalConditionNotOpen = "HOSPITAL_CONDITION_NOT_OPEN";

    /// <summary><c>HOSPITAL_INTRA_PROVINCE_ONLY</c>: networked only for same-province patients</summary>
    public const string HospitalIntraProvinceOnly = "HOSPITAL_INTRA_PROVINCE_ONLY";

    /// <summary><c>HOSPITAL_NOT_SELECTED</c>: a chronic visit out of region at a hospital the patient did not select for the condition.</summary>
    public const string HospitalNotSelected = "HOSPITAL_NOT_SELECTED";

    /// <summary><c>QUALIFICATION_MISSING</c>: chronic visit without a qualification valid on the date</summary>
    public const string QualificationMissing = "QUALIFICATION_MISSING";

    /// <summary><c>CONDITION_NOT_CROSS_PROVINCE</c>: cross-province chronic visit for a condition outside the national list in force</summary>
    public const string ConditionNotCrossProvince = "CONDITION_NOT_CROSS_PROVINCE";

    /// <summary><c>ITEMS_OUTSIDE_CATALOG</c>: some items are outside the catalogue (listed in selfPayItems); all of them: caps notReimbursable</summary>
    public const string ItemsOutsideCatalog = "ITEMS_OUTSIDE_CATALOG";

    /// <summary><c>CONTRIBUTION_LAPSED</c>: contributions lapsed</summary>
    public const string ContributionLapsed = "CONTRIBUTION_LAPSED";

    /// <summary><c>WAITING_PERIOD</c>: re-joined, benefits not yet resumed on the encounter date</summary>
    public const string WaitingPeriod = "WAITING_PERIOD";

    /// <summary><c>IDENTITY_MISMATCH</c>: name or ID does not match the registry</summary>
    public const string IdentityMismatch = "IDENTITY_MISMATCH";

    /// <summary><c>CARD_UNUSABLE</c>: card unusable and no e-voucher activated</summary>
    public const string CardUnusable = "CARD_UNUSABLE";

    /// <summary><c>USE_E_VOUCHER</c>: card unusable, e-voucher activated: settle with it</summary>
    public const string UseEVoucher = "USE_E_VOUCHER";

    /// <summary><c>PERSONAL_ACCOUNT_NOT_ENABLED</c>: the insured region requires the personal-account permission and it is off</summary>
    public const string PersonalAccountNotEnabled = "PERSONAL_ACCOUNT_NOT_ENABLED";
}

/// <summary>The remedy codes of the interchange contract.</summary>
public static class RemedyCodes
{
    /// <summary><c>RENEW_FILING</c>: Renew or extend the filing before it lapses (续办备案).</summary>
    public const string RenewFiling = "RENEW_FILING";

    /// <summary><c>REFILE_CORRECT_REGION</c>: Cancel the filing and file again for the right pooling region (取消后重新备案).</summary>
    public const string RefileCorrectRegion = "REFILE_CORRECT_REGION";

    /// <summary><c>FILE_RETROACTIVELY</c>: File now, retroactively (补办备案), while it still lets the visit settle.</summary>
    public const string FileRetroactively = "FILE_RETROACTIVELY";

    /// <summary><c>ASK_ABOUT_RETROACTIVE_FILING</c>: Ask the insured region whether a retroactive filing is still accepted and what it needs (咨询能否补办备案).</summary>
    public const string AskAboutRetroactiveFiling = "ASK_ABOUT_RETROACTIVE_FILING";

    /// <summary><c>CHANGE_DESIGNATED_HOSPITAL</c>: Change the designated hospital for the condition, or go to one already selected (变更门慢特病定点医疗机构).</summary>
    public const string ChangeDesignatedHospital = "CHANGE_DESIGNATED_HOSPITAL";

    /// <summary>
    /// <c>ADJUST_FILING_START</c>: Have the filing you already hold start on the visit (admission) day or earlier
    /// (调整备案开始日期) — offered only while it can still help.
    /// </summary>
    public const string AdjustFilingStart = "ADJUST_FILING_START";

    /// <summary><c>FILE_BEFORE_VISIT</c>: File before the visit (就医前备案).</summary>
    public const string FileBeforeVisit = "FILE_BEFORE_VISIT";

    /// <summary><c>SUPPLEMENT_FILING_MATERIALS</c>: Supplement the filing materials (补齐备案材料).</summary>
    public const string SupplementFilingMaterials = "SUPPLEMENT_FILING_MATERIALS";

    /// <summary><c>CHOOSE_NETWORKED_HOSPITAL</c>: Choose a hospital networked for this service (选择联网定点医疗机构).</summary>
    public const string ChooseNetworkedHospital = "CHOOSE_NETWORKED_HOSPITAL";

    /// <summary><c>KEEP_DOCUMENTS_FOR_CLAIM</c>: Keep the medical record, invoices and the stamped itemised list (保留病历、发票、费用清单).</summary>
    public const string KeepDocumentsForClaim = "KEEP_DOCUMENTS_FOR_CLAIM";

    /// <summary><c>CLAIM_AT_INSURED_REGION</c>: Pay, then claim at the insured region (回参保地手工报销).</summary>
    public const string ClaimAtInsuredRegion = "CLAIM_AT_INSURED_REGION";

    /// <summary><c>OBTAIN_QUALIFICATION</c>: Obtain the chronic-condition qualification at the insured region (门慢特资格认定).</summary>
    public const string ObtainQualification = "OBTAIN_QUALIFICATION";

    /// <summary><c>ASK_FOR_CATALOG_ITEMS</c>: Ask the doctor for items in the catalogue (医保目录内项目).</summary>
    public const string AskForCatalogItems = "ASK_FOR_CATALOG_ITEMS";

    /// <summary><c>USE_E_VOUCHER</c>: Settle with the e-voucher (医保电子凭证).</summary>
    public const string UseEVoucher = "USE_E_VOUCHER";

    /// <summary><c>REPLACE_CARD</c>: Replace the social security card (补换社保卡).</summary>
    public const string ReplaceCard = "REPLACE_CARD";

    /// <summary><c>CORRECT_IDENTITY_VIA_12393</c>: Have name and identity number corrected via the 12393 hotline.</summary>
    public const string CorrectIdentityVia12393 = "CORRECT_IDENTITY_VIA_12393";

    /// <summary><c>PAY_ARREARS</c>: Pay the contribution arrears (补缴).</summary>
    public const string PayArrears = "PAY_ARREARS";

    /// <summary><c>ENABLE_PERSONAL_ACCOUNT_PAYMENT</c>: Enable personal-account payment (开通个人账户支付权限).</summary>
    public const string EnablePersonalAccountPayment = "ENABLE_PERSONAL_ACCOUNT_PAYMENT";

    /// <summary><c>CONSIDER_LONG_TERM_FILING</c>: If living or working there long-term, file as long-term, which carries no ratio reduction (RulesCore addition).</summary>
    public const string ConsiderLongTermFiling = "CONSIDER_LONG_TERM_FILING";

    /// <summary><c>WAIT_FOR_BENEFITS</c>: Benefits resume after the waiting period; visits before then are self-paid (RulesCore addition).</summary>
    public const string WaitForBenefits = "WAIT_FOR_BENEFITS";
}
