using System.Text.Json.Nodes;
using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>
/// Names, identity numbers, birth dates, employers, telephone numbers and addresses in the messages reach nothing the
/// package produces: not the case, its assumptions, the decision, a plan, a record's description, an error or an
/// exception — whether the messages are accepted or refused.
/// </summary>
public class PersonalDataTests
{
    private const string Name = "测试姓名甲乙";
    private const string IdNumber = "11010519491231002X";
    private const string Phone = "13912345678";
    private const string Address = "北京市朝阳区某某路88号";
    private const string Birthday = "1949-12-31";
    private const string Employer = "某某科技有限公司";
    private const string PersonNumber = "11000019491231002XAB";

    private static readonly string[] Planted = { Name, IdNumber, Phone, Address, Birthday, Employer, PersonNumber, IdNumber.Substring(0, 17), Phone.Substring(0, 9) };

    /// <summary>Every message of the chronic story, with personal data wherever a real message carries it, and more.</summary>
    private static JsonObject Set()
    {
        var person = Fixtures.SampleJson("1101-person.json");
        var baseinfo = (JsonObject)person["output"]!["baseinfo"]!;
        baseinfo["psn_name"] = Name;
        baseinfo["certno"] = IdNumber;
        baseinfo["brdy"] = Birthday;
        baseinfo["psn_no"] = PersonNumber;
        baseinfo["tel"] = Phone;
        baseinfo["addr"] = Address;
        foreach (var row in (JsonArray)person["output"]!["insuinfo"]!)
        {
            row!["emp_name"] = Employer;
        }

        var encounter = Fixtures.SampleJson("2201-encounter-chronic.json");
        var data = (JsonObject)encounter["input"]!["data"]!;
        data["psn_no"] = PersonNumber;
        data["mdtrt_cert_type"] = "02";
        data["mdtrt_cert_no"] = IdNumber;
        data["coner_name"] = Name;
        data["tel"] = Phone;
        data["dr_name"] = Name;
        data["addr"] = Address;

        var chronic = Fixtures.SampleJson("5301-chronic.json");
        chronic["output"]!["feedetail"]![0]!["psn_name"] = Name;
        var designations = Fixtures.SampleJson("5302-designations.json");
        designations["input"]!["data"]!["psn_no"] = PersonNumber;
        designations["output"]!["psnfixmedin"]![0]!["psn_no"] = PersonNumber;
        designations["output"]!["psnfixmedin"]![0]!["memo"] = Name + Phone;
        var fees = Fixtures.SampleJson("2204-fees.json");
        fees["output"]!["result"]![0]!["memo"] = Name + IdNumber;
        return new JsonObject
        {
            ["person"] = person,
            ["chronic"] = chronic,
            ["designations"] = new JsonArray(designations),
            ["encounter"] = encounter,
            ["fees"] = fees,
            ["hospital"] = Fixtures.SampleJson("hospital-wuhan.json"),
        };
    }

