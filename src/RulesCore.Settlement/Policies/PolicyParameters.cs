using System.Globalization;
using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Policies;

/// <summary>Every policy parameter the rules read. Packs may set only these.</summary>
public static class PolicyParameters
{
    /// <summary>Default validity, in months, of a temporary filing whose end is not given (临时外出就医备案有效期).</summary>
    public static PolicyParameter<int> TemporaryFilingDefaultMonths { get; } =
        Int("temporaryFilingDefaultMonths", new("临时备案默认有效期", "default validity of a temporary filing"), new("个月", "months"), PolicyScope.InsuredRegion, "Default validity in months of a temporary filing without an end date.", 1, 120);

    /// <summary>Whether emergency care counts as filed (急诊抢救视同已备案).</summary>
    public static PolicyParameter<bool> EmergencyDeemedFiled { get; } =
        Bool("emergencyDeemedFiled", new("急诊抢救视同已备案", "emergency care counts as filed"), PolicyScope.InsuredRegion, "Emergency care counts as filed.");

    /// <summary>Whether an inpatient who files before discharge settles directly (出院前补办备案).</summary>
    public static PolicyParameter<bool> RetroactiveFilingBeforeDischarge { get; } =
        Bool("retroactiveFilingBeforeDischarge", new("出院前补办备案可直接结算", "filing before discharge settles directly"), PolicyScope.InsuredRegion, "An inpatient who files before discharge settles directly.");

    /// <summary>Months after the visit (or discharge) within which a retroactive filing is still accepted (补办备案时限); 0 for none, <see langword="null"/> where the region's window is unknown.</summary>
    public static PolicyParameter<int?> RetroactiveFilingWindowMonths { get; } =
        OptionalInt("retroactiveFilingWindowMonths", new("就医后补办备案的时限", "time allowed to file after the visit"), new("个月", "months"), PolicyScope.InsuredRegion, "Months after the visit or discharge within which a retroactive filing is accepted (0: none; null: unknown).", 0, 120);

    /// <summary>Whether visits elsewhere in the insured province need no filing (省内免备案).</summary>
    public static PolicyParameter<bool> IntraProvinceFilingExempt { get; } =
        Bool("intraProvinceFilingExempt", new("省内异地就医免备案", "no filing needed inside the province"), PolicyScope.InsuredRegion, "Visits elsewhere in the insured province need no filing.");

