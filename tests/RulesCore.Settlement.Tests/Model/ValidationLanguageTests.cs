using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;
using RulesCore.Testing;

namespace RulesCore.Settlement.Tests.Model;

/// <summary>A case built in C# is checked by the same validator, whose errors say the same in Chinese as in English.</summary>
public class ValidationLanguageTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    private static SettlementCase Valid => Cases.CrossProvinceOutpatient().WithExpiredFiling().Build();

    [Fact]
    public void AnIdThatIsMissingOrTooLong_IsNamedInBothLanguages()
    {
        var c = Valid;
        var missing = Assert.Single(Evaluator.Validate(c with { Filings = new[] { c.Filings[0] with { Id = " " } } }));
        var tooLong = Assert.Single(Evaluator.Validate(c with { Filings = new[] { c.Filings[0] with { Id = new string('x', 300) } } }));

        Assert.Equal(("filings[0].id", InputErrorCodes.Required, "缺少备案 id。", "The filing id is required."), (missing.Path, missing.Code, missing.Text.Chinese, missing.Message));
        Assert.Equal(("备案 id 超过 256 个字符。", "The filing id is longer than 256 characters."), (tooLong.Text.Chinese, tooLong.Message));
    }

    [Fact]
    public void AnEnumValueOutOfRange_AndABackwardsRange_AreNamedInBothLanguages()
    {
        var c = Valid;
        var errors = Evaluator.Validate(c with
        {
            Encounter = c.Encounter with { Setting = (CareSetting)42 },
            Filings = new[] { c.Filings[0] with { ValidUntil = c.Filings[0].ValidFrom.AddDays(-1) } },
        });

        var setting = Assert.Single(errors, e => e.Path == "encounter.setting");
        Assert.Equal(("不是 CareSetting 的允许取值之一。", "Not one of the allowed values of CareSetting."), (setting.Text.Chinese, setting.Message));
        var until = Assert.Single(errors, e => e.Path == "filings[0].validUntil");
        Assert.Equal("这个日期早于期间的开始日期。", until.Text.In(Languages.Chinese));
    }
}
