using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>Checks a case before any rule sees it. Messages name fields, never values.</summary>
internal static class CaseValidator
{
    public const int MaxErrors = 100;

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

    public static IReadOnlyList<InputError> Validate(SettlementCase? @case)
    {
        var errors = new Errors();
        if (@case is null)
        {
            errors.Add("$", InputErrorCodes.Required, "The case is required.");
            return errors.ToList();
        }

        OptionalDate(@case.AsOf, new Path("asOf"), ref errors);
        ValidatePerson(@case.Person, ref errors);
        ValidateFilings(@case.Filings, ref errors);
        ValidateQualifications(@case.Qualifications, ref errors);
        ValidateHospital(@case.Hospital, ref errors);
        ValidateEncounter(@case.Encounter, ref errors);
        return errors.ToList();
    }

    private static void ValidatePerson(InsuranceAccount? person, ref Errors errors)
    {
        if (person is null)
        {
            errors.Add("person", InputErrorCodes.Required, "The insured person's account is required.");
            return;
        }

        Text(person.Name, new Path("person.name"), ref errors);
        Text(person.IdNumber, new Path("person.idNumber"), ref errors);
        Region(person.InsuredRegion, new Path("person.insuredRegion"), ref errors);
        Enum(person.Scheme, new Path("person.scheme"), ref errors);
        Enum(person.Card, new Path("person.card"), ref errors);
        if (person.Contribution is null)
        {
            errors.Add("person.contribution", InputErrorCodes.Required, "The contribution status is required.");
        }
        else
        {
            Enum(person.Contribution.Status, new Path("person.contribution.status"), ref errors);
            OptionalDate(person.Contribution.BenefitsResumeOn, new Path("person.contribution.benefitsResumeOn"), ref errors);
        }
    }

