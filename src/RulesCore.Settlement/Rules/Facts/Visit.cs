using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The visit as the rules see it: the encounter with the regions, dates and the policy in force — prepared by the
/// evaluator from a validated case. Compared by reference. Where it happens relative to the insured region is the
/// derived fact <see cref="TreatmentScope"/>.
/// </summary>
public sealed class Visit : IFactReference
{
    private readonly PolicyCatalog _policies;

    /// <summary>
    /// The visit of a valid case (<see cref="SettlementEvaluator.Validate"/>) asked on a day, under a policy catalogue: the
    /// fact the evaluator inserts for the rules, with the policy in force for both regions resolved.
    /// </summary>
    /// <param name="case">The case; it must be valid.</param>
    /// <param name="asOf">The day the question is asked (its date is taken): the caller's, else the case's, else the visit day, as the evaluator takes it.</param>
    /// <param name="policies">The policy catalogue, e.g. <see cref="SettlementEvaluator.Policies"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> or <paramref name="policies"/> is <see langword="null"/>.</exception>
    public Visit(SettlementCase @case, DateTime asOf, PolicyCatalog policies)
    {
        if (@case is null || policies is null)
        {
            throw new ArgumentNullException(@case is null ? nameof(@case) : nameof(policies));
        }

        _policies = policies;
        Encounter = @case.Encounter;
        Account = @case.Person;
        Hospital = @case.Hospital;
        AsOf = asOf.Date;
        Until = Encounter.Setting != CareSetting.Inpatient ? Date
            : Encounter.DischargeDate is { } discharge ? discharge.Date
            : AsOf > Date ? AsOf
            : Date;
        InsuredPolicy = policies.Resolve(Account.InsuredRegion, Date);
        TreatmentPolicy = policies.Resolve(Hospital.Region, Date);
        InsuredPooling = InsuredPolicy.PoolingRegion;
        TreatmentPooling = TreatmentPolicy.PoolingRegion;
        ProvinceFilingsAccepted = !InsuredPooling.IsSameProvince(TreatmentPooling) && InsuredPolicy.Get(PolicyParameters.ProvinceLevelFilingAccepted);
    }

    /// <summary>Gets the encounter: setting, dates, condition, items.</summary>
    public Encounter Encounter { get; }

    /// <summary>Gets the insured person's account.</summary>
    public InsuranceAccount Account { get; }

    /// <summary>Gets the hospital and the services it opened.</summary>
    public Hospital Hospital { get; }

    /// <summary>Gets the visit day; for an inpatient stay, the admission day.</summary>
    public DateTime Date => Encounter.Date.Date;

    /// <summary>
    /// Gets the last day of the visit: the visit day itself, except for an inpatient stay — the discharge day (planned,
    /// if asked before it), else the as-of day while still admitted, else (asked before admission) the admission day.
    /// </summary>
    public DateTime Until { get; }

    /// <summary>Gets whether the visit is an inpatient stay, judged on the span from admission to <see cref="Until"/>.</summary>
    public bool IsStay => Encounter.Setting == CareSetting.Inpatient;

    /// <summary>Gets the day the question is asked (the case's as-of day, or the visit day).</summary>
    public DateTime AsOf { get; }

    /// <summary>Gets whether the question is asked before the visit day (advice is then what to do before going).</summary>
    internal bool AskedBefore => AsOf < Date;

    /// <summary>Gets the insured pooling region (参保统筹区), by the pooling-region table.</summary>
    public RegionCode InsuredPooling { get; }

    /// <summary>Gets the treatment pooling region (就医统筹区), by the pooling-region table.</summary>
    public RegionCode TreatmentPooling { get; }

    /// <summary>Gets whether it is a chronic-condition outpatient visit (门诊慢特病).</summary>
    public bool IsChronic => Encounter.Setting == CareSetting.ChronicOutpatient;

    /// <summary>The insured region's policy on the encounter date: filing and payment rules.</summary>
    public ResolvedPolicy InsuredPolicy { get; }

    /// <summary>The treatment region's policy on the encounter date: catalogue and hospital services.</summary>
    public ResolvedPolicy TreatmentPolicy { get; }

    string IFactReference.Reference => "encounter";

    /// <summary>The pooling region a region belongs to on the visit date (the pooling-region table is policy data).</summary>
    internal RegionCode PoolingOf(RegionCode region) => _policies.Resolve(region, Date).PoolingRegion;

    /// <summary>Whether a filing names the treatment pooling region (or a place in it).</summary>
    public bool IsForTreatmentRegion(Filing filing) =>
        TreatmentPooling.Contains(filing.DestinationRegion)
        || (ProvinceFilingsAccepted && filing.DestinationRegion.IsProvince && filing.DestinationRegion.IsSameProvince(TreatmentPooling));

    /// <summary>Gets whether a filing naming only the treatment province covers this (cross-province) visit, by the insured region's policy.</summary>
    internal bool ProvinceFilingsAccepted { get; }

    /// <summary>Whether a qualification is for the visit's condition and valid on the visit date.</summary>
    public bool IsQualifiedBy(Qualification qualification) =>
        qualification.Condition == Encounter.Condition && new DateRange(qualification.ValidFrom, qualification.ValidUntil).Contains(Date);

    /// <summary>Whether a filing names a pooling region other than the treatment and the insured ones.</summary>
    internal bool IsForAnotherRegion(Filing filing) =>
        !IsForTreatmentRegion(filing) && !IsForInsuredRegion(filing);

    /// <summary>Whether a filing names the insured pooling region (or a place in it).</summary>
    internal bool IsForInsuredRegion(Filing filing) => InsuredPooling.Contains(filing.DestinationRegion);

    /// <summary>
    /// The days a filing is valid under the insured region's policy: as registered; open-ended for long-term filings
    /// without an end; the default period for temporary ones without an end; open-ended for resident workers where the
    /// filing lasts while insured.
    /// </summary>
    public DateRange ValidityOf(Filing filing)
    {
        if (filing.Reason == FilingReason.ResidentWorker && InsuredPolicy.Get(PolicyParameters.ResidentWorkerFilingValidWhileInsured))
        {
            return new DateRange(filing.ValidFrom, null);
        }

        if (filing.ValidUntil is { } until)
        {
            return new DateRange(filing.ValidFrom, until);
        }

        return filing.IsLongTerm
            ? new DateRange(filing.ValidFrom, null)
            : new DateRange(filing.ValidFrom, filing.ValidFrom.Date.AddMonths(InsuredPolicy.Get(PolicyParameters.TemporaryFilingDefaultMonths)).AddDays(-1));
    }

    /// <summary>The policy value that decided a filing's validity, if policy played a part.</summary>
    internal PolicyValue? ValidityBasisOf(Filing filing) =>
        filing.Reason == FilingReason.ResidentWorker && InsuredPolicy.Get(PolicyParameters.ResidentWorkerFilingValidWhileInsured)
            ? InsuredPolicy[PolicyParameters.ResidentWorkerFilingValidWhileInsured]
            : filing.ValidUntil is null && !filing.IsLongTerm ? InsuredPolicy[PolicyParameters.TemporaryFilingDefaultMonths] : null;
}
