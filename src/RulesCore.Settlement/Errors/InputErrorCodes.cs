using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Errors;

/// <summary>The codes of <see cref="InputError"/>, for cases and policy packs alike.</summary>
public static class InputErrorCodes
{
    /// <summary>A required part is missing.</summary>
    public const string Required = "REQUIRED";

    /// <summary>A region code is missing or not a GB/T 2260 code (or, in a policy pack, not of a province or city).</summary>
    public const string InvalidRegion = "INVALID_REGION";

    /// <summary>An enumerated value is not one of the allowed values.</summary>
    public const string UnknownValue = "UNKNOWN_VALUE";

    /// <summary>A range ends before it starts.</summary>
    public const string DateBeforeStart = "DATE_BEFORE_START";

    /// <summary>A chronic outpatient visit names no condition.</summary>
    public const string ConditionRequired = "CONDITION_REQUIRED";

    /// <summary>A condition is not a lowerCamel identifier.</summary>
    public const string InvalidCondition = "INVALID_CONDITION";

    /// <summary>Two filings share an id, two hospitals of a directory share an id, or two policy packs are for one region.</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>A number is out of its range (e.g. a negative amount).</summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A collection, text or document is larger than accepted.</summary>
    public const string TooLarge = "TOO_LARGE";

    /// <summary>The document is not well-formed JSON (or not UTF-8).</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A CSV document is not well-formed (RFC 4180: an unclosed quote, a quote inside an unquoted field, a row with the wrong number of fields) or not UTF-8.</summary>
    public const string InvalidCsv = "INVALID_CSV";

    /// <summary>A property (or a CSV column) the contract does not define (a typo must not be silently ignored).</summary>
    public const string UnknownProperty = "UNKNOWN_PROPERTY";

    /// <summary>A property appears twice in one object (or a column twice in a CSV header).</summary>
    public const string DuplicateProperty = "DUPLICATE_PROPERTY";

    /// <summary>A value has the wrong JSON type (e.g. a number where a string belongs).</summary>
    public const string WrongType = "WRONG_TYPE";

    /// <summary>A date is not a real calendar date in the form yyyy-MM-dd.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>The document's schemaVersion is not one this reader understands.</summary>
    public const string UnsupportedSchemaVersion = "UNSUPPORTED_SCHEMA_VERSION";

    /// <summary>An id or code contains a control character (see <see cref="CaseLimits.IsControlCharacter"/>).</summary>
    public const string InvalidCharacter = "INVALID_CHARACTER";

    /// <summary>In a policy pack, two entries of one parameter are in force on the same day.</summary>
    public const string OverlappingRange = "OVERLAPPING_RANGE";

    /// <summary>The national policy pack leaves a parameter unset or a day without a value.</summary>
    public const string NotCovered = "NOT_COVERED";

    /// <summary>A file cannot be read (missing, not permitted, a directory).</summary>
    public const string UnreadableFile = "UNREADABLE_FILE";

    /// <summary>A member listed in a case's <c>unknownFacts</c> is also given (in C#: holds other than its default).</summary>
    public const string UnknownFactGiven = "UNKNOWN_FACT_GIVEN";
}
