using System.Text.Json;
using RulesCore.NationalPlatform.Json;
using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform;

/// <summary>
/// Reads the platform's messages as the HIS holds them. Responses (1101, 5301, 5302, 2204) come with their envelope —
/// <c>infcode</c> (0: answered; anything else is a <see cref="PlatformErrorCodes.PlatformError"/> error quoting
/// <c>err_msg</c>, escaped, long digit runs masked, at most 200 characters) and <c>output</c> — or as the bare
/// <c>output</c>; inputs (2201/2401, 2402) as the whole request, its <c>input</c>, or the record itself. Only the
/// members the mapping uses are read: the many others real messages carry (<c>baseinfo</c>, <c>idetinfo</c>,
/// <c>naty</c>, <c>cvlserv_flag</c>…) are skipped, personal data among them, never decoded. What is read is checked —
/// JSON types, required members, dates (<c>yyyy-MM-dd</c>, optionally with a time), amounts — and every problem is
/// reported with its JSON path, within the limits of <see cref="SettlementJsonOptions"/> (document size, depth, list
/// length, number of errors). Codes are checked against the code tables when the case is built
/// (<see cref="PlatformCaseBuilder"/>), for they depend on the insured province. Thread-safe.
/// </summary>
public static class PlatformJson
{
    /// <summary>The members of a message set document, in order: <c>person</c>, <c>chronic</c>, <c>designations</c>, <c>encounter</c>, <c>discharge</c>, <c>fees</c>, <c>hospital</c>.</summary>
    public static IReadOnlyList<string> MessageNames { get; } = new[] { "person", "chronic", "designations", "encounter", "discharge", "fees", "hospital" };

    /// <summary>Reads the person query's response (1101 人员信息获取): its insurance rows, nothing personal.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="person">The rows, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadPerson(ReadOnlyMemory<byte> utf8Json, out PersonQuery? person, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Person, out person, out errors, options);

    /// <summary>Reads the chronic qualification query's response (5301 人员慢特病备案查询).</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="chronic">The records, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadChronic(ReadOnlyMemory<byte> utf8Json, out ChronicQuery? chronic, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Chronic, out chronic, out errors, options);

    /// <summary>
    /// Reads the designation query's response (5302 人员定点信息查询), with the <c>biz_appy_type</c> asked for: a member of
    /// the document itself, or of the request's <c>input.data</c> kept with the response.
    /// </summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="designations">The designated hospitals, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadDesignations(ReadOnlyMemory<byte> utf8Json, out DesignationQuery? designations, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Designations, out designations, out errors, options);

    /// <summary>Reads the registration or admission the HIS sent (2201 门诊挂号, 2401 入院办理; 2203 <c>mdtrtinfo</c> too).</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="encounter">The record, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadEncounter(ReadOnlyMemory<byte> utf8Json, out EncounterRecord? encounter, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Encounter, out encounter, out errors, options);

    /// <summary>Reads the discharge the HIS sent (2402 出院办理).</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="discharge">The record, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadDischarge(ReadOnlyMemory<byte> utf8Json, out DischargeRecord? discharge, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Discharge, out discharge, out errors, options);

    /// <summary>Reads the fee details' response (2204 / 2301 <c>output.result</c>, the bare output, or the bare array of rows).</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="fees">The items, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadFees(ReadOnlyMemory<byte> utf8Json, out FeeDetails? fees, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Fees, out fees, out errors, options);

    /// <summary>
    /// Reads the hospital's own configuration: one hospital-directory entry (<c>id</c>, <c>name</c>, <c>region</c>,
    /// <c>level</c>, <c>crossRegionServices</c>), strictly — it is our format, so an unknown member is an error. Without
    /// <c>crossRegionServices</c>, the hospital's services are unknown (<see langword="null"/>).
    /// </summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="hospital">The hospital, when the document is valid.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document is a valid hospital entry.</returns>
    public static bool TryReadHospital(ReadOnlyMemory<byte> utf8Json, out Hospital? hospital, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null) =>
        TryRead(utf8Json, MessageReaders.Hospital, out hospital, out errors, options);

    /// <summary>
    /// Reads every message, each from its own document; the errors' paths start with the message's name
    /// (<c>person.output.insuinfo[0].insutype</c>, <c>designations[1].output.psnfixmedin</c>), as in a message set document.
    /// </summary>
    /// <param name="messages">The documents.</param>
    /// <param name="read">The messages, when every document is readable.</param>
    /// <param name="errors">Every problem of every document; empty when all are readable.</param>
    /// <param name="options">Limits for each document; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether every document could be read.</returns>
    public static bool TryReadMessages(PlatformJsonMessages messages, out PlatformMessages? read, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var f = new JsonFields(options ?? SettlementJsonOptions.Default);
        T? One<T>(ReadOnlyMemory<byte> bytes, string name, Func<JsonElement, JsonFields, string, T?> reader) where T : class
        {
            using var document = f.Parse(bytes, name);
            return document is null ? null : Guarded(() => reader(document.RootElement, f, name), f, name);
        }

        // An optional message that is empty is not given: a null byte[] converts to an empty ReadOnlyMemory<byte>.
        var person = One(messages.Person, "person", MessageReaders.Person);
        var chronic = messages.Chronic is { Length: > 0 } c ? One(c, "chronic", MessageReaders.Chronic) : null;
        var designations = (messages.Designations ?? Array.Empty<ReadOnlyMemory<byte>>()).Select((d, i) => d.Length == 0 ? null : One(d, JsonFields.Index("designations", i), MessageReaders.Designations)).ToList();
        var encounter = One(messages.Encounter, "encounter", MessageReaders.Encounter);
        var discharge = messages.Discharge is { Length: > 0 } d ? One(d, "discharge", MessageReaders.Discharge) : null;
        var fees = messages.Fees is { Length: > 0 } p ? One(p, "fees", MessageReaders.Fees) : null;
        var hospital = One(messages.Hospital, "hospital", MessageReaders.Hospital);
        errors = f.Errors;
        read = f.HasErrors || person is null || encounter is null || hospital is null
            ? null
            : new PlatformMessages { Person = person, Chronic = chronic, Designations = designations.OfType<DesignationQuery>().ToList(), Encounter = encounter, Discharge = discharge, Fees = fees, Hospital = hospital };
        return read is not null;
    }

