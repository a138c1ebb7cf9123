namespace RulesCore.Settlement.Decisions;

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