    private static void NoneIn(string output)
    {
        foreach (var value in Planted)
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }
    }

    private static string Everything(PlatformCase built)
    {
        var decision = Fixtures.Evaluator.Evaluate(built.Case);
        var english = Fixtures.Evaluator.Evaluate(built.Case, new EvaluationOptions { Language = Languages.English });
        var plan = Fixtures.Evaluator.Plan(built.Case, new EvaluationOptions { Language = Languages.English });
        return string.Join("\n", new[]
        {
            SettlementJson.WriteCase(built.Case), built.Case.ToString(), SettlementJson.WriteDecision(decision), SettlementJson.WriteDecision(english), SettlementJson.WritePlan(plan),
        }.Concat(built.Assumptions.SelectMany(a => new[] { a.Field, a.Code, a.Becomes, a.Text.Chinese, a.Text.English, a.ToString() })));
    }

    [Fact]
    public void AnAcceptedMessageSet_LeavesNoPersonalDataInTheCase_ItsAssumptions_TheDecision_OrAPlan()
    {
        Assert.True(PlatformJson.TryReadMessageSet(Fixtures.Bytes(Set()), out var messages, out var errors), string.Join("; ", errors));
        var built = Fixtures.Builder.Build(messages!);

        NoneIn(Everything(built));
        NoneIn(string.Join("\n", messages!.Person.Insurance.Select(r => r.ToString())) + messages + messages.Encounter + messages.Chronic + messages.Designations[0] + messages.Fees);
    }

    [Fact]
    public void TheSameMessagesAsFiles_LeaveNoPersonalDataEither()
    {
        var set = Set();
        var built = Fixtures.Build(new PlatformJsonMessages
        {
            Person = Fixtures.Bytes(set["person"]!),
            Chronic = Fixtures.Bytes(set["chronic"]!),
            Designations = new ReadOnlyMemory<byte>[] { Fixtures.Bytes(set["designations"]![0]!) },
            Encounter = Fixtures.Bytes(set["encounter"]!),
            Fees = Fixtures.Bytes(set["fees"]!),
            Hospital = Fixtures.Bytes(set["hospital"]!),
        });

        NoneIn(Everything(built));
    }

    public static TheoryData<string, string> Misplaced => new()
    {
        // Personal data where a code belongs: refused, and the refusal does not quote it.
        { "person.output.insuinfo[0].insutype", Name },
        { "person.output.insuinfo[0].psn_insu_stas", IdNumber },
        { "person.output.insuinfo[0].insuplc_admdvs", Phone },
        { "encounter.input.data.med_type", IdNumber },
        { "encounter.input.data.begntime", Birthday + "x" },
        { "encounter.input.data.dise_codg", Address },
        { "encounter.input.data.insutype", Phone },
        { "chronic.output.feedetail[0].opsp_dise_code", Name },
        { "chronic.output.feedetail[0].begndate", Address },
        { "fees.output.result[0].chrgitm_lv", Employer },
        { "fees.output.result[0].det_item_fee_sumamt", Phone + "x" },
        { "hospital.region", IdNumber },
    };

    [Theory]
    [MemberData(nameof(Misplaced))]
    public void PersonalDataWhereACodeBelongs_IsRefused_WithoutBeingQuoted(string path, string value)
    {
        var set = Set();
        JsonNode node = set;
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        foreach (var part in parts.Take(parts.Length - 1))
        {
            node = part.StartsWith('[') ? node[int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        node[parts[^1]] = value;
        var accepted = PlatformJson.TryReadMessageSet(Fixtures.Bytes(set), out var messages, out var errors) && Fixtures.Builder.TryBuild(messages!, out var built, out errors);

        Assert.False(accepted, path);
        Assert.Contains(errors, e => e.Path == path);
        NoneIn(string.Join("\n", errors.SelectMany(e => new[] { e.Path, e.Code, e.Message, e.Text.Chinese, e.ToString() })));
        NoneIn(SettlementJson.WriteErrors(errors) + SettlementJson.WriteErrors(errors, Languages.Chinese, indented: true));
        NoneIn(new InvalidPlatformMessageException(errors).Message);
    }

    [Fact]
    public void APlatformsErrorMessage_IsQuotedWithItsNumbersMasked()
    {
        var set = Set();
        set["person"] = new JsonObject { ["infcode"] = -1, ["err_msg"] = $"证件号码[{IdNumber}]、电话{Phone}、出生日期{Birthday}查无此人", ["output"] = new JsonObject() };

        Assert.False(PlatformJson.TryReadMessageSet(Fixtures.Bytes(set), out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(("person.infcode", PlatformErrorCodes.PlatformError), (error.Path, error.Code));
        Assert.Contains("查无此人", error.Message, StringComparison.Ordinal);
        NoneIn(error.Message.Replace(Birthday, string.Empty, StringComparison.Ordinal) + error.Text.Chinese.Replace(Birthday, string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(IdNumber.Substring(0, 6), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALocalConditionCode_IsNamedByItsCategory_NeverQuotedWhole()
    {
        var set = Set();
        set["chronic"]!["output"]!["feedetail"]![0]!["opsp_dise_code"] = "M1234567890";

        Assert.True(PlatformJson.TryReadMessageSet(Fixtures.Bytes(set), out var messages, out _));
        var built = Fixtures.Builder.Build(messages!);
        Assert.Equal("opspM123", built.Case.Qualifications[0].Condition);
        Assert.DoesNotContain(built.Assumptions, a => a.Code.Contains("4567", StringComparison.Ordinal) || a.Text.English.Contains("4567", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTypedRecords_HoldNoPersonalMember()
    {
        var members = new[] { typeof(PersonQuery), typeof(InsuranceRecord), typeof(EncounterRecord), typeof(ChronicRecord), typeof(DesignationQuery), typeof(DesignationRecord), typeof(DischargeRecord), typeof(FeeDetails), typeof(FeeItem) }
            .SelectMany(t => t.GetProperties().Select(p => p.Name.ToLowerInvariant()));

        Assert.DoesNotContain(members, m => m.Contains("name", StringComparison.Ordinal) || m.Contains("cert", StringComparison.Ordinal) && !m.Contains("credentialtype", StringComparison.Ordinal)
            || m.Contains("birth", StringComparison.Ordinal) || m.Contains("phone", StringComparison.Ordinal) || m.Contains("address", StringComparison.Ordinal) || m.Contains("employer", StringComparison.Ordinal) || m == "personnumber");
    }
}
