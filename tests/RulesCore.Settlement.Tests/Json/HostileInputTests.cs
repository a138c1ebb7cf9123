using RulesCore.Testing;
using System.Text;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// The doors around the reader and the evaluator: options, ids and codes with control characters, byte order marks,
/// one date range and one set of text limits for every door, amounts whose sign is lost in rounding, bounded reading of
/// streams, and policy packs (size, strings, empty parameters).
/// </summary>
public class HostileInputTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    private static string Sample(string name) => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", name));

    private static string Valid => Sample("settles-directly-long-term-resident.json");

    private static IReadOnlyList<InputError> Errors(string json)
    {
        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(json), out var c, out var errors));
        Assert.Null(c);
        Assert.NotEmpty(errors);
        return errors;
    }

    [Theory]
    [InlineData(nameof(SettlementJsonOptions.MaxDocumentBytes), 0)]
    [InlineData(nameof(SettlementJsonOptions.MaxDocumentBytes), -1)]
    [InlineData(nameof(SettlementJsonOptions.MaxDepth), 0)]
    [InlineData(nameof(SettlementJsonOptions.MaxDepth), -5)]
    [InlineData(nameof(SettlementJsonOptions.MaxCollection), 0)]
    [InlineData(nameof(SettlementJsonOptions.MaxStringLength), -1)]
    [InlineData(nameof(SettlementJsonOptions.MaxErrors), 0)]
    [InlineData(nameof(SettlementJsonOptions.MaxErrors), int.MinValue)]
    public void Options_OutOfRange_ThrowWhenSet_NamingTheOption(string option, int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => option switch
        {
            nameof(SettlementJsonOptions.MaxDocumentBytes) => new SettlementJsonOptions { MaxDocumentBytes = value },
            nameof(SettlementJsonOptions.MaxDepth) => new SettlementJsonOptions { MaxDepth = value },
            nameof(SettlementJsonOptions.MaxCollection) => new SettlementJsonOptions { MaxCollection = value },
            nameof(SettlementJsonOptions.MaxStringLength) => new SettlementJsonOptions { MaxStringLength = value },
            _ => new SettlementJsonOptions { MaxErrors = value },
        });

        Assert.Equal(option, e.ParamName);
    }

    [Fact]
    public void Options_SmallestLimits_StillRejectGarbageWithAnError()
    {
        var options = new SettlementJsonOptions { MaxErrors = 1, MaxDepth = 1, MaxCollection = 1, MaxStringLength = 1, MaxDocumentBytes = 1 };

        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes("{{{"), out var c, out var errors, options));
        Assert.Null(c);
        Assert.Single(errors);
        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes("[[[1]]]"), out _, out var deep, options with { MaxDocumentBytes = 100 }));
        Assert.Contains("nesting is limited to 1", deep[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    [InlineData("\uFEFF")]
    public void AnEmptyDocument_SaysItIsEmpty(string text)
    {
        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(text), out _, out var errors));

        Assert.Equal(("$", InputErrorCodes.InvalidJson, "The document is empty: a case is a JSON object."), (errors.Single().Path, errors.Single().Code, errors.Single().Message));
    }

    [Theory]
    [InlineData("\"id\": \"F1\"", "\"id\": \"F1\\u001b[2J\"", "filings[0].id")]
    [InlineData("\"id\": \"H1\"", "\"id\": \"\\u001b[32;1mDIRECT\\u001b[0m\"", "hospital.id")]
    [InlineData("\"code\": \"A01\"", "\"code\": \"A01\\r\"", "encounter.items[0].code")]
    [InlineData("\"code\": \"A01\"", "\"code\": \"A\\u202eB\"", "encounter.items[0].code")]
    [InlineData("\"code\": \"A01\"", "\"code\": \"A\\u009bB\"", "encounter.items[0].code")]
    public void ControlCharacterInAnIdOrCode_IsRejectedWithItsPath(string from, string to, string path)
    {
        var errors = Errors(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Path == path && e.Code == InputErrorCodes.InvalidCharacter);
        Assert.DoesNotContain(errors, e => e.Message.Any(CaseLimits.IsControlCharacter));
    }

    [Fact]
    public void ControlCharacterInAnId_IsRejectedThroughTheCSharpApiToo()
    {
        var c = Cases.CrossProvinceOutpatient().Build();
        c = c with
        {
            Filings = new[] { c.Filings[0] with { Id = "F\u001b]0;x\u0007" } },
            Qualifications = new[] { new Qualification { Condition = Conditions.Diabetes, ValidFrom = Fixtures.D("2024-01-01"), DesignatedHospitals = new[] { "H\n1" } } },
        };

        var errors = Evaluator.Validate(c);

        Assert.Contains(errors, e => e.Path == "filings[0].id" && e.Code == InputErrorCodes.InvalidCharacter);
        Assert.Contains(errors, e => e.Path == "qualifications[0].designatedHospitals[0]" && e.Code == InputErrorCodes.InvalidCharacter);
    }

    [Fact]
    public void EmptyPropertyName_IsReportedWithAPathThatNamesIt()
    {
        var errors = Errors(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"\": 1, \"person\": { \"\": 2 },", StringComparison.Ordinal));

        Assert.All(errors, e => Assert.NotEqual(string.Empty, e.Path));
        Assert.Contains(errors, e => e.Path == "[\"\"]" && e.Code == InputErrorCodes.UnknownProperty);
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.True(SettlementJson.TryReadCase(bytes, out var c, out var errors), string.Join("; ", errors));
        Assert.Equal("F1", c!.Filings[0].Id);

        // One mark is skipped, as .NET's stream readers skip one; a second is not JSON.
        Assert.Equal(InputErrorCodes.InvalidJson, Assert.Single(Errors(Encoding.UTF8.GetString(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray()))).Code);
    }

    [Fact]
    public void AsOf_OneRangeForEveryDoor()
    {
        var c = Cases.CrossProvinceOutpatient().Build();

        Assert.Contains(Evaluator.Validate(c with { AsOf = new DateTime(1, 1, 1) }), e => e.Path == "asOf" && e.Code == InputErrorCodes.OutOfRange);
        Assert.Contains(Evaluator.Validate(c with { AsOf = new DateTime(3000, 1, 1) }), e => e.Path == "asOf");
        Assert.Contains(Errors(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"asOf\": \"9999-12-31\",", StringComparison.Ordinal)), e => e.Path == "asOf");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(c, new EvaluationOptions { AsOf = new DateTime(1, 1, 1) }));
        Assert.Equal("options", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.EvaluateMany(new[] { c }, new EvaluationOptions { AsOf = new DateTime(9999, 12, 31) }));
        Assert.Equal(Outcome.Direct, Evaluator.Evaluate(c, new EvaluationOptions { AsOf = CaseLimits.MaxDate }).Outcome);
        Assert.True(CaseLimits.IsInDateRange(CaseLimits.MinDate) && !CaseLimits.IsInDateRange(CaseLimits.MinDate.AddDays(-1)));
    }

    [Fact]
    public void FreeText_HasTheSameLimitThroughTheCSharpApiAsThroughJson()
    {
        var huge = new string('x', CaseLimits.MaxTextLength + 1);
        var c = Cases.CrossProvinceOutpatient().Build();
        c = c with
        {
            Person = c.Person with { Name = huge, IdNumber = huge },
            Hospital = c.Hospital with { Name = huge },
            Encounter = c.Encounter with { Items = new[] { new EncounterItem { Code = "A01", Description = huge, Amount = 1m, InCatalog = true } } },
        };

        var paths = Evaluator.Validate(c).Where(e => e.Code == InputErrorCodes.TooLarge).Select(e => e.Path).ToArray();

        Assert.Equal(new[] { "person.name", "person.idNumber", "hospital.name", "encounter.items[0].description" }, paths);
        Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(c));
        Assert.Contains(Errors(Valid.Replace("\"门诊诊查费\"", "\"" + huge + "\"", StringComparison.Ordinal)), e => e.Path == "encounter.items[0].description" && e.Code == InputErrorCodes.TooLarge);
        var atTheLimit = c with { Person = c.Person with { Name = huge.Substring(1), IdNumber = null }, Hospital = c.Hospital with { Name = null }, Encounter = Cases.CrossProvinceOutpatient().Build().Encounter };
        Assert.Empty(Evaluator.Validate(atTheLimit));
    }

    [Theory]
    [InlineData("-1e-30")]
    [InlineData("-0.00000000000000000000000000001")]
    [InlineData("-1E-400")]
    public void NegativeAmountThatRoundsToZero_IsRejected(string amount)
    {
        var errors = Errors(Valid.Replace("\"amount\": 25.0", "\"amount\": " + amount, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Path == "encounter.items[0].amount" && e.Code == InputErrorCodes.OutOfRange);
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.0e5")]
    [InlineData("1e-30")]
    public void ZeroWithASign_OrATinyPositiveAmount_IsAccepted(string amount)
    {
        Assert.True(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(Valid.Replace("\"amount\": 25.0", "\"amount\": " + amount, StringComparison.Ordinal)), out _, out var errors), string.Join("; ", errors));
    }

    [Fact]
    public void Stream_IsReadToAtMostOneByteOverTheLimit()
    {
        var endless = new CountingStream(long.MaxValue);

        Assert.False(SettlementJson.TryReadCase(endless, out var c, out var errors, new SettlementJsonOptions { MaxDocumentBytes = 1000 }));
        Assert.Null(c);
        Assert.Equal(InputErrorCodes.TooLarge, Assert.Single(errors).Code);
        Assert.Equal(1001, endless.Served);
        Assert.True(SettlementJson.TryReadCase(new MemoryStream(Encoding.UTF8.GetBytes(Valid)), out _, out _, null));
    }

    [Fact]
    public void PolicyPackStream_IsReadToAtMostOneByteOverTheLimit()
    {
        var endless = new CountingStream(64L * 1024 * 1024);

        var e = Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPack(endless, "endless"));

        Assert.Contains("larger than 1048576 bytes", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1024 * 1024 + 1, endless.Served);
    }

    private static string Pack(string name = "杭州市", string source = "s", string parameters = """{ "emergencyDeemedFiled": [ { "value": true, "source": "SOURCE", "confidence": "stated" } ] }""") =>
        $$"""{ "schemaVersion": 1, "region": "330100", "name": {{System.Text.Json.JsonSerializer.Serialize(name)}}, "parameters": {{parameters.Replace("SOURCE", source, StringComparison.Ordinal)}} }""";

    private static InvalidPolicyPackException RejectedPack(string json) =>
        Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPack(new MemoryStream(Encoding.UTF8.GetBytes(json)), "pack.json"));

    [Fact]
    public void PolicyPack_LongOrControlStrings_AreRejected()
    {
        Assert.NotNull(PolicyCatalog.ReadPack(new MemoryStream(Encoding.UTF8.GetBytes(Pack())), "pack.json"));
        Assert.Contains(RejectedPack(Pack(source: new string('s', 10 * 1024 * 1024 / 16))).Errors, e => e.Path == "parameters.emergencyDeemedFiled[0].source" && e.Code == InputErrorCodes.TooLarge && e.Message.Contains("At most 1024 characters", StringComparison.Ordinal));
        Assert.Contains(RejectedPack(Pack(source: "a\\u001b[2Jb")).Errors, e => e.Path == "parameters.emergencyDeemedFiled[0].source" && e.Code == InputErrorCodes.InvalidCharacter);
        Assert.Contains(RejectedPack(Pack(name: "杭州\u001b[2J")).Errors, e => e.Path == "name" && e.Code == InputErrorCodes.InvalidCharacter);
        Assert.Contains(RejectedPack(Pack(name: new string('n', 1025))).Errors, e => e.Path == "name" && e.Code == InputErrorCodes.TooLarge);
    }

    [Fact]
    public void ALongPropertyName_IsCutBetweenCharacters_NeverInsideASurrogatePair()
    {
        // 63 letters, then a character outside the BMP (two UTF-16 units): a cut at 64 units would keep half of it.
        var name = new string('a', 63) + "😀" + "tail";
        var shown = new string('a', 63) + "…";
        var entry = $$"""{ "{{name}}": 1, "id": "H1", "region": "420106", "crossRegionServices": { "inpatient": true, "generalOutpatient": true } }""";

        var caseErrors = Errors(Valid.Replace("\"schemaVersion\"", $"\"{name}\": 1, \"schemaVersion\"", StringComparison.Ordinal));
        var packErrors = RejectedPack(Pack(parameters: $$"""{ "{{name}}": 1 }""")).Errors;
        Assert.False(HospitalDirectory.TryReadJson(new MemoryStream(Encoding.UTF8.GetBytes("[" + entry + "]")), out _, out var directoryErrors));

        Assert.Contains(caseErrors, e => e.Path == shown && e.Code == InputErrorCodes.UnknownProperty);
        Assert.Contains(packErrors, e => e.Path == "parameters." + shown && e.Code == InputErrorCodes.UnknownProperty);
        Assert.Contains(directoryErrors, e => e.Path == "[0]." + shown && e.Code == InputErrorCodes.UnknownProperty);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(caseErrors.Concat(packErrors).Concat(directoryErrors), e => strict.GetBytes(e.Path + e.Message));
    }

    [Fact]
    public void PolicyPack_WithEmptyParameters_IsRejected()
    {
        var e = RejectedPack(Pack(parameters: "{}"));

        Assert.Contains(e.Errors, x => x.Path == "parameters" && x.Code == InputErrorCodes.Required && x.Message.Contains("replace the shipped pack", StringComparison.Ordinal));
    }

    [Fact]
    public void PolicyPack_ManyProblems_AreListedUpToAHundred()
    {
        var unknown = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"\"p{i}\": 1"));

        var e = RejectedPack(Pack(parameters: "{ " + unknown + " }"));

        Assert.Equal(101, e.Errors.Count);
        Assert.Contains("the rest are not listed", e.Errors[100].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyPack_WithByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Pack())).ToArray();

        Assert.Equal("杭州市", PolicyCatalog.ReadPack(new MemoryStream(bytes), "pack.json").Name);
    }

    /// <summary>A stream of spaces (up to a length) that counts what it served.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData("plain 文本", "plain 文本")]
    [InlineData("\u001B]0;owned\u0007", "\\u001B]0;owned\\u0007")]
    [InlineData("a\u202Eb\r\nc\u0085", "a\\u202Eb\\u000D\\u000Ac\\u0085")]
    [InlineData("\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C\u200B\u2028", "\\u2066\\u2067\\u2068\\u2069\\u202A\\u202B\\u202C\\u202D\\u200E\\u200F\\u061C\\u200B\\u2028")]
    [InlineData(null, "")]
    public void EscapeControlCharacters_WritesEachAsItsCodePoint_AndLeavesOtherTextAlone(string? text, string expected)
    {
        Assert.Equal(expected, CaseLimits.EscapeControlCharacters(text));
        Assert.DoesNotContain(CaseLimits.EscapeControlCharacters(text), CaseLimits.IsControlCharacter);
    }
}
