using System.Text;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests;

/// <summary>Marker values planted in every personal field never come out of anything RulesCore produces.</summary>
public class PersonalDataTests
{
    private const string NameMarker = "张三ZZNAMEMARKER";
    private const string IdMarker = "110101199001011234ZZIDMARKER";

    private static SettlementCase Plant(CaseBuilder builder) =>
        builder.With(c => c with { Person = c.Person with { Name = NameMarker, IdNumber = IdMarker } }).Build();

    public static TheoryData<string> Stories() => new()
    {
        "settles", "expired", "allFourCauses", "chronicUnqualified", "emergency", "home",
    };

    private static SettlementCase Story(string name) => Plant(name switch
    {
        "settles" => RulesCore.Testing.Cases.CrossProvinceOutpatient(),
        "expired" => RulesCore.Testing.Cases.CrossProvinceOutpatient().WithExpiredFiling().AsInpatient(),
        "allFourCauses" => RulesCore.Testing.Cases.CrossProvinceOutpatient().WithExpiredFiling().AtHospitalNotNetworked().WithAllItemsOutsideCatalog().WithLapsedContributions().WithUnusableCard().WithIdentityMismatch(),
        "chronicUnqualified" => RulesCore.Testing.Cases.CrossProvinceOutpatient().WithoutQualification().WithConditionOutsideTheList(),
        "emergency" => RulesCore.Testing.Cases.CrossProvinceOutpatient().WithoutFiling().AsEmergency(),
        _ => RulesCore.Testing.Cases.CrossProvinceOutpatient().BackHomeWithCommitmentOnlyFiling(),
    });

    private static void Clean(string output)
    {
        Assert.DoesNotContain("ZZNAMEMARKER", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ZZIDMARKER", output, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", output, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199001011234", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Decisions_TracesAndDescriptions_NeverContainPersonalData(string story)
    {
        var c = Story(story);
        foreach (var language in new[] { Languages.Chinese, Languages.English })
        {
            var decision = Fixtures.Evaluator.Evaluate(c, new EvaluationOptions { Language = language });
            Clean(SettlementJson.WriteDecision(decision));
            Clean(System.Text.Json.JsonSerializer.Serialize(decision));
            Clean(string.Join("|", decision.Trace.SelectMany(t => t.Facts.Append(t.Rule))));
            Clean(SettlementAssert.Describe(decision));
            Clean(decision.ToString());
        }
    }

    [Fact]
    public void CaseToString_RedactsPersonalFields()
    {
        var c = Story("settles");

        Clean(c.ToString());
        Clean(c.Person.ToString());
        Assert.Contains("Name = [redacted]", c.Person.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationErrorsAndExceptions_NeverContainPersonalData()
    {
        var c = Story("settles") with { Encounter = null! };

        var e = Assert.Throws<InvalidCaseException>(() => Fixtures.Evaluator.Evaluate(c));

        Clean(e.Message);
        Clean(e.ToString());
        Clean(SettlementJson.WriteErrors(e.Errors));
    }

    [Fact]
    public void JsonReadingErrors_NeverContainPersonalData()
    {
        var json = SettlementJson.WriteCase(Story("settles"))
            .Replace("\"insuredRegion\": \"430100\"", "\"insuredRegion\": \"" + IdMarker + "\"", StringComparison.Ordinal)
            .Replace("\"scheme\": \"employee\"", "\"scheme\": \"" + NameMarker + "\"", StringComparison.Ordinal);
        Assert.Contains(NameMarker, json, StringComparison.Ordinal);

        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(json), out _, out var errors));

        Assert.Equal(2, errors.Count);
        Clean(SettlementJson.WriteErrors(errors));
    }

    [Fact]
    public void PersonalFields_RoundTripInTheCaseDocumentOnly()
    {
        var c = Story("settles");
        var json = SettlementJson.WriteCase(c);

        var read = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json), null);

        Assert.Equal(NameMarker, read.Person.Name);
        Assert.Equal(IdMarker, read.Person.IdNumber);
    }
}
