using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using P = RulesCore.Settlement.Policies.PolicyParameters;

namespace RulesCore.Benchmarks.Floor;

/// <summary>
/// The floor: the same logic as the settlement rules, as straight-line C# with no engine, no messages and no trace.
/// It returns only the outcome and the finding codes — what a hand-rolled HIS check would compute.
/// </summary>
public static class HandWrittenSettlement
{
    public static (Outcome Outcome, List<string> Codes) Decide(SettlementCase c, PolicyCatalog policies)
    {
        var codes = new List<string>(8);
        var caps = Outcome.Direct;
        void Add(string code, Outcome? cap)
        {
            codes.Add(code);
            if (cap is { } o && o > caps)
            {
                caps = o;
            }
        }

        var e = c.Encounter;
        var date = e.Date.Date;
        var asOf = (c.AsOf ?? date).Date;
        var policy = policies.Resolve(c.Person.InsuredRegion, date);
        var insured = policy.PoolingRegion;
        var treated = policies.Resolve(c.Hospital.Region, date).PoolingRegion;
        var local = insured == treated;
        var cross = !local && !insured.IsSameProvince(treated);
        var intra = !local && !cross;
        var chronic = e.Setting == CareSetting.ChronicOutpatient;

        DateTime? End(Filing f) =>
            f.Reason == FilingReason.ResidentWorker && policy.Get(P.ResidentWorkerFilingValidWhileInsured) ? null
            : f.ValidUntil is { } u ? u.Date
            : f.IsLongTerm ? null
            : f.ValidFrom.Date.AddMonths(policy.Get(P.TemporaryFilingDefaultMonths)).AddDays(-1);
        var provinceFilings = cross && policy.Get(P.ProvinceLevelFilingAccepted);
        bool ForTreatment(Filing f) => treated.Contains(f.DestinationRegion) || (provinceFilings && f.DestinationRegion.IsProvince && f.DestinationRegion.IsSameProvince(treated));
        bool Valid(Filing f) => f.ValidFrom.Date <= date && (End(f) is not { } end || date <= end);

        // A stay is judged on its span: admission to discharge (or to the as-of day while still admitted).
        var until = e.Setting != CareSetting.Inpatient ? date : e.DischargeDate?.Date ?? (asOf > date ? asOf : date);
        bool Covers(Filing f) => f.ValidFrom.Date <= until && (End(f) is not { } end || date <= end);

        // Cause 1: the filing.
        if (!local)
        {
            var best = int.MaxValue;
            var covered = false;
            foreach (var f in c.Filings)
            {
                if (f.Status == FilingStatus.Active && ForTreatment(f) && Covers(f))
                {
                    covered = true;
                    var points = f.IsLongTerm ? policy.Get(P.RateReductionLongTermPoints)
                        : f.Reason is FilingReason.Referral or FilingReason.Emergency
                            ? policy.Get(cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints)
                        : policy.Get(cross ? P.RateReductionOtherTemporaryPoints : P.IntraProvinceRateReductionOtherTemporaryPoints);
                    best = Math.Min(best, points);
                }
            }

            var exempt = intra && policy.Get(P.IntraProvinceFilingExempt);
            if (exempt)
            {
                Add(FindingCodes.FilingExemptIntraProvince, null);
            }

            // The emergency basis counts for every emergency visit, filed or not (the best basis wins).
            var emergencyBasis = !exempt && e.Setting == CareSetting.Emergency && policy.Get(P.EmergencyDeemedFiled);
            var emergency = emergencyBasis && !covered;
            if (emergencyBasis)
            {
                best = Math.Min(best, policy.Get(cross ? P.RateReductionReferralEmergencyPoints : P.IntraProvinceRateReductionReferralEmergencyPoints));
            }

            if (emergency)
            {
                Add(FindingCodes.EmergencyDeemedFiled, null);
            }

            if (!exempt && best != int.MaxValue && best > 0)
            {
                Add(FindingCodes.TemporaryRateReduction, Outcome.DirectReducedRate);
            }

            if (!covered && !exempt && !emergency)
            {
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
                            Add(FindingCodes.FilingExpired, Outcome.PayThenClaim);
                        }

                        if (f.ValidFrom.Date > until)
                        {
                            Add(FindingCodes.FilingNotYetValid, Outcome.PayThenClaim);
                            startsLate = true;
                        }
                    }
                    else if (forTreatment && !activeForRegion)
                    {
                        Add(FindingCodes.FilingCancelled, Outcome.PayThenClaim);
                    }
                    else if (!forRegion && f.Status == FilingStatus.Active && !forTreatment && !insured.Contains(f.DestinationRegion))
                    {
                        Add(FindingCodes.FilingWrongRegion, Outcome.PayThenClaim);
                        wrong = true;
                    }
                }

