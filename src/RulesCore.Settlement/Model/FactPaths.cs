using System.Globalization;

namespace RulesCore.Settlement.Model;

/// <summary>
/// The paths of the facts a case may list as unknown (<see cref="SettlementCase.UnknownFacts"/>): the same strings as
/// the case document's <c>unknownFacts</c>.
/// </summary>
public static class FactPaths
{
    /// <summary>The person's filings (备案): whether there are any, and which.</summary>
    public const string Filings = "filings";

    /// <summary>The person's chronic or special outpatient qualifications (门慢特资格).</summary>
    public const string Qualifications = "qualifications";

    /// <summary>Whether the social security card can be read.</summary>
    public const string Card = "person.card";

    /// <summary>Whether the medical insurance e-voucher is activated.</summary>
    public const string EVoucherActivated = "person.eVoucherActivated";

    /// <summary>Whether the person's identity matches the insurance registry.</summary>
    public const string IdentityVerified = "person.identityVerified";

    /// <summary>Whether personal-account payment is enabled for visits elsewhere.</summary>
    public const string PersonalAccountPaymentEnabled = "person.personalAccountPaymentEnabled";

    /// <summary>The contribution status (paid up, lapsed, in a waiting period).</summary>
    public const string Contribution = "person.contribution";

    /// <summary>The cross-region services the hospital has opened.</summary>
    public const string CrossRegionServices = "hospital.crossRegionServices";

    /// <summary>The designated hospitals of the qualification at <paramref name="index"/> in the case's list.</summary>
    public static string DesignatedHospitals(int index) => "qualifications[" + index.ToString(CultureInfo.InvariantCulture) + "].designatedHospitals";

    /// <summary>Whether the encounter item at <paramref name="index"/> is in the insurance catalogue.</summary>
    public static string ItemInCatalog(int index) => "encounter.items[" + index.ToString(CultureInfo.InvariantCulture) + "].inCatalog";
}
