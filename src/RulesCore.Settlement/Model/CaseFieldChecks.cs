using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>The checks of a case's fields: ids, text, list sizes, regions, enum values, conditions and dates.</summary>
internal static class CaseFieldChecks
{
    /// <summary>Checks an id or code: present, not too long, no control character. Returns whether it is valid.</summary>
    internal static bool Id(string? id, string whatChinese, string what, ValidationPath path, ref ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, $"缺少{whatChinese}。", $"The {what} is required.");
        }
        else if (id!.Length > CaseLimits.MaxIdLength)
        {
            errors.Add(path.ToString(), InputErrorCodes.TooLarge, $"{Spaced(whatChinese)}超过 {CaseLimits.MaxIdLength} 个字符。", $"The {what} is longer than {CaseLimits.MaxIdLength} characters.");
        }
        else if (CaseLimits.HasControlCharacter(id))
        {
            errors.Add(path.ToString(), InputErrorCodes.InvalidCharacter, $"{Spaced(whatChinese)}含有控制字符。", $"The {what} contains a control character.");
        }
        else
        {
            return true;
        }

        return false;
    }

    /// <summary>A name followed by Chinese text: a space after a Latin letter (<c>备案 id 超过</c>), none after a Chinese character.</summary>
    private static string Spaced(string name) => name.Length > 0 && name[name.Length - 1] < 128 ? name + " " : name;

    /// <summary>Checks optional free text: not longer than <see cref="CaseLimits.MaxTextLength"/>.</summary>
    internal static void Text(string? text, ValidationPath path, ref ValidationErrors errors)
    {
        if (text is not null && text.Length > CaseLimits.MaxTextLength)
        {
            errors.Add(path.ToString(), InputErrorCodes.TooLarge, $"文本超过 {CaseLimits.MaxTextLength} 个字符。", $"The text is longer than {CaseLimits.MaxTextLength} characters.");
        }
    }

    internal static bool Size(int count, int max, string path, ref ValidationErrors errors)
    {
        if (count <= max)
        {
            return false;
        }

        errors.Add(path, InputErrorCodes.TooLarge, $"最多接受 {max} 个条目。", $"At most {max} entries are accepted.");
        return true;
    }

    internal static bool Size(int count, int max, ValidationPath path, ref ValidationErrors errors) => count > max && Size(count, max, path.ToString(), ref errors);

    internal static void Region(RegionCode region, ValidationPath path, ref ValidationErrors errors)
    {
        if (!region.IsSpecified)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "缺少六位 GB/T 2260 行政区划代码。", "A six-digit GB/T 2260 region code is required.");
        }
    }

    internal static void Enum<T>(T value, ValidationPath path, ref ValidationErrors errors) where T : struct, System.Enum
    {
        if (EqualityComparer<T>.Default.Equals(value, default))
        {
            // Every enum of the case starts at 1: 0 is a member that was never set.
            errors.Add(path.ToString(), InputErrorCodes.Required, $"缺少取值：应为 {typeof(T).Name} 的取值之一。", $"A value is required: one of the values of {typeof(T).Name}.");
        }
        else if (!EnumValues<T>.IsDefined(value))
        {
            errors.Add(path.ToString(), InputErrorCodes.UnknownValue, $"不是 {typeof(T).Name} 的允许取值之一。", $"Not one of the allowed values of {typeof(T).Name}.");
        }
    }

    internal static void Condition(string? condition, ValidationPath path, ref ValidationErrors errors)
    {
        if (condition is null)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "缺少病种标识。", "A condition identifier is required.");
        }
        else if (!CaseValidator.IsConditionIdentifier(condition))
        {
            errors.Add(path.ToString(), InputErrorCodes.InvalidCondition, "病种标识应为由字母和数字组成的小驼峰英文标识，例如 hypertension。", "A condition is a lowerCamel identifier of letters and digits, e.g. hypertension.");
        }
    }

    internal static void OptionalDate(DateTime? date, ValidationPath path, ref ValidationErrors errors)
    {
        if (date is { } d && !CaseLimits.IsInDateRange(d))
        {
            errors.Add(path.ToString(), InputErrorCodes.OutOfRange, "应为 1900-01-01 至 2999-12-31 之间的日期。", "A date between 1900-01-01 and 2999-12-31 is expected.");
        }
    }

    internal static void Range(DateTime from, DateTime? until, ValidationPath fromPath, ValidationPath untilPath, ref ValidationErrors errors)
    {
        if (from == default)
        {
            errors.Add(fromPath.ToString(), InputErrorCodes.Required, "缺少日期。", "A date is required.");
            return;
        }

        if (!CaseLimits.IsInDateRange(from))
        {
            errors.Add(fromPath.ToString(), InputErrorCodes.OutOfRange, "应为 1900-01-01 至 2999-12-31 之间的日期。", "A date between 1900-01-01 and 2999-12-31 is expected.");
            return;
        }

        if (until is { } end && !CaseLimits.IsInDateRange(end))
        {
            errors.Add(untilPath.ToString(), InputErrorCodes.OutOfRange, "应为 1900-01-01 至 2999-12-31 之间的日期。", "A date between 1900-01-01 and 2999-12-31 is expected.");
        }
        else if (until is { } last && last.Date < from.Date)
        {
            errors.Add(untilPath.ToString(), InputErrorCodes.DateBeforeStart, "这个日期早于期间的开始日期。", "The date is before the start of the range.");
        }
    }

    private static class EnumValues<T> where T : struct, System.Enum
    {
        private static readonly HashSet<T> Defined = new((T[])System.Enum.GetValues(typeof(T)));

        public static bool IsDefined(T value) => Defined.Contains(value);
    }
}
