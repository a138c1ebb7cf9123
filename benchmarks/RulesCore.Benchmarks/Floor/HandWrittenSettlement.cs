using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using P = RulesCore.Settlement.Policies.PolicyParameters;

namespace RulesCore.Benchmarks.Floor;

/// <summary>
/// The floor: the logic of the settlement rules as straight-line C# — no engine, no trace, public API only. It finds
/// the same findings about the same facts (raw findings) and hands them to the wording and folding the contestants
/// share (<see cref="RawFindings"/>: the evaluator's public <see cref="SettlementEvaluator.Decide"/>), so its decision is
/// the whole decision RulesCore gives and its cost is finding the facts plus that wording and folding — what an HIS's
/// own fast path in front of RulesCore would pay.
/// </summary>
public static class HandWrittenSettlement
{
    public static SettlementDecision Decide(SettlementCase c, PolicyCatalog policies, EvaluationOptions options)
    {
        var (visit, found) = Find(c, policies, options);
        return RawFindings.Decide(c, visit, found, options);
    }

    /// <summary>The visit and the raw findings about it.</summary>
    internal static (Visit Visit, List<RawFinding> Found) Find(SettlementCase c, PolicyCatalog policies, EvaluationOptions options)
    {
        var e = c.Encounter;
        var visit = new Visit(c, options.AsOf ?? c.AsOf ?? e.Date.Date, policies);
        var found = new List<RawFinding>(8);
        var date = visit.Date;
        var asOf = visit.AsOf;
        var policy = visit.InsuredPolicy;
        var insured = visit.InsuredPooling;
        var treated = visit.TreatmentPooling;
        var local = insured == treated;
        var cross = !local && !insured.IsSameProvince(treated);
        var intra = !local && !cross;
        var chronic = e.Setting == CareSetting.ChronicOutpatient;
        var scope = new TreatmentScope(visit, local ? VisitScope.Local : cross ? VisitScope.CrossProvince : VisitScope.IntraProvince);

        DateTime? End(Filing f) =>
            f.Reason == FilingReason.ResidentWorker && policy.Get(P.ResidentWorkerFilingValidWhileInsured) ? null
            : f.ValidUntil is { } u ? u.Date
            : f.IsLongTerm ? null
            : f.ValidFrom.Date.AddMonths(policy.Get(P.TemporaryFilingDefaultMonths)).AddDays(-1);
        var provinceFilings = cross && policy.Get(P.ProvinceLevelFilingAccepted);
        bool ForTreatment(Filing f) => treated.Contains(f.DestinationRegion) || (provinceFilings && f.DestinationRegion.IsProvince && f.DestinationRegion.IsSameProvince(treated));
        bool Valid(Filing f) => f.ValidFrom.Date <= date && (End(f) is not { } end || date <= end);

        // A stay is judged on its span: admission to discharge (or to the as-of day while still admitted).
        var until = visit.Until;
        bool Covers(Filing f) => f.ValidFrom.Date <= until && (End(f) is not { } end || date <= end);

        // Cause 1: the filing.
        if (!local)
        {
            // The basis with the smallest reduction decides the ratio (ties: the smaller reference).
            Basis? best = null;
            void Consider(Basis basis)
            {
                if (best is null || basis.ReductionPoints < best.ReductionPoints
                    || (basis.ReductionPoints == best.ReductionPoints && string.CompareOrdinal(basis.Reference, best.Reference) < 0))
                {
                    best = basis;
                }
            }

            var covered = false;
            foreach (var f in c.Filings)
            {
                if (f.Status == FilingStatus.Active && ForTreatment(f) && Covers(f))
                {
                    covered = true;
                    var points = f.IsLongTerm ? P.RateReductionLongTermPoints
                        : f.Reason is FilingReason.Referral or FilingReason.Emergency
                            ? (cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints)
                        : cross ? P.RateReductionOtherTemporaryPoints : P.IntraProvinceRateReductionOtherTemporaryPoints;
                    Consider(new Basis(f, policy.Get(points), policy[points], null));
                }
            }

            var exempt = intra && policy.Get(P.IntraProvinceFilingExempt);
            if (exempt)
            {
                found.Add(new RawFinding(FindingCodes.FilingExemptIntraProvince, scope));
            }

            // The emergency basis counts for every emergency visit, filed or not (the best basis wins).
            Basis? emergency = null;
            if (!exempt && e.Setting == CareSetting.Emergency && policy.Get(P.EmergencyDeemedFiled))
            {
                var reduction = policy[cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints];
                emergency = new Basis(null, (int)reduction.Value!, reduction, policy[P.EmergencyDeemedFiled]);
                Consider(emergency);
                if (!covered)
                {
                    found.Add(new RawFinding(FindingCodes.EmergencyDeemedFiled, scope, emergency));
                }
            }

            if (!exempt && best is { ReductionPoints: > 0 })
            {
                found.Add(new RawFinding(FindingCodes.TemporaryRateReduction, scope, best));
            }

            if (!covered && !exempt && emergency is null)
            {
                // The gap, and the last day filing now still helps: the discharge while admitted, else the insured region's window.
                var admitted = visit.IsStay && policy.Get(P.RetroactiveFilingBeforeDischarge) && (e.DischargeDate is null || asOf <= e.DischargeDate.Value.Date);
                var window = policy.Get(P.RetroactiveFilingWindowMonths);
                var windowEnd = (e.DischargeDate ?? e.Date).Date.AddMonths(window ?? 0);
                DateTime? deadline = admitted ? e.DischargeDate?.Date ?? DateTime.MaxValue.Date : window > 0 && asOf <= windowEnd ? windowEnd : null;
                var gap = new Gap(visit, deadline, admitted, !admitted && asOf >= until && window is null);

                var forRegion = false;
                var activeForRegion = false;
                foreach (var f in c.Filings)
                {
                    if (ForTreatment(f))
                    {
                        forRegion = true;
                        activeForRegion |= f.Status == FilingStatus.Active;
                    }
                }

                var wrong = false;
                var startsLate = false;
                foreach (var f in c.Filings)
                {
                    var forTreatment = ForTreatment(f);
                    if (forTreatment && f.Status == FilingStatus.Active)
                    {
                        if (End(f) is { } end && end < date)
                        {
                            found.Add(new RawFinding(FindingCodes.FilingExpired, visit, f));
                        }
                        else if (f.ValidFrom.Date > until)
                        {
                            found.Add(new RawFinding(FindingCodes.FilingNotYetValid, gap, f));
                            startsLate = true;
                        }
                    }
                    else if (forTreatment && !activeForRegion && f.Status == FilingStatus.Cancelled)
                    {
                        found.Add(new RawFinding(FindingCodes.FilingCancelled, visit, f));
                    }
                    else if (!forRegion && f.Status == FilingStatus.Active && !insured.Contains(f.DestinationRegion))
                    {
                        found.Add(new RawFinding(FindingCodes.FilingWrongRegion, visit, f));
                        wrong = true;
                    }
                }

                if (!forRegion && !wrong)
                {
                    found.Add(new RawFinding(FindingCodes.FilingMissing, visit));
                }

                if (!startsLate && gap.Deadline is not null)
                {
                    found.Add(new RawFinding(FindingCodes.FilingRetroactiveAvailable, gap));
                }

                if (gap.WindowUnknown)
                {
                    found.Add(new RawFinding(FindingCodes.FilingRetroactiveAsk, visit));
                }
            }
        }
        else
        {
            foreach (var f in c.Filings)
            {
                if (f.Status == FilingStatus.Active && f.IsLongTerm && !insured.Contains(f.DestinationRegion) && Valid(f))
                {
                    if (policy.Get(P.TwoWaySettlementForLongTermFilings))
                    {
                        found.Add(new RawFinding(FindingCodes.TwoWaySettlement, scope, f));
                    }
                    else if (f.Basis == FilingBasis.Commitment)
                    {
                        found.Add(new RawFinding(FindingCodes.HomeSettlementNeedsMaterials, scope, f));
                    }
                }
            }
        }

        // Cause 2: the hospital.
        var services = c.Hospital.CrossRegionServices;
        if (!local)
        {
            if (!services.IsNetworked)
            {
                found.Add(new RawFinding(FindingCodes.HospitalNotNetworked, scope, c.Hospital));
            }
            else
            {
                var open = e.Setting switch
                {
                    CareSetting.Inpatient => services.Inpatient,
                    CareSetting.GeneralOutpatient => services.GeneralOutpatient,
                    CareSetting.ChronicOutpatient => true,
                    _ => services.GeneralOutpatient,
                };
                if (!open)
                {
                    found.Add(new RawFinding(FindingCodes.HospitalServiceNotOpen, scope, c.Hospital));
                }

                if (chronic && !services.ChronicConditions.Contains(e.Condition!))
                {
                    found.Add(new RawFinding(FindingCodes.HospitalConditionNotOpen, scope, c.Hospital));
                }

                if (cross && services.IntraProvinceOnly)
                {
                    found.Add(new RawFinding(FindingCodes.HospitalIntraProvinceOnly, scope, c.Hospital));
                }
            }

            if (chronic)
            {
                // Designated hospitals: only where the selection is known; any valid qualification that allows this hospital will do.
                var known = false;
                var allowed = false;
                foreach (var q in c.Qualifications)
                {
                    if (q.Condition == e.Condition && q.ValidFrom.Date <= date && (q.ValidUntil is null || date <= q.ValidUntil.Value.Date))
                    {
                        known |= q.DesignatedHospitals is not null;
                        allowed |= q.DesignatedHospitals is null || q.DesignatedHospitals.Contains(c.Hospital.Id);
                    }
                }

                if (known && !allowed)
                {
                    found.Add(new RawFinding(FindingCodes.HospitalNotSelected, scope, c.Hospital));
                }
            }
        }

        // Cause 3: coverage.
        if (chronic)
        {
            var qualified = false;
            foreach (var q in c.Qualifications)
            {
                qualified |= q.Condition == e.Condition && q.ValidFrom.Date <= date && (q.ValidUntil is null || date <= q.ValidUntil.Value.Date);
            }

            if (!qualified)
            {
                found.Add(new RawFinding(FindingCodes.QualificationMissing, visit));
            }

            if (cross && !visit.TreatmentPolicy.Get(P.CrossProvinceChronicConditions).Contains(e.Condition!))
            {
                found.Add(new RawFinding(FindingCodes.ConditionNotCrossProvince, scope));
            }
        }
        else if (cross && e.Setting == CareSetting.GeneralOutpatient && e.Condition is { } condition
            && !visit.TreatmentPolicy.Get(P.CrossProvinceChronicConditions).Contains(condition))
        {
            // A qualified condition outside the list must not be settled as general outpatient care.
            foreach (var q in c.Qualifications)
            {
                if (q.Condition == condition && q.ValidFrom.Date <= date && (q.ValidUntil is null || date <= q.ValidUntil.Value.Date))
                {
                    found.Add(new RawFinding(FindingCodes.ConditionNotCrossProvince, scope));
                    break;
                }
            }
        }

        var outside = 0;
        foreach (var item in e.Items)
        {
            outside += item.InCatalog ? 0 : 1;
        }

        if (outside > 0)
        {
            found.Add(new RawFinding(FindingCodes.ItemsOutsideCatalog, visit));
        }

        // Cause 4: the account.
        var account = c.Person;
        if (account.Contribution.Status == ContributionStatus.Lapsed)
        {
            found.Add(new RawFinding(FindingCodes.ContributionLapsed, account, visit));
        }

        if (account.Contribution.Status == ContributionStatus.WaitingPeriod && (account.Contribution.BenefitsResumeOn is not { } resume || date < resume.Date))
        {
            found.Add(new RawFinding(FindingCodes.WaitingPeriod, account, visit));
        }

        if (!account.IdentityVerified)
        {
            found.Add(new RawFinding(FindingCodes.IdentityMismatch, account, visit));
        }

        if (account.Card != CardStatus.Valid)
        {
            found.Add(new RawFinding(account.EVoucherActivated ? FindingCodes.UseEVoucher : FindingCodes.CardUnusable, account));
        }

        if (!local && account.Scheme != InsuranceScheme.Resident && policy.Get(P.PersonalAccountPermissionRequired) && !account.PersonalAccountPaymentEnabled)
        {
            found.Add(new RawFinding(FindingCodes.PersonalAccountNotEnabled, account, scope));
        }

        return (visit, found);
    }
}