    /// <summary>Reimbursement-ratio reduction, in percentage points, for referral and emergency visitors across provinces (national maximum 10).</summary>
    public static PolicyParameter<int> RateReductionReferralEmergencyPoints { get; } =
        Int("rateReductionReferralEmergencyPoints", new("跨省转诊和急诊抢救人员报销比例降低", "reduction for referral/emergency visitors across provinces"), new("个百分点", "percentage points"), PolicyScope.InsuredRegion, "Ratio reduction in percentage points for referral and emergency visitors across provinces.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for other temporary visitors across provinces (national maximum 20).</summary>
    public static PolicyParameter<int> RateReductionOtherTemporaryPoints { get; } =
        Int("rateReductionOtherTemporaryPoints", new("跨省其他临时外出就医人员报销比例降低", "reduction for other temporary visitors across provinces"), new("个百分点", "percentage points"), PolicyScope.InsuredRegion, "Ratio reduction in percentage points for other temporary visitors across provinces.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for long-term filings.</summary>
    public static PolicyParameter<int> RateReductionLongTermPoints { get; } =
        Int("rateReductionLongTermPoints", new("长期异地居住人员报销比例降低", "reduction for long-term residents"), new("个百分点", "percentage points"), PolicyScope.InsuredRegion, "Ratio reduction in percentage points for long-term residents.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for referral and emergency visitors inside the insured province (the province's own rule).</summary>
    public static PolicyParameter<int> IntraProvinceRateReductionReferralEmergencyPoints { get; } =
        Int("intraProvinceRateReductionReferralEmergencyPoints", new("省内转诊和急诊抢救人员报销比例降低", "reduction for referral/emergency visitors in the province"), new("个百分点", "percentage points"), PolicyScope.InsuredRegion, "Ratio reduction in percentage points for referral and emergency visitors inside the insured province.", 0, 100);

    /// <summary>Reimbursement-ratio reduction, in percentage points, for other temporary visitors inside the insured province (the province's own rule).</summary>
    public static PolicyParameter<int> IntraProvinceRateReductionOtherTemporaryPoints { get; } =
        Int("intraProvinceRateReductionOtherTemporaryPoints", new("省内其他临时外出就医人员报销比例降低", "reduction for other temporary visitors in the province"), new("个百分点", "percentage points"), PolicyScope.InsuredRegion, "Ratio reduction in percentage points for other temporary visitors inside the insured province.", 0, 100);

    /// <summary>Whether long-term filers settle directly both at the destination and at home (双向结算).</summary>
    public static PolicyParameter<bool> TwoWaySettlementForLongTermFilings { get; } =
        Bool("twoWaySettlementForLongTermFilings", new("长期异地居住人员双向结算", "two-way settlement for long-term residents"), PolicyScope.InsuredRegion, "Long-term filers settle directly both at the destination and in the insured region.");

    /// <summary>Whether resident-worker filings stay valid as long as the person is insured (工作类备案与参保状态挂钩).</summary>
    public static PolicyParameter<bool> ResidentWorkerFilingValidWhileInsured { get; } =
        Bool("residentWorkerFilingValidWhileInsured", new("常驻异地工作备案随参保状态有效", "resident-worker filings valid while insured"), PolicyScope.InsuredRegion, "Resident-worker filings stay valid while the person is insured, whatever their end date.");

    /// <summary>Whether direct settlement needs the personal-account payment permission switched on (个人账户支付权限).</summary>
    public static PolicyParameter<bool> PersonalAccountPermissionRequired { get; } =
        Bool("personalAccountPermissionRequired", new("需开通个人账户支付权限", "personal-account payment permission required"), PolicyScope.InsuredRegion, "Direct settlement elsewhere needs the personal-account payment permission.");

    /// <summary>The chronic conditions settled directly across provinces (跨省直接结算门慢特病种).</summary>
    public static PolicyParameter<IReadOnlyList<string>> CrossProvinceChronicConditions { get; } =
        new("crossProvinceChronicConditions", new("跨省直接结算的门慢特病种", "chronic conditions settled across provinces"), PolicyScope.TreatmentRegion, "Chronic conditions settled directly across provinces.", ReadConditions, v => string.Join(", ", v),
            (v, language) => v.Count == 0 ? Words(language, "无", "none") : string.Join(Words(language, "、", ", "), v.Select(c => Wording.Condition(c).In(language))));

    /// <summary>Whether a filing that names only a province (e.g. 330000) covers a cross-province visit anywhere in it (省级备案).</summary>
    public static PolicyParameter<bool> ProvinceLevelFilingAccepted { get; } =
        Bool("provinceLevelFilingAccepted", new("接受只选到省份的备案", "filings naming only a province accepted"), PolicyScope.InsuredRegion, "A filing naming only a province covers a cross-province visit anywhere in that province.");

    /// <summary>
    /// The level at which a region pools (统筹层次): a city, the whole province, or each county-level division. Set in the
    /// pack of the region it describes (the pooling-region table: municipalities and 海南 pool at province level,
    /// county-level cities directly under a province pool on their own).
    /// </summary>
    public static PolicyParameter<PoolingLevel> PoolingLevel { get; } =
        new("poolingLevel", new("统筹层次", "pooling level"), PolicyScope.Region, "The level at which the region pools: city, province or county.", ReadPoolingLevel, v => v.ToString().ToLowerInvariant(),
            (v, language) => v switch
            {
                Policies.PoolingLevel.Province => Words(language, "省级统筹", "province"),
                Policies.PoolingLevel.County => Words(language, "县级统筹", "county"),
                _ => Words(language, "地市级统筹", "city"),
            });

    /// <summary>
    /// Months after its start before a long-term filing can be changed or cancelled (长期备案变更时限);
    /// <see langword="null"/> where the insured region's rule is unknown.
    /// </summary>
    public static PolicyParameter<int?> LongTermFilingChangeLockMonths { get; } =
        OptionalInt("longTermFilingChangeLockMonths", new("长期备案办理后不能变更的时限", "time before a long-term filing can be changed"), new("个月", "months"), PolicyScope.InsuredRegion, "Months after its start before a long-term filing can be changed or cancelled (null: unknown).", 0, 120);

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
    /// <param name="title">What it is called, in both languages ("住院天数提示阈值" / "stay length for the notice"): text shows it instead of the name.</param>
    /// <param name="unit">Its unit in both languages, written after the number ("天" / "days": "30 天", "30 days"; English drops a final "s" for 1).</param>
    /// <param name="description">What it means, for the reader of the code and the packs.</param>
    /// <param name="min">The smallest value a pack may set.</param>
    /// <param name="max">The largest value a pack may set.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The name is not lowerCamel or is a shipped parameter's, the title or the unit is blank in a language, or <paramref name="max"/> is below <paramref name="min"/>.</exception>
    public static PolicyParameter<int> Integer(string name, PolicyScope scope, LocalizedText title, LocalizedText unit, string description, int min, int max) =>
        max >= min
            ? Int(CheckDeclared(name), CheckWords(title, nameof(title)), CheckWords(unit, nameof(unit)), scope, description ?? string.Empty, min, max)
            : throw new ArgumentOutOfRangeException(nameof(max), "max is below min.");

    /// <summary>Declares an integrator's yes/no parameter, for their own rules.</summary>
    /// <param name="name">The name used in packs: lowerCamel, not one of <see cref="All"/>.</param>
    /// <param name="scope">Whose policy it follows.</param>
    /// <param name="title">What it is called, in both languages ("需要长住提示" / "long-stay notice wanted"): text shows it instead of the name.</param>
    /// <param name="description">What it means, for the reader of the code and the packs.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The name is not lowerCamel or is a shipped parameter's, or the title is blank in a language.</exception>
    public static PolicyParameter<bool> Boolean(string name, PolicyScope scope, LocalizedText title, string description) =>
        Bool(CheckDeclared(name), CheckWords(title, nameof(title)), scope, description ?? string.Empty);

    /// <summary>Declares an integer parameter without a title or unit: text names it by <paramref name="name"/>. Kept so that rules compiled against 0.1.0 still load.</summary>
    /// <param name="name">The name used in packs.</param>
    /// <param name="scope">Whose policy it follows.</param>
    /// <param name="description">What it means.</param>
    /// <param name="min">The smallest value a pack may set.</param>
    /// <param name="max">The largest value a pack may set.</param>
    /// <returns>The parameter.</returns>
    [Obsolete("Give the parameter a title and a unit in both languages: PolicyParameters.Integer(name, scope, new LocalizedText(\"…\", \"…\"), new LocalizedText(\"天\", \"days\"), description, min, max).", error: true)]
    public static PolicyParameter<int> Integer(string name, PolicyScope scope, string description, int min, int max) =>
        Integer(name, scope, new LocalizedText(name ?? string.Empty, name ?? string.Empty), new LocalizedText("-", "-"), description, min, max);

    /// <summary>Declares a yes/no parameter without a title: text names it by <paramref name="name"/>. Kept so that rules compiled against 0.1.0 still load.</summary>
    /// <param name="name">The name used in packs.</param>
    /// <param name="scope">Whose policy it follows.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The parameter.</returns>
    [Obsolete("Give the parameter a title in both languages: PolicyParameters.Boolean(name, scope, new LocalizedText(\"…\", \"…\"), description).", error: true)]
    public static PolicyParameter<bool> Boolean(string name, PolicyScope scope, string description) =>
        Boolean(name, scope, new LocalizedText(name ?? string.Empty, name ?? string.Empty), description);

    private static LocalizedText CheckWords(LocalizedText text, string parameter) =>
        text is not null && !string.IsNullOrWhiteSpace(text.Chinese) && !string.IsNullOrWhiteSpace(text.English)
            ? text
            : throw new ArgumentException("Words in Chinese and in English are required.", parameter);

    private static string Words(string language, string chinese, string english) => language == Languages.English ? english : chinese;

    /// <summary>A number with its unit: "6 个月", "6 months", "1 month".</summary>
    private static string Quantity(int value, LocalizedText unit, string language)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        if (unit.Chinese == "-")
        {
            return number;
        }

        if (language != Languages.English)
        {
            return number + " " + unit.Chinese;
        }

        var english = value == 1 && unit.English.EndsWith("s", StringComparison.Ordinal) ? unit.English.Substring(0, unit.English.Length - 1) : unit.English;
        return number + " " + english;
    }

    private static string CheckDeclared(string name) =>
        name is not null && CaseValidator.IsConditionIdentifier(name) && Find(name) is null
            ? name
            : throw new ArgumentException("A parameter name is lowerCamel and not a shipped parameter's name.", nameof(name));

    private static PolicyParameter<int> Int(string name, LocalizedText title, LocalizedText unit, PolicyScope scope, string description, int min, int max) =>
        new(name, title, scope, description, e =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v)
                ? v >= min && v <= max ? (v, null) : (0, Problem(InputErrorCodes.OutOfRange, Between(min, max, orNull: false)))
                : (0, Problem(InputErrorCodes.WrongType, Between(min, max, orNull: false))),
            v => v.ToString(CultureInfo.InvariantCulture),
            (v, language) => Quantity(v, unit, language));

    private static PolicyParameter<int?> OptionalInt(string name, LocalizedText title, LocalizedText unit, PolicyScope scope, string description, int min, int max) =>
        new(name, title, scope, description, e =>
            e.ValueKind == JsonValueKind.Null ? (null, null)
            : e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v >= min && v <= max ? (v, null)
            : (null, Problem(e.ValueKind == JsonValueKind.Number ? InputErrorCodes.OutOfRange : InputErrorCodes.WrongType, Between(min, max, orNull: true))),
            v => v is { } value ? value.ToString(CultureInfo.InvariantCulture) : "null",
            (v, language) => v is { } value ? Quantity(value, unit, language) : Words(language, "未知", "unknown"));

    private static PolicyParameter<bool> Bool(string name, LocalizedText title, PolicyScope scope, string description) =>
        new(name, title, scope, description, e =>
            e.ValueKind is JsonValueKind.True or JsonValueKind.False ? (e.GetBoolean(), null) : (false, Problem(InputErrorCodes.WrongType, new("这里应为 true 或 false。", "true or false is expected here."))),
            v => v ? "true" : "false",
            (v, language) => v ? Words(language, "是", "yes") : Words(language, "否", "no"));

    private static (PoolingLevel Value, InputError? Error) ReadPoolingLevel(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString() switch
        {
            "city" => (Policies.PoolingLevel.City, null),
            "province" => (Policies.PoolingLevel.Province, null),
            "county" => (Policies.PoolingLevel.County, null),
            var other => (default, Problem(InputErrorCodes.UnknownValue, Then(PoolingLevels, Spelling.DidYouMean(other!, PoolingLevelNames)))),
        }
        : (default, Problem(InputErrorCodes.WrongType, PoolingLevels));

    private static readonly string[] PoolingLevelNames = { "city", "province", "county" };

    private static readonly LocalizedText PoolingLevels = new("应为以下取值之一：city、province、county。", "One of city, province, county is expected.");

    private static (IReadOnlyList<string>? Value, InputError? Error) ReadConditions(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            return (null, Problem(InputErrorCodes.WrongType, new("应为由病种标识组成的数组。", "An array of condition identifiers is expected.")));
        }

        var list = new List<string>();
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !CaseValidator.IsConditionIdentifier(item.GetString()))
            {
                return (null, Problem(InputErrorCodes.InvalidCondition, new("只接受小驼峰英文病种标识，例如 hypertension。", "Only lowerCamel condition identifiers are accepted.")));
            }

            list.Add(item.GetString()!);
        }

        return (list, null);
    }

    /// <summary>A problem with a value, in both languages; the pack reader adds the path.</summary>
    private static InputError Problem(string code, LocalizedText text) => new(string.Empty, code, text);

    private static LocalizedText Then(LocalizedText first, LocalizedText second) => new(first.Chinese + second.Chinese, first.English + second.English);

    /// <summary>The range an integer value must lie in.</summary>
    private static LocalizedText Between(int min, int max, bool orNull) => new(
        string.Format(CultureInfo.InvariantCulture, "应为 {0} 到 {1} 之间的整数{2}。", min, max, orNull ? "，或 null（未知）" : string.Empty),
        string.Format(CultureInfo.InvariantCulture, orNull ? "An integer between {0} and {1}, or null (unknown), is expected." : "An integer between {0} and {1} is expected.", min, max));
}
