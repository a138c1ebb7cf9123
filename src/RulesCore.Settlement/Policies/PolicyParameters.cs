using System.Globalization;
using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Policies;

/// <summary>Every policy parameter the rules read. Packs may set only these.</summary>
public static class PolicyParameters
{
    /// <summary>Default validity, in months, of a temporary filing whose end is not given (临时外出就医备案有效期).</summary>
    public static PolicyParameter<int> TemporaryFilingDefaultMonths { get; } =
        Int("temporaryFilingDefaultMonths", PolicyScope.InsuredRegion, "Default validity in months of a temporary filing without an end date.", 1, 120);

    /// <summary>Whether emergency care counts as filed (急诊抢救视同已备案).</summary>
    public static PolicyParameter<bool> EmergencyDeemedFiled { get; } =
        Bool("emergencyDeemedFiled", PolicyScope.InsuredRegion, "Emergency care counts as filed.");

    /// <summary>Whether an inpatient who files before discharge settles directly (出院前补办备案).</summary>
    public static PolicyParameter<bool> RetroactiveFilingBeforeDischarge { get; } =
        Bool("retroactiveFilingBeforeDischarge", PolicyScope.InsuredRegion, "An inpatient who files before discharge settles directly.");

    /// <summary>Months after the visit (or discharge) within which a retroactive filing is still accepted (补办备案时限); 0 for none, <see langword="null"/> where the region's window is unknown.</summary>
    public static PolicyParameter<int?> RetroactiveFilingWindowMonths { get; } =
        OptionalInt("retroactiveFilingWindowMonths", PolicyScope.InsuredRegion, "Months after the visit or discharge within which a retroactive filing is accepted (0: none; null: unknown).", 0, 120);

    /// <summary>Whether visits elsewhere in the insured province need no filing (省内免备案).</summary>
    public static PolicyParameter<bool> IntraProvinceFilingExempt { get; } =
        Bool("intraProvinceFilingExempt", PolicyScope.InsuredRegion, "Visits elsewhere in the insured province need no filing.");

