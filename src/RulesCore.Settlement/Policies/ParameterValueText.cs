using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>
/// A parameter value's problem as the parameter's reader words it (in English), in both languages with the same details:
/// the range of an integer, the allowed values and the nearest one to a misspelt value.
/// </summary>
internal static class ParameterValueText
{
    private static readonly Regex Integer = new(@"^An integer between (-?\d+) and (-?\d+)(, or null \(unknown\),)? is expected\.$", RegexOptions.CultureInvariant);

    private static readonly Regex OneOf = new(@"^One of ([A-Za-z0-9]+(?:, [A-Za-z0-9]+)*) is expected\.$", RegexOptions.CultureInvariant);

    public static InputError Localized(InputError error, JsonElement value)
    {
        var english = error.Message;
        if (Integer.Match(english) is { Success: true } integer)
        {
            var orNull = integer.Groups[3].Success ? "，或 null（未知）" : string.Empty;
            return new InputError(error.Path, error.Code, new LocalizedText(
                string.Format(CultureInfo.InvariantCulture, "应为 {0} 到 {1} 之间的整数{2}。", integer.Groups[1].Value, integer.Groups[2].Value, orNull), english));
        }

        if (OneOf.Match(english) is { Success: true } oneOf)
        {
            var allowed = oneOf.Groups[1].Value.Split(new[] { ", " }, StringSplitOptions.None);
            var nearest = value.ValueKind == JsonValueKind.String && error.Code == InputErrorCodes.UnknownValue
                ? Spelling.DidYouMean(value.GetString()!, allowed)
                : new LocalizedText(string.Empty, string.Empty);
            return new InputError(error.Path, error.Code, new LocalizedText(
                "应为以下取值之一：" + string.Join("、", allowed) + "。" + nearest.Chinese, english + nearest.English));
        }

        var chinese = english switch
        {
            "true or false is expected here." => "这里应为 true 或 false。",
            "An array of condition identifiers is expected." => "应为由病种标识组成的数组。",
            "Only lowerCamel condition identifiers are accepted." => "只接受小驼峰英文病种标识，例如 hypertension。",
            _ => null,
        };
        return chinese is null ? error : new InputError(error.Path, error.Code, new LocalizedText(chinese, english));
    }
}
