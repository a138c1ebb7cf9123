using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests.Errors;

/// <summary>An input error in both languages: Message stays the English, Text has both with the same details.</summary>
public class InputErrorTests
{
    [Fact]
    public void AnErrorWordedInBothLanguages_KeepsMessageAsItsEnglish()
    {
        var error = new InputError("encounter.setting", InputErrorCodes.UnknownValue, new LocalizedText("应为以下取值之一：a、b。", "One of a, b is expected."));

        Assert.Equal("One of a, b is expected.", error.Message);
        Assert.Equal("应为以下取值之一：a、b。", error.Text.In(Languages.Chinese));
        Assert.Equal("One of a, b is expected.", error.Text.In(Languages.English));
        Assert.Equal(error, new InputError("encounter.setting", InputErrorCodes.UnknownValue, new LocalizedText("应为以下取值之一：a、b。", "One of a, b is expected.")));
    }

    [Fact]
    public void AnErrorWordedInEnglishOnly_SaysInChineseWhatItsCodeMeans()
    {
        Assert.Equal("不是允许的取值。", new InputError("x", InputErrorCodes.UnknownValue, "One of a, b is expected.").Text.Chinese);
        Assert.Equal("无法读取文件。", new InputError("$", InputErrorCodes.UnreadableFile, "The file cannot be read.").Text.Chinese);

        // A code RulesCore does not define (an integrator's, a service's): its English is all there is.
        Assert.Equal("Every slot is taken.", new InputError("$", "BUSY", "Every slot is taken.").Text.Chinese);
    }

    [Fact]
    public void ReplacingTheMessage_ReplacesBothLanguages_AndChangingThePathKeepsThem()
    {
        var error = new InputError("a", InputErrorCodes.TooLarge, new LocalizedText("最多接受 5 个条目。", "At most 5 entries are accepted."));

        var moved = error with { Path = "b" };
        Assert.Equal("最多接受 5 个条目。", moved.Text.Chinese);

        var reworded = error with { Message = "Too many." };
        Assert.Equal(("超出大小或数量限制。", "Too many."), (reworded.Text.Chinese, reworded.Text.English));
    }

    [Fact]
    public void TwoErrors_AreTheSameProblem_WhenPathCodeAndEnglishAgree()
    {
        var bilingual = new InputError("$", InputErrorCodes.TooLarge, new LocalizedText("文档超过 5 字节。", "The document is larger than 5 bytes."));
        var english = new InputError("$", InputErrorCodes.TooLarge, "The document is larger than 5 bytes.");

        Assert.Equal(english, bilingual);
        Assert.Equal(english.GetHashCode(), bilingual.GetHashCode());
        Assert.NotEqual(english, english with { Path = "a" });
        Assert.Equal("InputError { Path = $, Code = TOO_LARGE, Message = The document is larger than 5 bytes. }", bilingual.ToString());
    }

    [Fact]
    public void NoText_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => new InputError("a", "B", (LocalizedText)null!));
}