    /// <summary>Reimbursement-ratio reduction, in percentage points, for referral and emergency visitors across provinces (national maximum 10).</summary>
    public static PolicyParameter<int> RateReductionReferralEmergencyPoints { get; } =
        Int("rateReductionReferralEmergencyPoints", PolicyScope.InsuredRegion, "Ratio reduction in percentage points for referral and emergency visitors across provinces.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for other temporary visitors across provinces (national maximum 20).</summary>
    public static PolicyParameter<int> RateReductionOtherTemporaryPoints { get; } =
        Int("rateReductionOtherTemporaryPoints", PolicyScope.InsuredRegion, "Ratio reduction in percentage points for other temporary visitors across provinces.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for long-term filings.</summary>
    public static PolicyParameter<int> RateReductionLongTermPoints { get; } =
        Int("rateReductionLongTermPoints", PolicyScope.InsuredRegion, "Ratio reduction in percentage points for long-term residents.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for referral and emergency visitors inside the insured province (the province's own rule).</summary>
    public static PolicyParameter<int> IntraProvinceRateReductionReferralEmergencyPoints { get; } =
        Int("intraProvinceRateReductionReferralEmergencyPoints", PolicyScope.InsuredRegion, "Ratio reduction in percentage points for referral and emergency visitors inside the insured province.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for other temporary visitors inside the insured province (the province's own rule).</summary>
    public static PolicyParameter<int> IntraProvinceRateReductionOtherTemporaryPoints { get; } =
        Int("intraProvinceRateReductionOtherTemporaryPoints", PolicyScope.InsuredRegion, "Ratio reduction in percentage points for other temporary visitors inside the insured province.", 0, 100);

    /// <summary>Whether long-term filers settle directly both at the destination and at home (双向结算).</summary>
    public static PolicyParameter<bool> TwoWaySettlementForLongTermFilings { get; } =
        Bool("twoWaySettlementForLongTermFilings", PolicyScope.InsuredRegion, "Long-term filers settle directly both at the destination and in the insured region.");

    /// <summary>Whether resident-worker filings stay valid as long as the person is insured (工作类备案与参保状态挂钩).</summary>
    public static PolicyParameter<bool> ResidentWorkerFilingValidWhileInsured { get; } =
        Bool("residentWorkerFilingValidWhileInsured", PolicyScope.InsuredRegion, "Resident-worker filings stay valid while the person is insured, whatever their end date.");

    /// <summary>Whether direct settlement needs the personal-account payment permission switched on (个人账户支付权限).</summary>
    public static PolicyParameter<bool> PersonalAccountPermissionRequired { get; } =
        Bool("personalAccountPermissionRequired", PolicyScope.InsuredRegion, "Direct settlement elsewhere needs the personal-account payment permission.");

    /// <summary>The chronic conditions settled directly across provinces (跨省直接结算门慢特病种).</summary>
    public static PolicyParameter<IReadOnlyList<string>> CrossProvinceChronicConditions { get; } =
        new("crossProvinceChronicConditions", PolicyScope.TreatmentRegion, "Chronic conditions settled directly across provinces.", ReadConditions, v => string.Join(", ", v));

    /// <summary>Whether a filing that names only a province (e.g. 330000) covers a cross-province visit anywhere in it (省级备案).</summary>
    public static PolicyParameter<bool> ProvinceLevelFilingAccepted { get; } =
        Bool("provinceLevelFilingAccepted", PolicyScope.InsuredRegion, "A filing naming only a province covers a cross-province visit anywhere in that province.");

    /// <summary>
    /// The level at which a region pools (统筹层次): a city, the whole province, or each county-level division. Set in the
    /// pack of the region it describes (the pooling-region table: municipalities and 海南 pool at province level,
    /// county-level cities directly under a province pool on their own).
    /// </summary>
    public static PolicyParameter<PoolingLevel> PoolingLevel { get; } =
        new("poolingLevel", PolicyScope.Region, "The level at which the region pools: city, province or county.", ReadPoolingLevel, v => v.ToString().ToLowerInvariant());

    /// <summary>
    /// Months after its start before a long-term filing can be changed or cancelled (长期备案变更时限);
    /// <see langword="null"/> where the insured region's rule is unknown.
    /// </summary>
    public static PolicyParameter<int?> LongTermFilingChangeLockMonths { get; } =
        OptionalInt("longTermFilingChangeLockMonths", PolicyScope.InsuredRegion, "Months after its start before a long-term filing can be changed or cancelled (null: unknown).", 0, 120);

    /// <summary>Gets every parameter, in a stable order.</summary>
    public static IReadOnlyList<PolicyParameter> All { get; } = new PolicyParameter[]
    {
        TemporaryFilingDefaultMonths, EmergencyDeemedFiled, RetroactiveFilingBeforeDischarge, RetroactiveFilingWindowMonths,
        IntraProvinceFilingExempt, RateReductionReferralEmergencyPoints, RateReductionOtherTemporaryPoints, RateReductionLongTermPoints,
        IntraProvinceRateReductionReferralEmergencyPoints, IntraProvinceRateReductionOtherTemporaryPoints,
        TwoWaySettlementForLongTermFilings, ResidentWorkerFilingValidWhileInsured, PersonalAccountPermissionRequired, CrossProvinceChronicConditions,
        ProvinceLevelFilingAccepted, PoolingLevel, LongTermFilingChangeLockMonths,
    };

    /// <summary>Finds a parameter by its name.</summary>
    /// <param name="name">The name (ordinal, case-sensitive).</param>
    /// <returns>The parameter, or <see langword="null"/>.</returns>
    public static PolicyParameter? Find(string name)
    {
        foreach (var parameter in All)
        {
            if (string.Equals(parameter.Name, name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// Declares an integrator's integer parameter, for their own rules; give it a default with
    /// <see cref="SettlementOptions.AddParameter{T}"/> and set it per region in their packs.
    /// </summary>
    /// <param name="name">The name used in packs: lowerCamel, not one of <see cref="All"/>.</param>
    /// <param name="scope">Whose policy it follows.</param>
    /// <param name="description">What it means, with its unit (e.g. "days").</param>
    /// <param name="min">The smallest value a pack may set.</param>
    /// <param name="max">The largest value a pack may set.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The name is not lowerCamel or is a shipped parameter's, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    public static PolicyParameter<int> Integer(string name, PolicyScope scope, string description, int min, int max) =>
        max >= min ? Int(CheckDeclared(name), scope, description ?? string.Empty, min, max) : throw new ArgumentOutOfRangeException(nameof(max), "max is below min.");

    /// <summary>Declares an integrator's true/false parameter, for their own rules.</summary>
    /// <param name="name">The name used in packs: lowerCamel, not one of <see cref="All"/>.</param>
    /// <param name="scope">Whose policy it follows.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The name is not lowerCamel or is a shipped parameter's.</exception>
    public static PolicyParameter<bool> Boolean(string name, PolicyScope scope, string description) =>
        Bool(CheckDeclared(name), scope, description ?? string.Empty);

    private static string CheckDeclared(string name) =>
        name is not null && CaseValidator.IsConditionIdentifier(name) && Find(name) is null
            ? name
            : throw new ArgumentException("A parameter name is lowerCamel and not a shipped parameter's name.", nameof(name));

    private static PolicyParameter<int> Int(string name, PolicyScope scope, string description, int min, int max) =>
        new(name, scope, description, e =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v)
                ? v >= min && v <= max ? (v, null) : (0, Problem(InputErrorCodes.OutOfRange, $"An integer between {min} and {max} is expected."))
                : (0, Problem(InputErrorCodes.WrongType, $"An integer between {min} and {max} is expected.")),
            v => v.ToString(CultureInfo.InvariantCulture));

    private static PolicyParameter<int?> OptionalInt(string name, PolicyScope scope, string description, int min, int max) =>
        new(name, scope, description, e =>
            e.ValueKind == JsonValueKind.Null ? (null, null)
            : e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v >= min && v <= max ? (v, null)
            : (null, Problem(e.ValueKind == JsonValueKind.Number ? InputErrorCodes.OutOfRange : InputErrorCodes.WrongType, $"An integer between {min} and {max}, or null (unknown), is expected.")),
            v => v is { } value ? value.ToString(CultureInfo.InvariantCulture) : "null");

    private static PolicyParameter<bool> Bool(string name, PolicyScope scope, string description) =>
        new(name, scope, description, e =>
            e.ValueKind is JsonValueKind.True or JsonValueKind.False ? (e.GetBoolean(), null) : (false, Problem(InputErrorCodes.WrongType, "true or false is expected here.")),
            v => v ? "true" : "false");

    private static (PoolingLevel Value, InputError? Error) ReadPoolingLevel(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() switch
        {
            "city" => (Policies.PoolingLevel.City, null),
            "province" => (Policies.PoolingLevel.Province, null),
            "county" => (Policies.PoolingLevel.County, null),
            _ => (default, Problem(InputErrorCodes.UnknownValue, PoolingLevels)),
        }
        : (default, Problem(InputErrorCodes.WrongType, PoolingLevels));

    private const string PoolingLevels = "One of city, province, county is expected.";

    private static (IReadOnlyList<string>? Value, InputError? Error) ReadConditions(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            return (null, Problem(InputErrorCodes.WrongType, "An array of condition identifiers is expected."));
        }

        var list = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !CaseValidator.IsConditionIdentifier(item.GetString()))
            {
                return (null, Problem(InputErrorCodes.InvalidCondition, "Only lowerCamel condition identifiers are accepted."));
            }

            list.Add(item.GetString()!);
        }

        return (list, null);
    }

    /// <summary>A problem with a value; the pack reader adds the path.</summary>
    private static InputError Problem(string code, string message) => new(string.Empty, code, message);
}
