using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Errors;

/// <summary>The nearest known name to a misspelt one: near enough, unique, case-insensitive.</summary>
public class SpellingTests
{
    [Theory]
    [InlineData("evalute", "evaluate", new[] { "evaluate", "explain", "plan", "rules", "policy", "validate-policy", "hospitals" })]
    [InlineData("--fromat", "--format", new[] { "--format", "--lang", "--as-of", "--policy-pack", "--rules", "--ndjson", "--parallel", "--help" })]
    [InlineData("inpatinet", "inpatient", new[] { "inpatient", "generalOutpatient", "chronicOutpatient", "emergency" })]
    [InlineData("Inpatient", "inpatient", new[] { "inpatient", "generalOutpatient", "chronicOutpatient", "emergency" })]
    [InlineData("retroactiveFilingWindowMonth", "retroactiveFilingWindowMonths", new[] { "retroactiveFilingBeforeDischarge", "retroactiveFilingWindowMonths", "temporaryFilingDefaultMonths" })]
    [InlineData("dischargeDat", "dischargeDate", new[] { "setting", "date", "dischargeDate", "condition", "items" })]
    [InlineData("FILING_EXPRIED", "FILING_EXPIRED", new[] { "FILING_EXPIRED", "FILING_MISSING", "FILING_CANCELLED", "filing.expired" })]
    [InlineData("zh-cn", "zh-CN", new[] { "zh-CN", "en" })]
    public void AMisspeltName_GetsTheNearestKnownOne(string given, string expected, string[] known) =>
        Assert.Equal(expected, Spelling.Nearest(given, known));

    [Theory]
    [InlineData("stat", new[] { "stated", "national", "low" })] // two edits away: more than max(1, 4 / 3)
    [InlineData("frobnicate", new[] { "evaluate", "explain", "plan" })]
    [InlineData("ab", new[] { "ac", "ad" })] // two names equally near: neither
    [InlineData("", new[] { "a" })]
    [InlineData("x", new string[0])]
    public void ANameFarFromEveryKnownOne_OrEquallyNearTwo_GetsNone(string given, string[] known) =>
        Assert.Null(Spelling.Nearest(given, known));

    [Fact]
    public void AVeryLongName_GetsNone_AndCostsNothing()
    {
        var known = new[] { new string('a', 150) };
        Assert.Null(Spelling.Nearest(new string('a', 149), known));
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("evalute", "evaluate", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "abc", 0)]
    public void Distance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int distance) =>
        Assert.Equal(distance, Spelling.Distance(a, b));

    [Fact]
    public void DidYouMean_SaysItInBothLanguages_OrNothing()
    {
        var text = Spelling.DidYouMean("inpatinet", new[] { "inpatient", "emergency" });
        Assert.Equal(("是否应为 inpatient？", " Did you mean inpatient?"), (text.Chinese, text.English));

        var none = Spelling.DidYouMean("zzzzzzzz", new[] { "inpatient" });
        Assert.Equal((string.Empty, string.Empty), (none.Chinese, none.English));
    }
}
