using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using P = RulesCore.Settlement.Policies.PolicyParameters;

namespace RulesCore.Benchmarks.Peer;

/// <summary>
/// The input of the Microsoft RulesEngine workflow: the case flattened into the properties its expressions read,
/// with the policy in force resolved (the same preparation RulesCore's evaluator does before its rules run).
/// </summary>
public sealed class PeerVisit
{
    public bool IsLocal { get; set; }

    public bool IsCross { get; set; }

    public bool IsIntra { get; set; }

    public string Setting { get; set; } = string.Empty;

    public bool Chronic { get; set; }

    public string Condition { get; set; } = string.Empty;

    public DateTime Date { get; set; }

    public bool StillAdmitted { get; set; }

    /// <summary>The discharge day, or the last representable day while it is not known.</summary>
    public DateTime DischargeOrOpen { get; set; }

    public DateTime RetroactiveDeadline { get; set; }

    public bool RetroactiveWindowUnknown { get; set; }

    /// <summary>The last day of the visit: the visit day, or for a stay the discharge (or the as-of day while admitted).</summary>
    public DateTime Until { get; set; }

    public DateTime AsOf { get; set; }

    public int ReferralEmergencyPoints { get; set; }

    public bool Exempt { get; set; }

    public bool EmergencyDeemed { get; set; }

    public bool TwoWay { get; set; }

    public bool PersonalAccountRequired { get; set; }

    /// <summary>Resident-scheme members (居民医保) have no personal account.</summary>
    public bool Resident { get; set; }

    public List<string> ListedConditions { get; set; } = new();

    public List<PeerFiling> Filings { get; set; } = new();

    public List<PeerQualification> Qualifications { get; set; } = new();

    public bool Networked { get; set; }

    public string HospitalId { get; set; } = string.Empty;

    public bool Inpatient { get; set; }

    public bool Outpatient { get; set; }

    public bool IntraOnly { get; set; }

    public List<string> OpenConditions { get; set; } = new();

    public int Items { get; set; }

    public int ItemsOutside { get; set; }

    public string Contribution { get; set; } = string.Empty;

    public DateTime BenefitsResumeOn { get; set; }

    public bool Verified { get; set; }

    public bool CardValid { get; set; }

    public bool EVoucher { get; set; }

    public bool PersonalAccount { get; set; }

