using System.Globalization;
using System.Text;
using FsCheck.Fluent;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using Xunit.Abstractions;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing.Tests;

/// <summary>
/// <see cref="SettlementGenerators.ValidCases"/> reaches everything: a fixed sample (fixed seed, so the shares are the
/// same on every run) meets the floors its documentation states. Evaluating also validates: an invalid case throws.
/// Run with <c>--logger "console;verbosity=detailed"</c> to see the shares.
/// </summary>
public class ValidCasesReachTests(ITestOutputHelper output)
{
    private const int SampleSize = 4_000;
    private const ulong Seed = 20_250_310;
    private const double CodeFloor = 0.01;
    private const double DirectFloor = 0.20;
    private const double AsOfFloor = 0.05;
    private const double SchemeFloor = 0.05;

    private static readonly SettlementEvaluator Shipped = new();

    /// <summary>No shipped pack requires the personal-account permission; this one does, for 长沙 (430100).</summary>
    private static readonly SettlementEvaluator RequiringPersonalAccount = new(new SettlementOptions().AddPolicyPack(PolicyCatalog.ReadPack(
        new MemoryStream(Encoding.UTF8.GetBytes("""
            { "region": "430100", "name": "test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }
            """)), "test")));

    private static readonly EvaluationOptions Untraced = new() { IncludeTrace = false };

    private static readonly string[] EveryCode = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    [Fact]
    public void ValidCases_MeetTheirFloors()
    {
        var shares = Measure(SettlementGenerators.ValidCases().Sample(numberOfSamples: SampleSize, seed: new FsCheck.Rnd(Seed), size: 50));

        var failures = shares.Where(s => s.Share < s.Floor).Select(s => s.Name).ToArray();
        output.WriteLine(Report(shares));

        Assert.True(failures.Length == 0, $"Below the floor: {string.Join(", ", failures)}.\n{Report(shares)}");
    }

    [Fact]
    public void ValidCases_SameSeed_SameCases()
    {
        var first = SettlementGenerators.ValidCases().Sample(numberOfSamples: 20, seed: new FsCheck.Rnd(Seed), size: 50);
        var second = SettlementGenerators.ValidCases().Sample(numberOfSamples: 20, seed: new FsCheck.Rnd(Seed), size: 50);

        Assert.Equal(first.Select(Json), second.Select(Json));
    }

    [Fact]
    public void FloorCheck_FailsOnAGeneratorThatMissesFloors()
    {
        var shares = Measure(SettlementGenerators.SettlingCases().Sample(numberOfSamples: 200, seed: new FsCheck.Rnd(Seed), size: 50));

        Assert.Contains(shares, s => s.Name == FindingCodes.FilingMissing && s.Share < s.Floor);
        Assert.Contains(shares, s => s.Name == "asOf after" && s.Share < s.Floor);
        Assert.Contains(shares, s => s.Name == "scheme Resident" && s.Share < s.Floor);
    }

    private static List<(string Name, double Share, double Floor)> Measure(IReadOnlyCollection<SettlementCase> cases)
    {
        var withCode = EveryCode.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        int direct = 0, before = 0, on = 0, after = 0, none = 0;
        var schemes = Enum.GetValues<InsuranceScheme>().ToDictionary(s => s, _ => 0);
        foreach (var c in cases)
        {
            var decision = Shipped.Evaluate(c, Untraced);
            var codes = decision.Findings.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
            // Only a case with the permission off can raise it: the second evaluation is skipped for the others.
            if (!c.Person.PersonalAccountPaymentEnabled && RequiringPersonalAccount.Evaluate(c, Untraced).Findings.Any(f => f.Code == FindingCodes.PersonalAccountNotEnabled))
            {
                codes.Add(FindingCodes.PersonalAccountNotEnabled);
            }

            foreach (var code in codes.Where(withCode.ContainsKey))
            {
                withCode[code]++;
            }

            direct += decision.Outcome == Outcome.Direct ? 1 : 0;
            schemes[c.Person.Scheme]++;
            if (c.AsOf is not { } asOf)
            {
                none++;
            }
            else if (asOf.Date < c.Encounter.Date)
            {
                before++;
            }
            else if (asOf.Date == c.Encounter.Date)
            {
                on++;
            }
            else
            {
                after++;
            }
        }

        double Share(int n) => (double)n / cases.Count;
        var shares = new List<(string, double, double)> { ("outcome Direct", Share(direct), DirectFloor) };
        shares.AddRange(new[] { ("asOf before", before), ("asOf on", on), ("asOf after", after) }.Select(a => (a.Item1, Share(a.Item2), AsOfFloor)));
        shares.Add(("asOf null", Share(none), 0));
        shares.AddRange(schemes.Select(s => ("scheme " + s.Key, Share(s.Value), SchemeFloor)));
        shares.AddRange(withCode.Select(c => (c.Key, Share(c.Value), CodeFloor)));
        return shares;
    }

    private static string Report(IEnumerable<(string Name, double Share, double Floor)> shares) =>
        string.Join("\n", shares.Select(s => string.Format(CultureInfo.InvariantCulture, "  {0,-32} {1,6:P1}  (floor {2:P0}){3}", s.Name, s.Share, s.Floor, s.Share < s.Floor ? "  BELOW" : "")));

    private static string Json(SettlementCase c) => RulesCore.Settlement.Json.SettlementJson.WriteCase(c, indented: false);
}
