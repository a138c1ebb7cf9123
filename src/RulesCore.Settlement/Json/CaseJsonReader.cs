using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>Reads a case document into the model, collecting every structural and semantic problem with its path.</summary>
internal sealed class CaseJsonReader(SettlementJsonOptions options)
{
    private static readonly Dictionary<string, InsuranceScheme> Schemes = JsonNames.Map<InsuranceScheme>();
    private static readonly Dictionary<string, ContributionStatus> ContributionStatuses = JsonNames.Map<ContributionStatus>();
    private static readonly Dictionary<string, CardStatus> Cards = JsonNames.Map<CardStatus>();
    private static readonly Dictionary<string, FilingReason> Reasons = JsonNames.Map<FilingReason>();
    private static readonly Dictionary<string, FilingStatus> FilingStatuses = JsonNames.Map<FilingStatus>();
    private static readonly Dictionary<string, FilingBasis> Bases = JsonNames.Map<FilingBasis>();
    private static readonly Dictionary<string, CareSetting> Settings = JsonNames.Map<CareSetting>();

    private static readonly KnownProperties DocumentProperties = new("schemaVersion", "asOf", "person", "filings", "qualifications", "hospital", "encounter");
    private static readonly KnownProperties PersonProperties = new("name", "idNumber", "insuredRegion", "scheme", "contribution", "identityVerified", "card", "eVoucherActivated", "personalAccountPaymentEnabled");
    private static readonly KnownProperties ContributionProperties = new("status", "benefitsResumeOn");
    private static readonly KnownProperties FilingProperties = new("id", "reason", "destinationRegion", "validFrom", "validUntil", "status", "basis");
    private static readonly KnownProperties QualificationProperties = new("condition", "validFrom", "validUntil", "designatedHospitals");
    private static readonly KnownProperties HospitalProperties = new("id", "name", "region", "level", "crossRegionServices");
    private static readonly KnownProperties DesignatedHospitalProperties = new("id", "name", "region", "crossRegionServices");
    private static readonly KnownProperties ServicesProperties = new("inpatient", "generalOutpatient", "chronicConditions", "intraProvinceOnly");
    private static readonly KnownProperties EncounterProperties = new("setting", "date", "dischargeDate", "condition", "items");
    private static readonly KnownProperties ItemProperties = new("code", "description", "amount", "inCatalog");

    private readonly List<InputError> _errors = new();
    private readonly HashSet<string> _errorPaths = new(StringComparer.Ordinal);

    public IReadOnlyList<InputError> Errors => _errors;

