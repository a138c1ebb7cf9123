using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>Reads a case document into the model, collecting every structural and semantic problem with its path.</summary>
internal sealed class CaseJsonReader(SettlementJsonOptions options) : JsonFieldReader(options)
{
    private HashSet<string>? _unknown;

    private static readonly Dictionary<string, InsuranceScheme> Schemes = JsonNames.Map<InsuranceScheme>();
    private static readonly Dictionary<string, ContributionStatus> ContributionStatuses = JsonNames.Map<ContributionStatus>();
    private static readonly Dictionary<string, CardStatus> Cards = JsonNames.Map<CardStatus>();
    private static readonly Dictionary<string, FilingReason> Reasons = JsonNames.Map<FilingReason>();
    private static readonly Dictionary<string, FilingStatus> FilingStatuses = JsonNames.Map<FilingStatus>();
    private static readonly Dictionary<string, FilingBasis> Bases = JsonNames.Map<FilingBasis>();
    private static readonly Dictionary<string, CareSetting> Settings = JsonNames.Map<CareSetting>();

    private static readonly KnownProperties DocumentProperties = new("schemaVersion", "asOf", "person", "filings", "qualifications", "hospital", "encounter", "unknownFacts");
    private static readonly KnownProperties PersonProperties = new("name", "idNumber", "insuredRegion", "scheme", "contribution", "identityVerified", "card", "eVoucherActivated", "personalAccountPaymentEnabled");
    private static readonly KnownProperties ContributionProperties = new("status", "benefitsResumeOn");
    private static readonly KnownProperties FilingProperties = new("id", "reason", "destinationRegion", "validFrom", "validUntil", "status", "basis");
    private static readonly KnownProperties QualificationProperties = new("condition", "validFrom", "validUntil", "designatedHospitals");
    private static readonly KnownProperties HospitalProperties = new("id", "name", "region", "level", "crossRegionServices");
    private static readonly KnownProperties DesignatedHospitalProperties = new("id", "name", "region", "crossRegionServices");
    private static readonly KnownProperties ServicesProperties = new("inpatient", "generalOutpatient", "chronicConditions", "intraProvinceOnly");
    private static readonly KnownProperties EncounterProperties = new("setting", "date", "dischargeDate", "condition", "items");
    private static readonly KnownProperties ItemProperties = new("code", "description", "amount", "inCatalog");

    public SettlementCase? Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > Options.MaxDocumentBytes)
        {
            Error(SettlementJson.TooLargeDocument(Options));
            return null;
        }

        JsonDocument document;
        try
        {
            // The parser does not check the UTF-8 inside strings until they are read; check it all first.
            utf8Json = Utf8.WithoutByteOrderMark(utf8Json);
            Utf8.Check(utf8Json);
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            if (IsBlank(utf8Json.Span))
            {
                Error("$", InputErrorCodes.InvalidJson, "文档是空的：病例应为一个 JSON 对象。", "The document is empty: a case is a JSON object.");
                return null;
            }

            var (where, at) = e is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? ($" at line {line + 1}, byte {position + 1}", $"（第 {line + 1} 行第 {position + 1} 个字节处）")
                : (string.Empty, string.Empty);
            Error("$", InputErrorCodes.InvalidJson,
                "文档不是格式正确的 UTF-8 JSON" + at + "，嵌套最多 " + Options.MaxDepth + " 层。",
                "The document is not well-formed UTF-8 JSON" + where + " (nesting is limited to " + Options.MaxDepth + ").");
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
                Error("$", InputErrorCodes.InvalidJson, "文档中有字符串或字段名不是有效的 Unicode 文本。", "The document contains a string or property name that is not valid Unicode text.");
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
                && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v is SettlementJson.SchemaVersion or SettlementJson.PartialSchemaVersion))
            {
                Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "只支持 schemaVersion 1 和 2（2：病例列出了 unknownFacts）。", "Only schemaVersion 1 and 2 (2: the case lists unknownFacts) are understood.");
            }

            // The facts the caller does not know are read first: a listed member is not required, and must not be given.
            var unknownFacts = List(root, "unknownFacts", string.Empty, (x, p) => StringValue(x, p) ?? string.Empty);
            _unknown = unknownFacts.Count == 0 ? null : new HashSet<string>(unknownFacts, StringComparer.Ordinal);
            var @case = new SettlementCase
            {
                AsOf = Date(root, "asOf", string.Empty, required: false),
                Person = Child(root, "person", string.Empty, ReadPerson)!,
                Filings = Unknown(root, "filings", string.Empty) ? Array.Empty<Filing>() : List(root, "filings", string.Empty, ReadFiling),
                Qualifications = Unknown(root, "qualifications", string.Empty) ? Array.Empty<Qualification>() : List(root, "qualifications", string.Empty, ReadQualification),
                Hospital = Child(root, "hospital", string.Empty, ReadHospital)!,
                Encounter = Child(root, "encounter", string.Empty, ReadEncounter)!,
                UnknownFacts = unknownFacts,
            };

            // Semantic checks; a path already reported keeps its first (structural) error.
            foreach (var error in CaseValidator.Validate(@case))
            {
                Error(error);
            }

            return Errors.Count == 0 ? @case : null;
        }
    }


    private InsuranceAccount ReadPerson(JsonElement e, string path)
    {
        Object(e, path, PersonProperties);
        return new InsuranceAccount
        {
            Name = String(e, "name", path, required: false),
            IdNumber = String(e, "idNumber", path, required: false),
            InsuredRegion = Region(e, "insuredRegion", path),
            Scheme = Enum(e, "scheme", path, Schemes),
            Contribution = Unknown(e, "contribution", path) ? null! : Child(e, "contribution", path, ReadContribution)!,
            IdentityVerified = !Unknown(e, "identityVerified", path) && Bool(e, "identityVerified", path, required: true),
            Card = Unknown(e, "card", path) ? default : Enum(e, "card", path, Cards),
            EVoucherActivated = !Unknown(e, "eVoucherActivated", path) && Bool(e, "eVoucherActivated", path, required: true),
            PersonalAccountPaymentEnabled = !Unknown(e, "personalAccountPaymentEnabled", path) && Bool(e, "personalAccountPaymentEnabled", path, required: true),
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
            DesignatedHospitals = !Unknown(e, "designatedHospitals", path) && e.TryGetProperty("designatedHospitals", out var designated) && designated.ValueKind != JsonValueKind.Null
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

        return Errors.Count == 0 ? new Hospitals.DirectoryHospital { Hospital = hospital, Level = level } : null;
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
            CrossRegionServices = Unknown(e, "crossRegionServices", path) ? null! : Child(e, "crossRegionServices", path, ReadServices)!,
        };
    }

    /// <summary>Whether the case lists a member as unknown; if it is also given, that is an error naming it.</summary>
    private bool Unknown(JsonElement parent, string name, string parentPath)
    {
        if (_unknown is null)
        {
            return false;
        }

        var path = parentPath.Length == 0 ? name : parentPath + "." + name;
        if (!_unknown.Contains(path))
        {
            return false;
        }

        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            Error(path, InputErrorCodes.UnknownFactGiven, path + " 已列在 unknownFacts 中，不能同时给出。", path + " is listed in unknownFacts; it cannot also be given.");
        }

        return true;
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
            InCatalog = !Unknown(e, "inCatalog", path) && Bool(e, "inCatalog", path, required: true),
        };
    }

}
