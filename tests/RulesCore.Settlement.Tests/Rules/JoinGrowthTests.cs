using NRules;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// The work of a decision grows with the case, not with pairs of its facts. NRules 1.0.4 has no hash joins: a join
/// between two collections that grow with the case (filings × filings, filings × facts derived per filing,
/// qualifications × items) evaluates its condition for every pair, and a join without a condition makes a tuple of
/// every pair. So every rule is run over a case with n and with 2n filings (qualifications, items) and the work is
/// counted — conditions NRules evaluated (<c>LhsExpressionEvaluatedEvent</c>) and facts and tuples its nodes took in
/// and passed on (its node metrics) — never timed: doubling the case may at most about double the work.
/// </summary>
public class JoinGrowthTests
{
    private const int N = 64;

    private static readonly RegionCode Datong = RegionCode.Parse("140200");
    private static readonly RegionCode Beijing = RegionCode.Parse("110000");

    private static Filing[] Many(int n, Func<int, Filing> filing) => Enumerable.Range(0, n).Select(filing).ToArray();

    private static string Id(int i) => "F" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each story scaled to a number of facts, and a finding code it must raise at every scale.</summary>
    public static TheoryData<string> Stories() => new(Scaled.Keys);

    private static readonly Dictionary<string, (Func<int, CaseBuilder> Case, string Raises)> Scaled = new(StringComparer.Ordinal)
    {
        // 大同 2025, back home with long-term commitment filings: two-way settlement (the dt1000 probe).
        ["two-way at home"] = (n => CrossProvinceOutpatient().InsuredIn(Datong).AtHospital(h => h with { Region = RegionCode.Parse("140213") }).On("2025-05-06")
            .WithFilings(Many(n, i => Filing(Id(i), FilingReason.LongTermResident, Beijing, "2024-06-01", basis: FilingBasis.Commitment))), FindingCodes.TwoWaySettlement),

        // The same visit before two-way settlement: every commitment filing needs materials.
        ["needs materials at home"] = (n => CrossProvinceOutpatient().InsuredIn(Datong).AtHospital(h => h with { Region = RegionCode.Parse("140213") }).On("2024-12-31")
            .WithFilings(Many(n, i => Filing(Id(i), FilingReason.LongTermResident, Beijing, "2024-06-01", basis: FilingBasis.Commitment))), FindingCodes.HomeSettlementNeedsMaterials),

        // 长沙 at home with long-term commitment filings to 武汉 (the ltc1000 probe).
        ["local with filings elsewhere"] = (n => LocalOutpatient()
            .WithFilings(Many(n, i => Filing(Id(i), FilingReason.LongTermResident, Wuhan, "2024-01-01", basis: FilingBasis.Commitment))), FindingCodes.HomeSettlementNeedsMaterials),

        // Across provinces, every filing covering the visit: the best basis among n.
        ["covering filings"] = (n => CrossProvinceOutpatient()
            .WithFilings(Many(n, i => Filing(Id(i), i % 2 == 0 ? FilingReason.OtherTemporary : FilingReason.Referral, Wuhan, "2025-01-01", "2025-06-30"))), FindingCodes.TemporaryRateReduction),

        // Emergency care with covering filings: deemed filed, and every filing a basis.
        ["emergency with filings"] = (n => CrossProvinceOutpatient().AsEmergency()
            .WithFilings(Many(n, i => Filing(Id(i), FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30"))), FindingCodes.TemporaryRateReduction),

        // Across provinces, no filing covers the visit: expired, not yet valid, cancelled, for another region.
        ["filing gap"] = (n => CrossProvinceOutpatient()
            .WithFilings(Many(n, i => (i % 4) switch
            {
                0 => Filing(Id(i), FilingReason.OtherTemporary, Wuhan, "2024-01-01", "2024-06-30"),
                1 => Filing(Id(i), FilingReason.OtherTemporary, Wuhan, "2025-09-01", "2025-12-31"),
                2 => Filing(Id(i), FilingReason.LongTermResident, Wuhan, "2024-01-01", status: FilingStatus.Cancelled),
                _ => Filing(Id(i), FilingReason.LongTermResident, RegionCode.Parse("440100"), "2024-01-01"),
            })), FindingCodes.FilingExpired),

        // A chronic visit with qualifications designating other hospitals, and items outside the catalogue.
        ["qualifications and items"] = (n => CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes)
            .With(c => c with
            {
                Qualifications = Enumerable.Range(0, n).Select(i => new Qualification { Condition = Conditions.Diabetes, ValidFrom = D("2020-01-01").AddDays(i), DesignatedHospitals = new[] { "H" + (i + 2) } }).ToArray(),
                Encounter = c.Encounter with { Items = Enumerable.Range(0, n).Select(i => Item("I" + i, inCatalog: i % 2 == 0)).ToArray() },
            }), FindingCodes.HospitalNotSelected),
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void DoublingTheCase_AtMostAboutDoublesTheWork(string story)
    {
        var (build, raises) = Scaled[story];
        var once = WorkOf(build(N).Build(), raises);
        var twice = WorkOf(build(2 * N).Build(), raises);

        Assert.True(twice.Conditions <= (2.5 * once.Conditions) + 100,
            $"{story}: {once.Conditions} conditions evaluated for {N}, {twice.Conditions} for {2 * N}: a join grows with pairs of facts");
        Assert.True(twice.Propagated <= (2.5 * once.Propagated) + 100,
            $"{story}: {once.Propagated} facts and tuples propagated for {N}, {twice.Propagated} for {2 * N}: a join grows with pairs of facts");
    }

    /// <summary>
    /// One session of every rule over the case, as the evaluator runs it (the full rule set, as a why-not does, so
    /// that no rule is left out), with the work counted.
    /// </summary>
    private static (long Conditions, long Propagated) WorkOf(SettlementCase c, string raises)
    {
        var visit = new Visit(c, c.Encounter.Date, Fixtures.Policies);
        var session = SettlementRuleSet.Default.Factory.CreateSession();
        var sink = new FindingSink();
        session.DependencyResolver = sink;
        long conditions = 0;
        session.Events.LhsExpressionEvaluatedEvent += (_, _) => conditions++;

        session.InsertAll(new object[] { visit, c.Person, c.Hospital }.Concat(c.Filings).Concat(c.Qualifications).Concat(c.Encounter.Items).ToArray());
        session.Fire();

        Assert.Contains(sink.Findings, f => f.Finding.Code == raises);
        var propagated = session.Metrics.GetAll().Sum(m => (long)m.InsertInputCount + m.InsertOutputCount + m.UpdateInputCount + m.UpdateOutputCount + m.RetractInputCount + m.RetractOutputCount);
        return (conditions, propagated);
    }
}
