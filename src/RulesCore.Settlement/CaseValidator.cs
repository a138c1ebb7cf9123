namespace RulesCore.Settlement;

/// <summary>One problem with a case: where, what kind, and a message without personal data.</summary>
/// <param name="Path">The JSON path of the field, e.g. <c>filings[0].validUntil</c>.</param>
/// <param name="Code">A stable code, e.g. <c>DATE_BEFORE_START</c> (see <see cref="CaseErrorCodes"/>).</param>
/// <param name="Message">What is wrong; never contains values from the case.</param>
public sealed record CaseError(string Path, string Code, string Message);

/// <summary>The codes of <see cref="CaseError"/>.</summary>
public static class CaseErrorCodes
{
    /// <summary>A required part is missing.</summary>
    public const string Required = "REQUIRED";

    /// <summary>A region code is missing or not a GB/T 2260 code.</summary>
    public const string InvalidRegion = "INVALID_REGION";

    /// <summary>An enumerated value is not one of the allowed values.</summary>
    public const string UnknownValue = "UNKNOWN_VALUE";

    /// <summary>A range ends before it starts.</summary>
    public const string DateBeforeStart = "DATE_BEFORE_START";

    /// <summary>A chronic outpatient visit names no condition.</summary>
    public const string ConditionRequired = "CONDITION_REQUIRED";

    /// <summary>A condition is not a lowerCamel identifier.</summary>
    public const string InvalidCondition = "INVALID_CONDITION";

    /// <summary>Two filings share an id.</summary>
    public const string DuplicateId = "DUPLICATE_ID";

    /// <summary>A number is out of its range (e.g. a negative amount).</summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A collection, text or document is larger than accepted.</summary>
    public const string TooLarge = "TOO_LARGE";

    /// <summary>The document is not well-formed JSON (or not UTF-8).</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A property the contract does not define (a typo must not be silently ignored).</summary>
    public const string UnknownProperty = "UNKNOWN_PROPERTY";

    /// <summary>A property appears twice in one object.</summary>
    public const string DuplicateProperty = "DUPLICATE_PROPERTY";

    /// <summary>A value has the wrong JSON type (e.g. a number where a string belongs).</summary>
    public const string WrongType = "WRONG_TYPE";

    /// <summary>A date is not a real calendar date in the form yyyy-MM-dd.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>The document's schemaVersion is not one this reader understands.</summary>
    public const string UnsupportedSchemaVersion = "UNSUPPORTED_SCHEMA_VERSION";
}

/// <summary>Thrown by <see cref="ISettlementEvaluator.Evaluate"/> for an invalid case; lists every problem.</summary>
public sealed class InvalidCaseException : Exception
{
    internal InvalidCaseException(IReadOnlyList<CaseError> errors)
        : base("The case is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Code}: {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CaseError> Errors { get; }
}

/// <summary>Checks a case before any rule sees it. Messages name fields, never values.</summary>
internal static class CaseValidator
{
    public const int MaxCollection = 10_000;
    public const int MaxText = 256;

