namespace RulesCore.Cli.Tests;

/// <summary>Text measured as a terminal shows it, and wrapped to a width: what the tables and the help rely on.</summary>
public class ColumnsTests
{
    [Theory]
    [InlineData("长沙市（430100）", 16)]
    [InlineData("ＡＢ", 4)]
    [InlineData("🚑", 2)]
    [InlineData("⌚", 2)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("\u1100\u1161", 2)]
    [InlineData("👍🏽", 2)]
    [InlineData("— … ·", 5)]
    public void Width_CountsColumnsAsATerminalShowsThem(string text, int columns)
    {
        Assert.Equal(columns, Columns.Width(text));
    }

    [Fact]
    public void Wrap_BreaksChineseBetweenCharacters_NeverBeforeClosingPunctuation()
    {
        var lines = Columns.Wrap("参保地医保经办机构，备案（长期）", 10);

        Assert.All(lines, l => Assert.True(Columns.Width(l) <= 10, l));
        Assert.Equal("参保地医保经办机构，备案（长期）", string.Concat(lines));
        Assert.DoesNotContain(lines, l => l.StartsWith('，') || l.StartsWith('）'));
    }

    [Fact]
    public void WrapProse_NeverEndsALineInOpeningPunctuation()
    {
        var lines = Columns.WrapProse("一二三四五六七八九十一二三四（schemas/plan.schema.json）", 30);

        Assert.Equal(new[] { "一二三四五六七八九十一二三四", "（schemas/plan.schema.json）" }, lines);
        Assert.EndsWith("（", Columns.Wrap("一二三四五六七八九十一二三四（schemas/plan.schema.json）", 30)[0], StringComparison.Ordinal);
    }
}