    public SettlementCase? Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            Error(SettlementJson.TooLargeDocument(options));
            return null;
        }

        JsonDocument document;
        try
        {
            // The parser does not check the UTF-8 inside strings until they are read; check it all first.
            utf8Json = Utf8.WithoutByteOrderMark(utf8Json);
            Utf8.Check(utf8Json);
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            if (IsBlank(utf8Json.Span))
            {
                Error("$", InputErrorCodes.InvalidJson, "The document is empty: a case is a JSON object.");
                return null;
            }

            var where = e is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? $" at line {line + 1}, byte {position + 1}"
                : string.Empty;
            Error("$", InputErrorCodes.InvalidJson, "The document is not well-formed UTF-8 JSON" + where + " (nesting is limited to " + options.MaxDepth + ").");
            return null;
        }

        using (document)
        {
            try
            {
                return ReadDocument(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // Escaped text that is not valid Unicode (a lone surrogate such as "\ud800"), found when decoded.
                Error("$", InputErrorCodes.InvalidJson, "The document contains a string or property name that is not valid Unicode text.");
                return null;
            }
        }
    }

    /// <summary>Whether the bytes are only JSON whitespace (or nothing).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
    {
        foreach (var b in utf8Json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private SettlementCase? ReadDocument(JsonElement root)
    {
        {
            if (!Object(root, "$", DocumentProperties))
            {
                return null;
            }

            if (root.TryGetProperty("schemaVersion", out var version) && version.ValueKind != JsonValueKind.Null
                && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == SettlementJson.SchemaVersion))
            {
                Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "Only schemaVersion 1 is understood.");
            }

            var @case = new SettlementCase
            {
                AsOf = Date(root, "asOf", string.Empty, required: false),
                Person = Child(root, "person", string.Empty, ReadPerson)!,
                Filings = List(root, "filings", string.Empty, ReadFiling),
                Qualifications = List(root, "qualifications", string.Empty, ReadQualification),
                Hospital = Child(root, "hospital", string.Empty, ReadHospital)!,
                Encounter = Child(root, "encounter", string.Empty, ReadEncounter)!,
            };

            // Semantic checks; a path already reported keeps its first (structural) error.
            foreach (var error in CaseValidator.Validate(@case))
            {
                Error(error);
            }

            return _errors.Count == 0 ? @case : null;
        }
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private InsuranceAccount ReadPerson(JsonElement e, string path)
    {
        Object(e, path, PersonProperties);
        return new InsuranceAccount
        {
            Name = String(e, "name", path, required: false),
            IdNumber = String(e, "idNumber", path, required: false),
            InsuredRegion = Region(e, "insuredRegion", path),
            Scheme = Enum(e, "scheme", path, Schemes),
            Contribution = Child(e, "contribution", path, ReadContribution)!,
            IdentityVerified = Bool(e, "identityVerified", path, required: true),
            Card = Enum(e, "card", path, Cards),
            EVoucherActivated = Bool(e, "eVoucherActivated", path, required: true),
            PersonalAccountPaymentEnabled = Bool(e, "personalAccountPaymentEnabled", path, required: true),
        };
    }

    private Contribution ReadContribution(JsonElement e, string path)
    {
        Object(e, path, ContributionProperties);
        return new Contribution
        {
            Status = Enum(e, "status", path, ContributionStatuses),
            BenefitsResumeOn = Date(e, "benefitsResumeOn", path, required: false),
        };
    }

    private Filing ReadFiling(JsonElement e, string path)
    {
        Object(e, path, FilingProperties);
        return new Filing
        {
            Id = String(e, "id", path, required: true)!,
            Reason = Enum(e, "reason", path, Reasons),
            DestinationRegion = Region(e, "destinationRegion", path),
            ValidFrom = Date(e, "validFrom", path, required: true) ?? default,
            ValidUntil = Date(e, "validUntil", path, required: false),
            Status = Enum(e, "status", path, FilingStatuses),
            Basis = Enum(e, "basis", path, Bases),
        };
    }

    private Qualification ReadQualification(JsonElement e, string path)
    {
        Object(e, path, QualificationProperties);
        return new Qualification
        {
            Condition = String(e, "condition", path, required: true)!,
            ValidFrom = Date(e, "validFrom", path, required: true) ?? default,
            ValidUntil = Date(e, "validUntil", path, required: false),
            DesignatedHospitals = e.TryGetProperty("designatedHospitals", out var designated) && designated.ValueKind != JsonValueKind.Null
                ? List(e, "designatedHospitals", path, (x, p) => StringValue(x, p) ?? string.Empty)
                : null,
        };
    }

    /// <summary>
    /// Reads one entry of a hospital directory (<c>[3]</c>): a case's hospital and its optional <c>level</c>, read and
    /// checked as a case's hospital is. <see langword="null"/>, with the problems in <see cref="Errors"/>, when invalid.
    /// </summary>
    internal Hospitals.DirectoryHospital? ReadDirectoryEntry(JsonElement e, string path)
    {
        if (!Object(e, path, HospitalProperties))
        {
            return null;
        }

        var hospital = HospitalOf(e, path);
        var level = String(e, "level", path, required: false);
        foreach (var error in CaseValidator.ValidateHospital(hospital, path, level))
        {
            Error(error);
        }

        return _errors.Count == 0 ? new Hospitals.DirectoryHospital { Hospital = hospital, Level = level } : null;
    }

    private Hospital ReadHospital(JsonElement e, string path)
    {
        Object(e, path, DesignatedHospitalProperties);
        return HospitalOf(e, path);
    }

    private Hospital HospitalOf(JsonElement e, string path)
    {
        return new Hospital
        {
            Id = String(e, "id", path, required: true)!,
            Name = String(e, "name", path, required: false),
            Region = Region(e, "region", path),
            CrossRegionServices = Child(e, "crossRegionServices", path, ReadServices)!,
        };
    }

    private CrossRegionServices ReadServices(JsonElement e, string path)
    {
        Object(e, path, ServicesProperties);
        return new CrossRegionServices
        {
            Inpatient = Bool(e, "inpatient", path, required: true),
            GeneralOutpatient = Bool(e, "generalOutpatient", path, required: true),
            ChronicConditions = List(e, "chronicConditions", path, (x, p) => StringValue(x, p) ?? string.Empty),
            IntraProvinceOnly = Bool(e, "intraProvinceOnly", path, required: false),
        };
    }

    private Encounter ReadEncounter(JsonElement e, string path)
    {
        Object(e, path, EncounterProperties);
        return new Encounter
        {
            Setting = Enum(e, "setting", path, Settings),
            Date = Date(e, "date", path, required: true) ?? default,
            DischargeDate = Date(e, "dischargeDate", path, required: false),
            Condition = String(e, "condition", path, required: false),
            Items = List(e, "items", path, ReadItem),
        };
    }

    private EncounterItem ReadItem(JsonElement e, string path)
    {
        Object(e, path, ItemProperties);
        return new EncounterItem
        {
            Code = String(e, "code", path, required: true)!,
            Description = String(e, "description", path, required: false),
            Amount = Amount(e, "amount", path),
            InCatalog = Bool(e, "inCatalog", path, required: true),
        };
    }

    /// <summary>Checks an object: its type, unknown and duplicate properties. Returns false if not an object.</summary>
    private bool Object(JsonElement e, string path, KnownProperties known)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Error(path, InputErrorCodes.WrongType, "An object is expected here.");
            return false;
        }

        // Names are compared as UTF-8 and no path is built unless there is an error: objects are checked for every
        // case read, and their properties usually come in the listed order, so the search starts after the last match.
        ulong seen = 0;
        var next = 0;
        foreach (var property in e.EnumerateObject())
        {
            var index = known.IndexOf(property, next);
            if (index < 0)
            {
                Error(PropertyPath(path, property.Name), InputErrorCodes.UnknownProperty, "Not a property of this object (known: " + string.Join(", ", known.Names) + ").");
                continue;
            }

            next = index + 1;
            if ((seen & (1UL << index)) != 0)
            {
                Error(PropertyPath(path, property.Name), InputErrorCodes.DuplicateProperty, "The property appears more than once.");
            }

            seen |= 1UL << index;
        }

        return true;
    }

    private static string PropertyPath(string path, string name)
    {
        var parent = path == "$" ? string.Empty : path;
        return name.Length == 0 ? parent + "[\"\"]" : Join(parent, CaseLimits.Shown(name));
    }

    /// <summary>The properties an object may have (at most 64), with their names in UTF-8.</summary>
    private sealed class KnownProperties
    {
        private readonly byte[][] _utf8;

        public KnownProperties(params string[] names)
        {
            if (names.Length > 64)
            {
                throw new ArgumentException("At most 64 properties.", nameof(names));
            }

            Names = names;
            _utf8 = names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
        }

        public string[] Names { get; }

        /// <summary>The index of <paramref name="property"/>'s name, searched from <paramref name="start"/> round; -1 if unknown.</summary>
        public int IndexOf(JsonProperty property, int start)
        {
            for (var i = 0; i < _utf8.Length; i++)
            {
                var k = (start + i) % _utf8.Length;
                if (property.NameEquals(_utf8[k]))
                {
                    return k;
                }
            }

            return -1;
        }
    }

    private bool Find(JsonElement parent, string name, string path, bool required, out JsonElement value)
    {
        value = default;
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required && parent.ValueKind == JsonValueKind.Object)
            {
                Error(path, InputErrorCodes.Required, "This property is required.");
            }

            return false;
        }

        return true;
    }

    /// <summary>Finds a property of the expected JSON kind; a missing required one or one of another kind is an error.</summary>
    private bool Get(JsonElement parent, string name, string parentPath, bool required, JsonValueKind kind, string expected, out JsonElement value, out string path)
    {
        path = Join(parentPath, name);
        if (!Find(parent, name, path, required, out value))
        {
            return false;
        }

        if (value.ValueKind == kind)
        {
            return true;
        }

        Error(path, InputErrorCodes.WrongType, expected);
        return false;
    }

    private T? Child<T>(JsonElement parent, string name, string parentPath, Func<JsonElement, string, T> read) where T : class =>
        Get(parent, name, parentPath, required: true, JsonValueKind.Object, "An object is expected here.", out var value, out var path) ? read(value, path) : null;

    private IReadOnlyList<T> List<T>(JsonElement parent, string name, string parentPath, Func<JsonElement, string, T> read)
    {
        if (!Get(parent, name, parentPath, required: false, JsonValueKind.Array, "An array is expected here.", out var value, out var path))
        {
            return Array.Empty<T>();
        }

        var length = value.GetArrayLength();
        if (length > options.MaxCollection)
        {
            Error(path, InputErrorCodes.TooLarge, $"At most {options.MaxCollection} entries are accepted.");
            return Array.Empty<T>();
        }

        var list = new List<T>(length);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var elementPath = $"{path}[{index++}]";
            if (element.ValueKind == JsonValueKind.Null)
            {
                Error(elementPath, InputErrorCodes.Required, "A value is required here, not null.");
                continue;
            }

            list.Add(read(element, elementPath));
        }

        return list;
    }

    private string? String(JsonElement parent, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        return Find(parent, name, path, required, out var value) ? StringValue(value, path) : null;
    }

    private string? StringValue(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, InputErrorCodes.WrongType, "A string is expected here.");
            return null;
        }

        if (!TryText(value, path, out var text))
        {
            return null;
        }

        if (text.Length > options.MaxStringLength)
        {
            Error(path, InputErrorCodes.TooLarge, $"At most {options.MaxStringLength} characters are accepted.");
            return null;
        }

        return text;
    }

    private bool Bool(JsonElement parent, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        if (!Find(parent, name, path, required, out var value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(path, InputErrorCodes.WrongType, "true or false is expected here.");
        return false;
    }

    private DateTime? Date(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Get(parent, name, parentPath, required, JsonValueKind.String, "A date string (yyyy-MM-dd) is expected here.", out var value, out var path))
        {
            return null;
        }

        if (TryText(value, path, out var dateText) && DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CaseLimits.IsInDateRange(date))
        {
            return date;
        }

        Error(path, InputErrorCodes.InvalidDate, "A calendar date between 1900 and 2999 in the form yyyy-MM-dd is expected.");
        return null;
    }

    private RegionCode Region(JsonElement parent, string name, string parentPath)
    {
        if (!Get(parent, name, parentPath, required: true, JsonValueKind.String, "A six-digit region code string is expected here.", out var value, out var path))
        {
            return default;
        }

        if (!TryText(value, path, out var regionText))
        {
            return default;
        }

        if (RegionCode.TryParse(regionText, out var region))
        {
            return region;
        }

        Error(path, InputErrorCodes.InvalidRegion, "A six-digit GB/T 2260 region code with a known province prefix is expected.");
        return default;
    }

    private T Enum<T>(JsonElement parent, string name, string parentPath, Dictionary<string, T> values) where T : struct, System.Enum
    {
        var path = Join(parentPath, name);
        if (!Find(parent, name, path, required: true, out var value))
        {
            return default;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            if (!TryText(value, path, out var enumText))
            {
                return default;
            }

            if (values.TryGetValue(enumText, out var result))
            {
                return result;
            }
        }

        Error(path, value.ValueKind == JsonValueKind.String ? InputErrorCodes.UnknownValue : InputErrorCodes.WrongType, "One of " + string.Join(", ", values.Keys) + " is expected.");
        return default;
    }

    private decimal Amount(JsonElement parent, string name, string parentPath)
    {
        if (!Get(parent, name, parentPath, required: true, JsonValueKind.Number, "A number is expected here.", out var value, out var path))
        {
            return 0m;
        }

        // A negative amount too small for decimal reads as 0; its sign still makes it negative.
        if (value.TryGetDecimal(out var amount) && amount <= CaseLimits.MaxAmount && !(amount == 0m && IsNegative(value.GetRawText())))
        {
            return amount;
        }

        Error(path, InputErrorCodes.OutOfRange, "An amount up to 1,000,000,000 is expected.");
        return 0m;
    }

    private static bool IsNegative(string number)
    {
        if (number[0] != '-')
        {
            return false;
        }

        foreach (var c in number)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes a JSON string; text that is not valid Unicode (a lone surrogate) is an error, not an exception.</summary>
    private bool TryText(JsonElement value, string path, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            Error(path, InputErrorCodes.WrongType, "The text is not valid Unicode.");
            return false;
        }
    }

    private void Error(string path, string code, string message) => Error(new InputError(path, code, message));

    private void Error(InputError error)
    {
        if (_errors.Count < options.MaxErrors && _errorPaths.Add(error.Path))
        {
            _errors.Add(error);
        }
    }
}