    public static bool IsConditionIdentifier(string? value)
    {
        if (string.IsNullOrEmpty(value) || value!.Length > 64 || value[0] < 'a' || value[0] > 'z')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyList<CaseError> Validate(SettlementCase? @case)
    {
        var errors = new List<CaseError>();
        if (@case is null)
        {
            errors.Add(new CaseError("$", CaseErrorCodes.Required, "The case is required."));
            return errors;
        }

        ValidatePerson(@case.Person, errors);
        ValidateFilings(@case.Filings, errors);
        ValidateQualifications(@case.Qualifications, errors);
        ValidateHospital(@case.Hospital, errors);
        ValidateEncounter(@case.Encounter, errors);
        return errors;
    }

    private static void ValidatePerson(InsuranceAccount? person, List<CaseError> errors)
    {
        if (person is null)
        {
            errors.Add(new CaseError("person", CaseErrorCodes.Required, "The insured person's account is required."));
            return;
        }

        Region(person.InsuredRegion, "person.insuredRegion", errors);
        Enum(person.Scheme, "person.scheme", errors);
        Enum(person.Card, "person.card", errors);
        if (person.Contribution is null)
        {
            errors.Add(new CaseError("person.contribution", CaseErrorCodes.Required, "The contribution status is required."));
        }
        else
        {
            Enum(person.Contribution.Status, "person.contribution.status", errors);
        }
    }

    private static void ValidateFilings(IReadOnlyList<Filing>? filings, List<CaseError> errors)
    {
        if (filings is null)
        {
            errors.Add(new CaseError("filings", CaseErrorCodes.Required, "The filings list is required (it may be empty)."));
            return;
        }

        if (Size(filings.Count, "filings", errors))
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < filings.Count; i++)
        {
            var path = $"filings[{i}]";
            var filing = filings[i];
            if (filing is null)
            {
                errors.Add(new CaseError(path, CaseErrorCodes.Required, "A filing is required here, not null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(filing.Id))
            {
                errors.Add(new CaseError(path + ".id", CaseErrorCodes.Required, "The filing id is required."));
            }
            else if (filing.Id.Length > MaxText)
            {
                errors.Add(new CaseError(path + ".id", CaseErrorCodes.TooLarge, $"The filing id is longer than {MaxText} characters."));
            }
            else if (!ids.Add(filing.Id))
            {
                errors.Add(new CaseError(path + ".id", CaseErrorCodes.DuplicateId, "Another filing has the same id."));
            }

            Enum(filing.Reason, path + ".reason", errors);
            Enum(filing.Status, path + ".status", errors);
            Enum(filing.Basis, path + ".basis", errors);
            Region(filing.DestinationRegion, path + ".destinationRegion", errors);
            Range(filing.ValidFrom, filing.ValidUntil, path + ".validFrom", path + ".validUntil", errors);
        }
    }

    private static void ValidateQualifications(IReadOnlyList<Qualification>? qualifications, List<CaseError> errors)
    {
        if (qualifications is null)
        {
            errors.Add(new CaseError("qualifications", CaseErrorCodes.Required, "The qualifications list is required (it may be empty)."));
            return;
        }

        if (Size(qualifications.Count, "qualifications", errors))
        {
            return;
        }

        for (var i = 0; i < qualifications.Count; i++)
        {
            var path = $"qualifications[{i}]";
            var qualification = qualifications[i];
            if (qualification is null)
            {
                errors.Add(new CaseError(path, CaseErrorCodes.Required, "A qualification is required here, not null."));
                continue;
            }

            Condition(qualification.Condition, path + ".condition", errors);
            Range(qualification.ValidFrom, qualification.ValidUntil, path + ".validFrom", path + ".validUntil", errors);
        }
    }

    private static void ValidateHospital(Hospital? hospital, List<CaseError> errors)
    {
        if (hospital is null)
        {
            errors.Add(new CaseError("hospital", CaseErrorCodes.Required, "The hospital is required."));
            return;
        }

        if (string.IsNullOrWhiteSpace(hospital.Id))
        {
            errors.Add(new CaseError("hospital.id", CaseErrorCodes.Required, "The hospital id is required."));
        }

        Region(hospital.Region, "hospital.region", errors);
        var services = hospital.CrossRegionServices;
        if (services is null)
        {
            errors.Add(new CaseError("hospital.crossRegionServices", CaseErrorCodes.Required, "The hospital's cross-region services are required."));
            return;
        }

        if (services.ChronicConditions is null)
        {
            errors.Add(new CaseError("hospital.crossRegionServices.chronicConditions", CaseErrorCodes.Required, "The list of opened conditions is required (it may be empty)."));
            return;
        }

        if (Size(services.ChronicConditions.Count, "hospital.crossRegionServices.chronicConditions", errors))
        {
            return;
        }

        for (var i = 0; i < services.ChronicConditions.Count; i++)
        {
            Condition(services.ChronicConditions[i], $"hospital.crossRegionServices.chronicConditions[{i}]", errors);
        }
    }

    private static void ValidateEncounter(Encounter? encounter, List<CaseError> errors)
    {
        if (encounter is null)
        {
            errors.Add(new CaseError("encounter", CaseErrorCodes.Required, "The encounter is required."));
            return;
        }

        Enum(encounter.Setting, "encounter.setting", errors);
        Range(encounter.Date, encounter.DischargeDate, "encounter.date", "encounter.dischargeDate", errors);
        if (encounter.Setting == CareSetting.ChronicOutpatient && encounter.Condition is null)
        {
            errors.Add(new CaseError("encounter.condition", CaseErrorCodes.ConditionRequired, "A chronic outpatient visit must name its condition."));
        }
        else if (encounter.Condition is not null)
        {
            Condition(encounter.Condition, "encounter.condition", errors);
        }

        if (encounter.Items is null)
        {
            errors.Add(new CaseError("encounter.items", CaseErrorCodes.Required, "The items list is required (it may be empty)."));
            return;
        }

        if (Size(encounter.Items.Count, "encounter.items", errors))
        {
            return;
        }

        for (var i = 0; i < encounter.Items.Count; i++)
        {
            var path = $"encounter.items[{i}]";
            var item = encounter.Items[i];
            if (item is null)
            {
                errors.Add(new CaseError(path, CaseErrorCodes.Required, "An item is required here, not null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Code))
            {
                errors.Add(new CaseError(path + ".code", CaseErrorCodes.Required, "The item code is required."));
            }
            else if (item.Code.Length > MaxText)
            {
                errors.Add(new CaseError(path + ".code", CaseErrorCodes.TooLarge, $"The item code is longer than {MaxText} characters."));
            }

            if (item.Amount < 0)
            {
                errors.Add(new CaseError(path + ".amount", CaseErrorCodes.OutOfRange, "The amount must not be negative."));
            }
        }
    }

    private static bool Size(int count, string path, List<CaseError> errors)
    {
        if (count <= MaxCollection)
        {
            return false;
        }

        errors.Add(new CaseError(path, CaseErrorCodes.TooLarge, $"At most {MaxCollection} entries are accepted."));
        return true;
    }

    private static void Region(RegionCode region, string path, List<CaseError> errors)
    {
        if (!region.IsSpecified)
        {
            errors.Add(new CaseError(path, CaseErrorCodes.InvalidRegion, "A six-digit GB/T 2260 region code is required."));
        }
    }

    private static void Enum<T>(T value, string path, List<CaseError> errors) where T : struct, System.Enum
    {
        if (!System.Enum.IsDefined(typeof(T), value))
        {
            errors.Add(new CaseError(path, CaseErrorCodes.UnknownValue, $"Not one of the allowed values of {typeof(T).Name}."));
        }
    }

    private static void Condition(string? condition, string path, List<CaseError> errors)
    {
        if (condition is null)
        {
            errors.Add(new CaseError(path, CaseErrorCodes.Required, "A condition identifier is required."));
        }
        else if (!IsConditionIdentifier(condition))
        {
            errors.Add(new CaseError(path, CaseErrorCodes.InvalidCondition, "A condition is a lowerCamel identifier of letters and digits, e.g. hypertension."));
        }
    }

    private static void Range(DateTime from, DateTime? until, string fromPath, string untilPath, List<CaseError> errors)
    {
        if (from == default)
        {
            errors.Add(new CaseError(fromPath, CaseErrorCodes.Required, "A date is required."));
            return;
        }

        if (until is { } end && end.Date < from.Date)
        {
            errors.Add(new CaseError(untilPath, CaseErrorCodes.DateBeforeStart, "The date is before the start of the range."));
        }
    }
}
