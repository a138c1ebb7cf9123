using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>The checks of a case's fields: ids, text, list sizes, regions, enum values, conditions and dates.</summary>
internal static class CaseFieldChecks
{
    /// <summary>Checks an id or code: present, not too long, no control character. Returns whether it is valid.</summary>
    internal static bool Id(string? id, string what, ValidationPath path, ref ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, $"The {what} is required.");
        }
        else if (id!.Length > CaseLimits.MaxIdLength)
        {
            errors.Add(path.ToString(), InputErrorCodes.TooLarge, $"The {what} is longer than {CaseLimits.MaxIdLength} characters.");
        }
        else if (CaseLimits.HasControlCharacter(id))
        {
            errors.Add(path.ToString(), InputErrorCodes.InvalidCharacter, $"The {what} contains a control character.");
        }
        else
        {
            return true;
        }

        return false;
    }

    /// <summary>Checks optional free text: not longer than <see cref="CaseLimits.MaxTextLength"/>.</summary>
    internal static void Text(string? text, ValidationPath path, ref ValidationErrors errors)
    {
        if (text is not null && text.Length > CaseLimits.MaxTextLength)
        {
            errors.Add(path.ToString(), InputErrorCodes.TooLarge, $"The text is longer than {CaseLimits.MaxTextLength} characters.");
        }
    }

    internal static bool Size(int count, int max, string path, ref ValidationErrors errors)
    {
        if (count <= max)
        {
            return false;
        }

        errors.Add(path, InputErrorCodes.TooLarge, $"At most {max} entries are accepted.");
        return true;
    }

    internal static bool Size(int count, int max, ValidationPath path, ref ValidationErrors errors) => count > max && Size(count, max, path.ToString(), ref errors);

    internal static void Region(RegionCode region, ValidationPath path, ref ValidationErrors errors)
    {
        if (!region.IsSpecified)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "A six-digit GB/T 2260 region code is required.");
        }
    }

    internal static void Enum<T>(T value, ValidationPath path, ref ValidationErrors errors) where T : struct, System.Enum
    {
        if (EqualityComparer<T>.Default.Equals(value, default))
        {
            // Every enum of the case starts at 1: 0 is a member that was never set.
            errors.Add(path.ToString(), InputErrorCodes.Required, $"A value is required: one of the values of {typeof(T).Name}.");
        }
        else if (!EnumValues<T>.IsDefined(value))
        {
            errors.Add(path.ToString(), InputErrorCodes.UnknownValue, $"Not one of the allowed values of {typeof(T).Name}.");
        }
    }

    internal static void Condition(string? condition, ValidationPath path, ref ValidationErrors errors)
    {
        if (condition is null)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "A condition identifier is required.");
        }
        else if (!CaseValidator.IsConditionIdentifier(condition))
        {
            errors.Add(path.ToString(), InputErrorCodes.InvalidCondition, "A condition is a lowerCamel identifier of letters and digits, e.g. hypertension.");
        }
    }

    internal static void OptionalDate(DateTime? date, ValidationPath path, ref ValidationErrors errors)
    {
        if (date is { } d && !CaseLimits.IsInDateRange(d))
        {
            errors.Add(path.ToString(), InputErrorCodes.OutOfRange, "A date between 1900-01-01 and 2999-12-31 is expected.");
        }
    }

    internal static void Range(DateTime from, DateTime? until, ValidationPath fromPath, ValidationPath untilPath, ref ValidationErrors errors)
    {
        if (from == default)
        {
            errors.Add(fromPath.ToString(), InputErrorCodes.Required, "A date is required.");
            return;
        }

        if (!CaseLimits.IsInDateRange(from))
        {
            errors.Add(fromPath.ToString(), InputErrorCodes.OutOfRange, "A date between 1900-01-01 and 2999-12-31 is expected.");
            return;
        }

        if (until is { } end && !CaseLimits.IsInDateRange(end))
        {
            errors.Add(untilPath.ToString(), InputErrorCodes.OutOfRange, "A date between 1900-01-01 and 2999-12-31 is expected.");
        }
        else if (until is { } last && last.Date < from.Date)
        {
            errors.Add(untilPath.ToString(), InputErrorCodes.DateBeforeStart, "The date is before the start of the range.");
        }
    }

    private static class EnumValues<T> where T : struct, System.Enum
    {
        private static readonly HashSet<T> Defined = new((T[])System.Enum.GetValues(typeof(T)));

        public static bool IsDefined(T value) => Defined.Contains(value);
    }
}
