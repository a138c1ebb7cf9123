using System.Text;
using RulesCore.Settlement.Hospitals;
using static RulesCore.Settlement.Tests.Hospitals.DirectoryText;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Hospitals;

/// <summary>
/// The CSV directory reader on what a hand-written tokenizer got wrong: a header far wider than the directory's columns,
/// invalid UTF-8 (which row, which byte), line endings of a carriage return alone, and records longer than a record may be.
/// </summary>
public class DirectoryCsvLimitsTests
{
    private static readonly InputError WideHeader = new("row 1, column 10", InputErrorCodes.InvalidCsv,
        "The header has more than 9 fields: a hospital directory has 8 columns (id, name, region, level, inpatient, generalOutpatient, chronicConditions, intraProvinceOnly).");

    [Fact]
    public void AHeaderWiderThanTheColumnsAndOneMore_IsOneError()
    {
        Assert.Equal(WideHeader, Assert.Single(FromCsv(Header + ",beds,phone\nH1,,420106,,true,true,,,300,1\n").Errors));
        Assert.Equal(WideHeader, Assert.Single(FromCsv(new string(',', 20) + "\n").Errors));

        // Nine fields are judged one by one: the ninth is not a column.
        Assert.Equal(new InputError("row 1, column 9", InputErrorCodes.UnknownProperty, "Not a column of a hospital directory (known: id, name, region, level, inpatient, generalOutpatient, chronicConditions, intraProvinceOnly)."), Assert.Single(FromCsv(Header + ",beds\n").Errors));
    }

    [Fact]
    public void AHeaderOfCommasOnly_IsRefusedWithoutReadingItAll()
    {
        // 60 MB of commas took 14 s and 1.3 GB, and listed 100 unknown columns: reading stops within one record's length.
        var commas = new Endless((byte)',');

        Assert.False(HospitalDirectory.TryReadCsv(commas, out _, out var errors));

        Assert.Equal(WideHeader, Assert.Single(errors));
        Assert.InRange(commas.Consumed, 1, DirectoryCsvReader.MaxRecordLength + (64 * 1024));
    }

    [Fact]
    public void InvalidUtf8_NamesTheRowAndTheByte()
    {
        var csv = Encoding.UTF8.GetBytes(Header + "\nH1,,420106,,true,true,,\n\nH2,\"两行\n的名字\",420106,,true,true,,\nH3,AB,420106,,true,true,,\n");
        var at = Array.IndexOf(csv, (byte)'A');
        csv[at] = 0xC3;
        csv[at + 1] = 0x28; // not a continuation byte

        var error = Assert.Single(FromCsv(csv).Errors);

        Assert.Equal(new InputError("row 5", InputErrorCodes.InvalidCsv, $"The document is not valid UTF-8 from byte {at} on (bytes counted from 0)."), error);
        var afterByteOrderMark = error with { Message = error.Message.Replace($"byte {at}", $"byte {at + 3}", StringComparison.Ordinal) };
        Assert.Equal(afterByteOrderMark, Assert.Single(FromCsv(Encoding.UTF8.GetPreamble().Concat(csv).ToArray()).Errors));
    }

    public static TheoryData<string, byte[], string> BadBytes() => new()
    {
        { string.Empty, new byte[] { 0xFF }, "row 1" },
        { "id,", new byte[] { 0xC0, 0x80 }, "row 1" }, // an overlong form
        { Header + "\n", new byte[] { 0xED, 0xA0, 0x80 }, "row 2" }, // a surrogate
        { Header + "\r\n", new byte[] { 0xF5, 0x80, 0x80, 0x80 }, "row 2" }, // above U+10FFFF
        { Header + "\nH1,甲", new byte[] { 0xE4, 0xB8 }, "row 2" }, // cut at the end
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void InvalidUtf8_AnywhereInTheDocument_NamesTheRowAndTheFirstBadByte(string before, byte[] bad, string row)
    {
        var offset = Encoding.UTF8.GetByteCount(before);
        var csv = Encoding.UTF8.GetBytes(before).Concat(bad).ToArray();
        foreach (var seed in new[] { 0, 1, 2 })
        {
            Stream stream = seed == 0 ? new MemoryStream(csv) : new Trickle(csv, seed);
            Assert.False(HospitalDirectory.TryReadCsv(stream, out _, out var errors));
            Assert.Equal(new InputError(row, InputErrorCodes.InvalidCsv, $"The document is not valid UTF-8 from byte {offset} on (bytes counted from 0)."), Assert.Single(errors));
        }
    }

    [Fact]
    public void CarriageReturnLineEndings_AreOneError()
    {
        // Old Mac line endings: today's readers split lines at a CR alone, ours did not and listed 100 unknown columns.
        var mac = Header + "\rH1,,420106,,true,true,,\rH2,,420106,,true,true,,\r";
        var expected = new InputError("row 1", InputErrorCodes.InvalidCsv, "The line ends with a carriage return alone (CR, as on old Macs): a hospital directory's lines end with LF or CRLF, and a CR inside a field is quoted.");

        Assert.Equal(expected, Assert.Single(FromCsv(mac).Errors));
        Assert.Equal(expected with { Path = "row 3" }, Assert.Single(FromCsv(Header + "\nH1,,420106,,true,true,,\nH2,,420106,,true,true,,\rH3,,420106,,true,true,,\n").Errors));
        Assert.Equal(expected with { Path = "row 2" }, Assert.Single(FromCsv(Header + "\nH1,,420106,,true,true,,\r").Errors));
    }

    [Fact]
    public void ACarriageReturnInsideQuotes_IsText()
    {
        var (directory, errors) = FromCsv(Header + "\r\nH1,\"两行\r的名字\",420106,,true,true,,\r\n");

        Assert.Empty(errors);
        Assert.Equal("两行\r的名字", Assert.Single(directory!.Hospitals).Name);
    }

    [Fact]
    public void ARecordLongerThanARecordMayBe_StopsTheReadingAtItsRowAndField()
    {
        var tooLong = new string('x', DirectoryCsvReader.MaxRecordLength);
        var expected = new InputError("row 3, column 2", InputErrorCodes.TooLarge, $"The row is longer than {DirectoryCsvReader.MaxRecordLength} characters when this field is read: a quote is not closed, or a field is far too long.");

        Assert.Equal(new[] { ("row 2, column 3 (region)", InputErrorCodes.InvalidRegion), (expected.Path, expected.Code) }, FromCsv(Header + "\nH1,,4201,,true,true,,\nH2," + tooLong + ",420106,,true,true,,\nH3,,x,,true,true,,\n").Errors.Select(e => (e.Path, e.Code)));
        Assert.Equal(expected, FromCsv(Header + "\nH1,,420106,,true,true,,\nH2,\"" + tooLong).Errors.Last());

        // Every field of a row may reach the field limit.
        var wide = string.Join(",", Enumerable.Repeat("\"" + new string('x', DirectoryCsvReader.MaxFieldLength) + "\"", 8));
        var errors = FromCsv(Header + "\n" + wide + "\n").Errors;
        Assert.Equal(8, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("row 2, column ", e.Path, StringComparison.Ordinal));
    }
}