    /// <summary>Flattens a case for the workflow, with the policies the visit resolved (as of its as-of day).</summary>
    public static PeerVisit From(SettlementCase c, Visit resolved)
    {
        var e = c.Encounter;
        var date = resolved.Date;
        var policy = resolved.InsuredPolicy;
        var insured = resolved.InsuredPooling;
        var treated = resolved.TreatmentPooling;
        var asOf = resolved.AsOf;
        var window = policy.Get(P.RetroactiveFilingWindowMonths);
        var cross = insured != treated && !insured.IsSameProvince(treated);
        var visit = new PeerVisit
        {
            IsLocal = insured == treated,
            IsCross = insured != treated && !insured.IsSameProvince(treated),
            IsIntra = insured != treated && insured.IsSameProvince(treated),
            Setting = e.Setting.ToString(),
            Chronic = e.Setting == CareSetting.ChronicOutpatient,
            Condition = e.Condition ?? string.Empty,
            Date = date,
            Until = resolved.Until,
            AsOf = asOf,
            DischargeOrOpen = e.DischargeDate?.Date ?? DateTime.MaxValue.Date,
            StillAdmitted = e.Setting == CareSetting.Inpatient && policy.Get(P.RetroactiveFilingBeforeDischarge) && (e.DischargeDate is null || asOf <= e.DischargeDate.Value.Date),
            RetroactiveDeadline = window > 0 ? (e.DischargeDate ?? e.Date).Date.AddMonths(window.Value) : DateTime.MinValue,
            RetroactiveWindowUnknown = window is null,
            ReferralEmergencyPoints = policy.Get(cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints),
            Exempt = policy.Get(P.IntraProvinceFilingExempt),
            EmergencyDeemed = policy.Get(P.EmergencyDeemedFiled),
            TwoWay = policy.Get(P.TwoWaySettlementForLongTermFilings),
            PersonalAccountRequired = policy.Get(P.PersonalAccountPermissionRequired),
            Resident = c.Person.Scheme == InsuranceScheme.Resident,
            ListedConditions = resolved.TreatmentPolicy.Get(P.CrossProvinceChronicConditions).ToList(),
            Networked = c.Hospital.CrossRegionServices.IsNetworked,
            HospitalId = c.Hospital.Id,
            Inpatient = c.Hospital.CrossRegionServices.Inpatient,
            Outpatient = c.Hospital.CrossRegionServices.GeneralOutpatient,
            IntraOnly = c.Hospital.CrossRegionServices.IntraProvinceOnly,
            OpenConditions = c.Hospital.CrossRegionServices.ChronicConditions.ToList(),
            Items = e.Items.Count,
            ItemsOutside = e.Items.Count(i => !i.InCatalog),
            Contribution = c.Person.Contribution.Status.ToString(),
            BenefitsResumeOn = c.Person.Contribution.BenefitsResumeOn ?? DateTime.MaxValue,
            Verified = c.Person.IdentityVerified,
            CardValid = c.Person.Card == CardStatus.Valid,
            EVoucher = c.Person.EVoucherActivated,
            PersonalAccount = c.Person.PersonalAccountPaymentEnabled,
        };

        // The reduction's tie-break compares fact references ordinally; the workflow compares their ranks.
        var ranks = c.Filings.Select(f => "filing:" + f.Id).Distinct().OrderBy(r => r, StringComparer.Ordinal).Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        for (var index = 0; index < c.Filings.Count; index++)
        {
            var f = c.Filings[index];
            var open = (f.Reason == FilingReason.ResidentWorker && policy.Get(P.ResidentWorkerFilingValidWhileInsured)) || (f.ValidUntil is null && f.IsLongTerm);
            var forTreatment = treated.Contains(f.DestinationRegion)
                || (cross && policy.Get(P.ProvinceLevelFilingAccepted) && f.DestinationRegion.IsProvince && f.DestinationRegion.IsSameProvince(treated));
            var end = open ? DateTime.MaxValue : f.ValidUntil?.Date ?? f.ValidFrom.Date.AddMonths(policy.Get(P.TemporaryFilingDefaultMonths)).AddDays(-1);
            var points = f.IsLongTerm ? P.RateReductionLongTermPoints
                : f.Reason is FilingReason.Referral or FilingReason.Emergency ? (cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints)
                : cross ? P.RateReductionOtherTemporaryPoints : P.IntraProvinceRateReductionOtherTemporaryPoints;
            visit.Filings.Add(new PeerFiling
            {
                Index = index,
                Rank = ranks["filing:" + f.Id],
                Source = f,
                PointsBasis = policy[points],
                Active = f.Status == FilingStatus.Active,
                ForTreatment = forTreatment,
                ForOther = !forTreatment && !insured.Contains(f.DestinationRegion),
                LongTerm = f.IsLongTerm,
                Commitment = f.Basis == FilingBasis.Commitment,
                From = f.ValidFrom.Date,
                Until = end,
                Points = policy.Get(points),
            });
        }

        foreach (var q in c.Qualifications)
        {
            visit.Qualifications.Add(new PeerQualification
            {
                Condition = q.Condition, From = q.ValidFrom.Date, Until = q.ValidUntil?.Date ?? DateTime.MaxValue,
                HasDesignated = q.DesignatedHospitals is not null, Designated = q.DesignatedHospitals?.ToList() ?? new List<string>(),
            });
        }

        return visit;
    }
}

public sealed class PeerFiling
{
    /// <summary>The filing's position in the case.</summary>
    public int Index { get; set; }

    /// <summary>The ordinal rank of the filing's reference among the case's filings.</summary>
    public int Rank { get; set; }

    public Filing Source { get; set; } = null!;

    /// <summary>The policy value that gives <see cref="Points"/>.</summary>
    public PolicyValue PointsBasis { get; set; } = null!;

    public bool Active { get; set; }

    public bool ForTreatment { get; set; }

    public bool ForOther { get; set; }

    public bool LongTerm { get; set; }

    public bool Commitment { get; set; }

    public DateTime From { get; set; }

    public DateTime Until { get; set; }

    public int Points { get; set; }
}

public sealed class PeerQualification
{
    public string Condition { get; set; } = string.Empty;

    public DateTime From { get; set; }

    public DateTime Until { get; set; }

    public bool HasDesignated { get; set; }

    public List<string> Designated { get; set; } = new();
}
