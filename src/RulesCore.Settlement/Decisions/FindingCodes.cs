namespace RulesCore.Settlement.Decisions;

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
