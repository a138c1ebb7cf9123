using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The values an unknown fact is tried at: one representative of each kind of value the rules tell apart in the
/// visit's situation (for filings: covering long-term, covering temporary, none, expired, not yet valid, for another
/// region, cancelled; on a visit to the insured region itself: a long-term filing elsewhere made on commitment or on
/// materials). The first representative is the favourable one (the fact as a caller would hope it is).
/// </summary>
internal static class Completions
{
    /// <summary>A region no visit is in: where the "filed for another region" representative points.</summary>
    private static readonly RegionCode[] Elsewhere = { RegionCode.Parse("110100"), RegionCode.Parse("310100"), RegionCode.Parse("440100") };

    /// <summary>Sets one fact of a case to one representative value.</summary>
    public delegate SettlementCase Completion(SettlementCase @case);

    public static Completion[] Of(UnknownFact fact, SettlementCase @case, Visit visit) => fact.Kind switch
    {
        FactKind.Filings => Filings(visit),
        FactKind.Qualifications => Qualifications(visit),
        FactKind.DesignatedHospitals => Designated(fact.Index, @case.Hospital.Id),
        FactKind.Contribution => Contributions(visit),
        FactKind.IdentityVerified => Booleans(static (c, v) => c with { Person = c.Person with { IdentityVerified = v } }),
        FactKind.Card => Enum.GetValues(typeof(CardStatus)).Cast<CardStatus>().OrderBy(s => s == CardStatus.Valid ? 0 : 1)
            .Select(s => (Completion)(c => c with { Person = c.Person with { Card = s } })).ToArray(),
        FactKind.EVoucherActivated => Booleans(static (c, v) => c with { Person = c.Person with { EVoucherActivated = v } }),
        FactKind.PersonalAccountPaymentEnabled => Booleans(static (c, v) => c with { Person = c.Person with { PersonalAccountPaymentEnabled = v } }),
        FactKind.CrossRegionServices => Services(visit),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), "An item's catalogue membership is set with the others of its case at once (SetItems)."),
    };

    /// <summary>
    /// The representative at the other end of the lattice from the favourable one: what the fact is tried at, with the
    /// favourable one, once the search is past its budget.
    /// </summary>
    public static int Unfavourable(UnknownFact fact, Visit visit) => fact.Kind switch
    {
        FactKind.Filings => VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling) == VisitScope.Local ? 1 : 2,
        FactKind.Qualifications => visit.Encounter.Condition is null ? 0 : 1,
        FactKind.Card => 1,
        FactKind.Contribution => 1,
        FactKind.CrossRegionServices => 3,
        _ => 1,
    };

    /// <summary>How many representatives an item's catalogue membership has (in, out).</summary>
    public const int ItemValues = 2;

    /// <summary>Sets the catalogue membership of the unknown items at once: representative 0 is in, 1 out.</summary>
    public static SettlementCase SetItems(SettlementCase @case, IReadOnlyList<(int Index, int Representative)> items)
    {
        if (items.Count == 0)
        {
            return @case;
        }

        var list = @case.Encounter.Items.ToArray();
        foreach (var (index, representative) in items)
        {
            list[index] = list[index] with { InCatalog = representative == 0 };
        }

        return @case with { Encounter = @case.Encounter with { Items = list } };
    }

    private static Completion[] Booleans(Func<SettlementCase, bool, SettlementCase> set) =>
        new Completion[] { c => set(c, true), c => set(c, false) };

    private static Completion[] Filings(Visit visit)
    {
        var day = visit.Date;
        var treatment = visit.TreatmentPooling;
        Filing Make(string id, FilingReason reason, RegionCode to, DateTime from, DateTime? until, FilingStatus status = FilingStatus.Active, FilingBasis basis = FilingBasis.Materials) =>
            new() { Id = id, Reason = reason, DestinationRegion = to, ValidFrom = from, ValidUntil = until, Status = status, Basis = basis };
        Completion With(Filing? filing) => c => c with { Filings = filing is null ? Array.Empty<Filing>() : new[] { filing } };

        var elsewhere = Elsewhere.First(r => !r.IsSameProvince(visit.InsuredPooling) && !r.IsSameProvince(treatment));
        if (VisitScopeRule.ScopeOf(visit.InsuredPooling, treatment) == VisitScope.Local)
        {
            // At home only a long-term filing elsewhere changes anything: two-way settlement, and the materials it may need.
            return new[]
            {
                With(null),
                With(Make("assumed-long-term-elsewhere", FilingReason.LongTermResident, elsewhere, day.AddYears(-1), null, basis: FilingBasis.Commitment)),
                With(Make("assumed-long-term-elsewhere", FilingReason.LongTermResident, elsewhere, day.AddYears(-1), null)),
            };
        }

        return new[]
        {
            // Covering long-term (no reduction under the national caps) and covering as another temporary visit (the
            // largest reduction under them; a referral's or an emergency's lies between, so it is no bound).
            With(Make("assumed-long-term", FilingReason.LongTermResident, treatment, day.AddYears(-1), null)),
            With(Make("assumed-temporary", FilingReason.OtherTemporary, treatment, day, visit.Until)),
            With(null),
            With(Make("assumed-expired", FilingReason.OtherTemporary, treatment, day.AddYears(-1), day.AddDays(-1))),
            With(Make("assumed-not-yet-valid", FilingReason.OtherTemporary, treatment, visit.Until.AddDays(1), null)),
            With(Make("assumed-elsewhere", FilingReason.LongTermResident, elsewhere, day.AddYears(-1), null)),
            With(Make("assumed-cancelled", FilingReason.LongTermResident, treatment, day.AddYears(-1), null, FilingStatus.Cancelled)),
        };
    }

    private static Completion[] Qualifications(Visit visit)
    {
        Completion None = c => c with { Qualifications = Array.Empty<Qualification>() };
        if (visit.Encounter.Condition is not { } condition)
        {
            // No condition to be qualified for: no qualification is read.
            return new[] { None };
        }

        Completion With(IReadOnlyList<string>? designated) => c => c with
        {
            Qualifications = new[] { new Qualification { Condition = condition, ValidFrom = visit.Date.AddYears(-1), DesignatedHospitals = designated } },
        };

        return new[] { With(null), None, With(new[] { Other(visit.Hospital.Id) }) };
    }

    private static Completion[] Designated(int index, string hospital)
    {
        Completion With(string id) => c =>
        {
            var list = c.Qualifications.ToArray();
            list[index] = list[index] with { DesignatedHospitals = new[] { id } };
            return c with { Qualifications = list };
        };

        return new[] { With(hospital), With(Other(hospital)) };
    }

    private static string Other(string hospital) => hospital + "-other";

    private static Completion[] Contributions(Visit visit)
    {
        Completion With(ContributionStatus status) => c => c with { Person = c.Person with { Contribution = new Contribution { Status = status } } };
        return new[] { With(ContributionStatus.Active), With(ContributionStatus.Lapsed), With(ContributionStatus.WaitingPeriod) };
    }

    private static Completion[] Services(Visit visit)
    {
        var setting = visit.Encounter.Setting;
        var conditions = visit.Encounter.Condition is { } condition ? new[] { condition } : Array.Empty<string>();
        Completion With(bool inpatient, bool outpatient, IReadOnlyList<string> opened, bool intraProvinceOnly = false) => c => c with
        {
            Hospital = c.Hospital with { CrossRegionServices = new CrossRegionServices { Inpatient = inpatient, GeneralOutpatient = outpatient, ChronicConditions = opened, IntraProvinceOnly = intraProvinceOnly } },
        };

        // Networked, but not for this visit's kind of care.
        var notThis = setting switch
        {
            CareSetting.Inpatient => With(false, true, conditions),
            CareSetting.ChronicOutpatient => With(true, true, Array.Empty<string>()),
            _ => With(true, false, conditions),
        };
        return new[] { With(true, true, conditions), notThis, With(true, true, conditions, intraProvinceOnly: true), With(false, false, Array.Empty<string>()) };
    }
}
