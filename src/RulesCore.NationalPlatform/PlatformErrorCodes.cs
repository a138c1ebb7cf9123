namespace RulesCore.NationalPlatform;

/// <summary>
/// The codes of the errors only platform messages have; every other problem has a code of
/// <see cref="Settlement.Errors.InputErrorCodes"/> (<c>REQUIRED</c>, <c>UNKNOWN_VALUE</c>, <c>INVALID_DATE</c>…).
/// </summary>
public static class PlatformErrorCodes
{
    /// <summary>The platform answered with an error (<c>infcode</c> not 0); the message quotes its <c>err_msg</c>, long digit runs masked.</summary>
    public const string PlatformError = "PLATFORM_ERROR";

    /// <summary>Two basic insurance rows (310 or 390) are active: which one the visit is settled under cannot be told.</summary>
    public const string AmbiguousInsurance = "AMBIGUOUS_INSURANCE";

    /// <summary>The registration's <c>insutype</c> names a basic scheme the person query returned no row of.</summary>
    public const string NoMatchingInsurance = "NO_MATCHING_INSURANCE";

    /// <summary>A discharge (2402) was given for a visit that is not an inpatient stay.</summary>
    public const string NotInpatient = "NOT_INPATIENT";
}
