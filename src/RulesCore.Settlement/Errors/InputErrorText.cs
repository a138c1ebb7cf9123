using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Errors;

/// <summary>Texts shared by the readers' errors, and the Chinese of an error worded in English only: what its code means.</summary>
internal static class InputErrorText
{
    /// <summary>The last error of a list that stops at <paramref name="max"/>.</summary>
    public static InputError TooMany(int max) =>
        new("$", InputErrorCodes.TooLarge, new LocalizedText($"问题超过 {max} 个，其余的没有列出。", $"More than {max} problems; the rest are not listed."));

    /// <summary>What <paramref name="code"/> means, in Chinese; for a code RulesCore does not define, the English message itself.</summary>
    public static string Chinese(string code, string english) => code switch
    {
        InputErrorCodes.Required => "缺少必填项。",
        InputErrorCodes.InvalidRegion => "不是有效的六位行政区划代码。",
        InputErrorCodes.UnknownValue => "不是允许的取值。",
        InputErrorCodes.DateBeforeStart => "结束日期早于开始日期。",
        InputErrorCodes.ConditionRequired => "门诊慢特病就诊需要填写病种。",
        InputErrorCodes.InvalidCondition => "病种标识无效（应为小驼峰英文标识）。",
        InputErrorCodes.DuplicateId => "标识重复。",
        InputErrorCodes.OutOfRange => "超出允许范围。",
        InputErrorCodes.TooLarge => "超出大小或数量限制。",
        InputErrorCodes.InvalidJson => "不是有效的 JSON。",
        InputErrorCodes.InvalidCsv => "不是有效的 CSV（RFC 4180，UTF-8）。",
        InputErrorCodes.UnknownProperty => "未知字段（可能拼写错误）。",
        InputErrorCodes.DuplicateProperty => "字段重复。",
        InputErrorCodes.WrongType => "类型不对。",
        InputErrorCodes.InvalidDate => "不是 yyyy-MM-dd 格式的有效日期。",
        InputErrorCodes.UnsupportedSchemaVersion => "不支持的 schemaVersion。",
        InputErrorCodes.InvalidCharacter => "含有控制字符。",
        InputErrorCodes.OverlappingRange => "生效期与同一参数的另一条目重叠。",
        InputErrorCodes.NotCovered => "全国政策包须为每个参数设定取值，并覆盖每一天。",
        InputErrorCodes.UnreadableFile => "无法读取文件。",
        InputErrorCodes.UnknownFactGiven => "已列为未知事实，不能同时给出。",
        _ => english,
    };
}