    /// <summary>
    /// Reads a message set: one document holding every message under its name — <c>{ "person": …1101…, "chronic": …5301…,
    /// "designations": [ …5302… ] (or one object), "encounter": …2201/2401…, "discharge": …2402…, "fees": …2204…,
    /// "hospital": { …entry… } }</c> (the body of the HTTP sample's <c>POST /evaluate/platform</c>). Its top level is
    /// ours: an unknown member is an error; inside each message, members the mapping does not use are skipped.
    /// </summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="read">The messages, when the document is readable.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when readable.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document could be read.</returns>
    public static bool TryReadMessageSet(ReadOnlyMemory<byte> utf8Json, out PlatformMessages? read, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null)
    {
        var f = new JsonFields(options ?? SettlementJsonOptions.Default);
        read = null;
        using (var document = f.Parse(utf8Json, "$"))
        {
            if (document is not null)
            {
                read = Guarded(() => ReadSet(document.RootElement, f), f, "$");
            }
        }

        errors = f.Errors;
        if (f.HasErrors)
        {
            read = null;
        }

        return read is not null;
    }

    private static PlatformMessages? ReadSet(JsonElement root, JsonFields f)
    {
        if (!f.Strict(root, "$", MessageNames.Prepend("schemaVersion").ToArray()))
        {
            return null;
        }

        if (JsonFields.Has(root, "schemaVersion") && !(root.GetProperty("schemaVersion").ValueKind == JsonValueKind.Number && root.GetProperty("schemaVersion").TryGetInt32(out var version) && version == 1))
        {
            f.Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "只支持 schemaVersion 1。", "Only schemaVersion 1 is understood.");
        }

        T? Member<T>(string name, bool required, Func<JsonElement, JsonFields, string, T?> reader) where T : class =>
            f.Find(root, name, string.Empty, required, out var value, out var path) ? reader(value, f, path) : null;

        var person = Member("person", required: true, MessageReaders.Person);
        var chronic = Member("chronic", required: false, MessageReaders.Chronic);
        var designations = new List<Messages.DesignationQuery>();
        if (f.Find(root, "designations", string.Empty, required: false, out var list, out var listPath))
        {
            if (list.ValueKind == JsonValueKind.Array)
            {
                if (list.GetArrayLength() > f.Options.MaxCollection)
                {
                    f.Error(listPath, InputErrorCodes.TooLarge, $"最多接受 {f.Options.MaxCollection} 个条目。", $"At most {f.Options.MaxCollection} entries are accepted.");
                }
                else
                {
                    var index = 0;
                    foreach (var element in list.EnumerateArray())
                    {
                        if (MessageReaders.Designations(element, f, JsonFields.Index(listPath, index++)) is { } query)
                        {
                            designations.Add(query);
                        }
                    }
                }
            }
            else if (MessageReaders.Designations(list, f, listPath) is { } query)
            {
                designations.Add(query);
            }
        }

        var encounter = Member("encounter", required: true, MessageReaders.Encounter);
        var discharge = Member("discharge", required: false, MessageReaders.Discharge);
        var fees = Member("fees", required: false, MessageReaders.Fees);
        var hospital = Member("hospital", required: true, MessageReaders.Hospital);
        return person is null || encounter is null || hospital is null
            ? null
            : new PlatformMessages { Person = person, Chronic = chronic, Designations = designations, Encounter = encounter, Discharge = discharge, Fees = fees, Hospital = hospital };
    }

    private static bool TryRead<T>(ReadOnlyMemory<byte> utf8Json, Func<JsonElement, JsonFields, string, T?> reader, out T? message, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options)
        where T : class
    {
        var f = new JsonFields(options ?? SettlementJsonOptions.Default);
        message = null;
        using (var document = f.Parse(utf8Json, "$"))
        {
            if (document is not null)
            {
                message = Guarded(() => reader(document.RootElement, f, string.Empty), f, "$");
            }
        }

        errors = f.Errors;
        if (f.HasErrors)
        {
            message = null;
        }

        return message is not null;
    }

    /// <summary>Runs a reader; a property name that is not valid Unicode (found when it is compared) is an error, not an exception.</summary>
    private static T? Guarded<T>(Func<T?> read, JsonFields f, string path) where T : class
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            f.Error(path, InputErrorCodes.InvalidJson, "文档中有字符串或字段名不是有效的 Unicode 文本。", "The document contains a string or property name that is not valid Unicode text.");
            return null;
        }
    }
}
