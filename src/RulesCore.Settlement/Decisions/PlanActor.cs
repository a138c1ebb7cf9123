namespace RulesCore.Settlement.Decisions;

/// <summary>Who carries out a step of a plan.</summary>
public enum PlanActor
{
    /// <summary>The patient alone, online (the national medical insurance app, the e-voucher).</summary>
    Patient,

    /// <summary>The insured region's medical insurance office (window or 12393 hotline).</summary>
    InsuredRegionOffice,

    /// <summary>The hospital's desk, or a social-security service point.</summary>
    HospitalDesk,
}