    private static void ValidateFilings(IReadOnlyList<Filing>? filings, ref Errors errors)
    {
        if (filings is null)
        {
            errors.Add("filings", InputErrorCodes.Required, "The filings list is required (it may be empty).");
            return;
        }

        if (Size(filings.Count, CaseLimits.MaxFilings, "filings", ref errors))
        {
            return;
        }

        HashSet<string>? ids = filings.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            if (filing is null)
            {
                errors.Add(new Path("filings", i).ToString(), InputErrorCodes.Required, "A filing is required here, not null.");
                continue;
            }

            if (Id(filing.Id, "filing id", new Path("filings", i, ".id"), ref errors)
                && (ids is not null ? !ids.Add(filing.Id) : SeenBefore(filings, i)))
            {
                errors.Add(new Path("filings", i, ".id").ToString(), InputErrorCodes.DuplicateId, "Another filing has the same id.");
            }

            Enum(filing.Reason, new Path("filings", i, ".reason"), ref errors);
            Enum(filing.Status, new Path("filings", i, ".status"), ref errors);
            Enum(filing.Basis, new Path("filings", i, ".basis"), ref errors);
            Region(filing.DestinationRegion, new Path("filings", i, ".destinationRegion"), ref errors);
            Range(filing.ValidFrom, filing.ValidUntil, new Path("filings", i, ".validFrom"), new Path("filings", i, ".validUntil"), ref errors);
        }
    }

    private static bool SeenBefore(IReadOnlyList<Filing> filings, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (filings[k] is { } other && string.Equals(other.Id, filings[index].Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateQualifications(IReadOnlyList<Qualification>? qualifications, ref Errors errors)
    {
        if (qualifications is null)
        {
            errors.Add("qualifications", InputErrorCodes.Required, "The qualifications list is required (it may be empty).");
            return;
        }

        if (Size(qualifications.Count, CaseLimits.MaxFilings, "qualifications", ref errors))
        {
            return;
        }

        for (var i = 0; i < qualifications.Count; i++)
        {
            var qualification = qualifications[i];
            if (qualification is null)
            {
                errors.Add(new Path("qualifications", i).ToString(), InputErrorCodes.Required, "A qualification is required here, not null.");
                continue;
            }

            Condition(qualification.Condition, new Path("qualifications", i, ".condition"), ref errors);
            if (qualification.DesignatedHospitals is { } designated && !Size(designated.Count, CaseLimits.MaxFilings, new Path("qualifications", i, ".designatedHospitals").ToString(), ref errors))
            {
                for (var k = 0; k < designated.Count; k++)
                {
                    Id(designated[k], "hospital id", new Path(new Path("qualifications", i, ".designatedHospitals").ToString(), k), ref errors);
                }
            }

            Range(qualification.ValidFrom, qualification.ValidUntil, new Path("qualifications", i, ".validFrom"), new Path("qualifications", i, ".validUntil"), ref errors);
        }
    }

    /// <summary>
    /// Checks a hospital as a case's hospital is checked, its paths under <paramref name="path"/> (<c>hospital</c> in a
    /// case, <c>[3]</c> in a hospital directory), and the directory's optional <paramref name="level"/> as free text.
    /// </summary>
    internal static IReadOnlyList<InputError> ValidateHospital(Hospital? hospital, string path, string? level = null)
    {
        var errors = new Errors();
        ValidateHospital(hospital, path, ref errors);
        Text(level, new Path(path, ".level"), ref errors);
        return errors.ToList();
    }

    private static void ValidateHospital(Hospital? hospital, ref Errors errors) => ValidateHospital(hospital, "hospital", ref errors);

    private static void ValidateHospital(Hospital? hospital, string path, ref Errors errors)
    {
        if (hospital is null)
        {
            errors.Add(path, InputErrorCodes.Required, "The hospital is required.");
            return;
        }

        Id(hospital.Id, "hospital id", new Path(path, ".id"), ref errors);
        Text(hospital.Name, new Path(path, ".name"), ref errors);

        Region(hospital.Region, new Path(path, ".region"), ref errors);
        var services = hospital.CrossRegionServices;
        if (services is null)
        {
            errors.Add(new Path(path, ".crossRegionServices").ToString(), InputErrorCodes.Required, "The hospital's cross-region services are required.");
            return;
        }

        if (services.ChronicConditions is null)
        {
            errors.Add(new Path(path, ".crossRegionServices.chronicConditions").ToString(), InputErrorCodes.Required, "The list of opened conditions is required (it may be empty).");
            return;
        }

        if (Size(services.ChronicConditions.Count, CaseLimits.MaxFilings, new Path(path, ".crossRegionServices.chronicConditions"), ref errors))
        {
            return;
        }

        for (var i = 0; i < services.ChronicConditions.Count; i++)
        {
            Condition(services.ChronicConditions[i], new Path(path, ".crossRegionServices.chronicConditions", i), ref errors);
        }
    }

    private static void ValidateEncounter(Encounter? encounter, ref Errors errors)
    {
        if (encounter is null)
        {
            errors.Add("encounter", InputErrorCodes.Required, "The encounter is required.");
            return;
        }

        Enum(encounter.Setting, new Path("encounter.setting"), ref errors);
        Range(encounter.Date, encounter.DischargeDate, new Path("encounter.date"), new Path("encounter.dischargeDate"), ref errors);
        if (encounter.Setting == CareSetting.ChronicOutpatient && encounter.Condition is null)
        {
            errors.Add("encounter.condition", InputErrorCodes.ConditionRequired, "A chronic outpatient visit must name its condition.");
        }
        else if (encounter.Condition is not null)
        {
            Condition(encounter.Condition, new Path("encounter.condition"), ref errors);
        }

        if (encounter.Items is null)
        {
            errors.Add("encounter.items", InputErrorCodes.Required, "The items list is required (it may be empty).");
            return;
        }

        if (Size(encounter.Items.Count, CaseLimits.MaxItems, "encounter.items", ref errors))
        {
            return;
        }

        for (var i = 0; i < encounter.Items.Count; i++)
        {
            var item = encounter.Items[i];
            if (item is null)
            {
                errors.Add(new Path("encounter.items", i).ToString(), InputErrorCodes.Required, "An item is required here, not null.");
                continue;
            }

            Id(item.Code, "item code", new Path("encounter.items", i, ".code"), ref errors);
            Text(item.Description, new Path("encounter.items", i, ".description"), ref errors);
            if (item.Amount < 0 || item.Amount > CaseLimits.MaxAmount)
            {
                errors.Add(new Path("encounter.items", i, ".amount").ToString(), InputErrorCodes.OutOfRange, "The amount must be between 0 and 1,000,000,000.");
            }
        }
    }

    /// <summary>Checks an id or code: present, not too long, no control character. Returns whether it is valid.</summary>
    private static bool Id(string? id, string what, Path path, ref Errors errors)
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
    private static void Text(string? text, Path path, ref Errors errors)
    {
        if (text is not null && text.Length > CaseLimits.MaxTextLength)
        {
            errors.Add(path.ToString(), InputErrorCodes.TooLarge, $"The text is longer than {CaseLimits.MaxTextLength} characters.");
        }
    }

    private static bool Size(int count, int max, string path, ref Errors errors)
    {
        if (count <= max)
        {
            return false;
        }

        errors.Add(path, InputErrorCodes.TooLarge, $"At most {max} entries are accepted.");
        return true;
    }

    private static bool Size(int count, int max, Path path, ref Errors errors) => count > max && Size(count, max, path.ToString(), ref errors);

    private static void Region(RegionCode region, Path path, ref Errors errors)
    {
        if (!region.IsSpecified)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "A six-digit GB/T 2260 region code is required.");
        }
    }

    private static void Enum<T>(T value, Path path, ref Errors errors) where T : struct, System.Enum
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

    private static void Condition(string? condition, Path path, ref Errors errors)
    {
        if (condition is null)
        {
            errors.Add(path.ToString(), InputErrorCodes.Required, "A condition identifier is required.");
        }
        else if (!IsConditionIdentifier(condition))
        {
            errors.Add(path.ToString(), InputErrorCodes.InvalidCondition, "A condition is a lowerCamel identifier of letters and digits, e.g. hypertension.");
        }
    }

    private static void OptionalDate(DateTime? date, Path path, ref Errors errors)
    {
        if (date is { } d && !CaseLimits.IsInDateRange(d))
        {
            errors.Add(path.ToString(), InputErrorCodes.OutOfRange, "A date between 1900-01-01 and 2999-12-31 is expected.");
        }
    }

    private static void Range(DateTime from, DateTime? until, Path fromPath, Path untilPath, ref Errors errors)
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

    /// <summary>A JSON path, formatted only when an error needs it.</summary>
    private readonly struct Path
    {
        private readonly string _parent;
        private readonly string _prefix;
        private readonly int _index;
        private readonly string _suffix;

        public Path(string prefix, int index = -1, string suffix = "")
            : this(string.Empty, prefix, index, suffix)
        {
        }

        /// <summary>A path below <paramref name="parent"/>: <c>hospital</c> + <c>.id</c>, or <c>[3]</c> + <c>.crossRegionServices.chronicConditions</c> + <c>[0]</c>.</summary>
        public Path(string parent, string child, int index = -1)
            : this(parent, child, index, string.Empty)
        {
        }

        private Path(string parent, string prefix, int index, string suffix)
        {
            _parent = parent;
            _prefix = prefix;
            _index = index;
            _suffix = suffix;
        }

        public override string ToString() => _index < 0 ? _parent + _prefix : $"{_parent}{_prefix}[{_index}]{_suffix}";
    }

    /// <summary>The errors found so far; no allocation while there are none; at most <see cref="MaxErrors"/>.</summary>
    private struct Errors
    {
        private List<InputError>? _list;

        public void Add(string path, string code, string message)
        {
            _list ??= new List<InputError>();
            if (_list.Count < MaxErrors)
            {
                _list.Add(new InputError(path, code, message));
            }
            else if (_list.Count == MaxErrors)
            {
                _list.Add(new InputError("$", InputErrorCodes.TooLarge, $"More than {MaxErrors} problems; the rest are not listed."));
            }
        }

        public readonly IReadOnlyList<InputError> ToList() => _list ?? (IReadOnlyList<InputError>)Array.Empty<InputError>();
    }

    private static class EnumValues<T> where T : struct, System.Enum
    {
        private static readonly HashSet<T> Defined = new((T[])System.Enum.GetValues(typeof(T)));

        public static bool IsDefined(T value) => Defined.Contains(value);
    }
}