                if (!forRegion && !wrong)
                {
                    Add(FindingCodes.FilingMissing, Outcome.PayThenClaim);
                }

                var admitted = e.Setting == CareSetting.Inpatient && policy.Get(P.RetroactiveFilingBeforeDischarge) && (e.DischargeDate is null || asOf <= e.DischargeDate.Value.Date);
                var window = policy.Get(P.RetroactiveFilingWindowMonths);
                if (!startsLate && (admitted || (window > 0 && asOf <= (e.DischargeDate ?? e.Date).Date.AddMonths(window.Value))))
                {
                    Add(FindingCodes.FilingRetroactiveAvailable, null);
                }

                if (!startsLate && !admitted && window is null && asOf >= until)
                {
                    Add(FindingCodes.FilingRetroactiveAsk, null);
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
                        Add(FindingCodes.TwoWaySettlement, null);
                    }
                    else if (f.Basis == FilingBasis.Commitment)
                    {
                        Add(FindingCodes.HomeSettlementNeedsMaterials, Outcome.PayThenClaim);
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
                Add(FindingCodes.HospitalNotNetworked, Outcome.PayThenClaim);
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
                    Add(FindingCodes.HospitalServiceNotOpen, Outcome.PayThenClaim);
                }

                if (chronic && !services.ChronicConditions.Contains(e.Condition!))
                {
                    Add(FindingCodes.HospitalConditionNotOpen, Outcome.PayThenClaim);
                }

                if (cross && services.IntraProvinceOnly)
                {
                    Add(FindingCodes.HospitalIntraProvinceOnly, Outcome.PayThenClaim);
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
                    Add(FindingCodes.HospitalNotSelected, Outcome.PayThenClaim);
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
                Add(FindingCodes.QualificationMissing, Outcome.NotReimbursable);
            }

            if (cross && !policies.Resolve(c.Hospital.Region, date).Get(P.CrossProvinceChronicConditions).Contains(e.Condition!))
            {
                Add(FindingCodes.ConditionNotCrossProvince, Outcome.PayThenClaim);
            }
        }
        else if (cross && e.Setting == CareSetting.GeneralOutpatient && e.Condition is { } condition
            && !policies.Resolve(c.Hospital.Region, date).Get(P.CrossProvinceChronicConditions).Contains(condition))
        {
            // A qualified condition outside the list must not be settled as general outpatient care.
            foreach (var q in c.Qualifications)
            {
                if (q.Condition == condition && q.ValidFrom.Date <= date && (q.ValidUntil is null || date <= q.ValidUntil.Value.Date))
                {
                    Add(FindingCodes.ConditionNotCrossProvince, Outcome.PayThenClaim);
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
            Add(FindingCodes.ItemsOutsideCatalog, outside == e.Items.Count ? Outcome.NotReimbursable : null);
        }

        // Cause 4: the account.
        var account = c.Person;
        if (account.Contribution.Status == ContributionStatus.Lapsed)
        {
            Add(FindingCodes.ContributionLapsed, Outcome.NotReimbursable);
        }

        if (account.Contribution.Status == ContributionStatus.WaitingPeriod && (account.Contribution.BenefitsResumeOn is not { } resume || date < resume.Date))
        {
            Add(FindingCodes.WaitingPeriod, Outcome.NotReimbursable);
        }

        if (!account.IdentityVerified)
        {
            Add(FindingCodes.IdentityMismatch, Outcome.PayThenClaim);
        }

        if (account.Card != CardStatus.Valid)
        {
            Add(account.EVoucherActivated ? FindingCodes.UseEVoucher : FindingCodes.CardUnusable, account.EVoucherActivated ? null : Outcome.PayThenClaim);
        }

        if (!local && account.Scheme != InsuranceScheme.Resident && policy.Get(P.PersonalAccountPermissionRequired) && !account.PersonalAccountPaymentEnabled)
        {
            Add(FindingCodes.PersonalAccountNotEnabled, Outcome.PayThenClaim);
        }

        return (caps, codes);
    }
}
