using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesCore.NationalPlatform.Codes;
using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Json;

/// <summary>
/// Reads each message from its JSON: the envelope (<c>infcode</c>, <c>err_msg</c>, <c>output</c>) or the bare output,
/// then only the members the mapping uses — every other member, personal data among them, is skipped unread. Paths are
/// under <c>basePath</c> (empty for a message read alone, its member's name in a message set); the records keep their
/// paths relative to the message.
/// </summary>
internal static class MessageReaders
{
    /// <summary>The most characters of a platform's <c>err_msg</c> an error quotes.</summary>
    public const int MaxQuoted = 200;

    public static PersonQuery? Person(JsonElement root, JsonFields f, string basePath)
    {
        if (!Output(root, f, basePath, out var output, out var prefix))
        {
            return null;
        }

        var outputPath = JsonFields.Join(basePath, prefix);
        var rows = new List<InsuranceRecord>();
        foreach (var (row, path) in f.Objects(output, "insuinfo", outputPath, required: true))
        {
            var type = f.Code(row, "insutype", path, required: true);
            var status = f.Code(row, "psn_insu_stas", path, required: true);
            var area = f.Code(row, "insuplc_admdvs", path, required: false);
            if (type is not null && status is not null)
            {
                rows.Add(new InsuranceRecord { InsuranceType = type, Status = status, InsuredArea = area });
            }
        }

        if (rows.Count == 0 && !f.HasErrors)
        {
            f.Error(JsonFields.Join(outputPath, "insuinfo"), InputErrorCodes.Required, "人员信息获取（1101）没有返回参保信息（insuinfo 为空）。", "The person query (1101) returned no insurance row (insuinfo is empty).");
        }

        return new PersonQuery { Insurance = rows, Prefix = prefix };
    }

    public static ChronicQuery? Chronic(JsonElement root, JsonFields f, string basePath)
    {
        if (!Output(root, f, basePath, out var output, out var prefix))
        {
            return null;
        }

        var outputPath = JsonFields.Join(basePath, prefix);
        var single = JsonFields.Has(output, "feedetail") && output.GetProperty("feedetail").ValueKind == JsonValueKind.Object;
        var records = new List<ChronicRecord>();
        foreach (var (row, path) in f.Objects(output, "feedetail", outputPath, required: false, singleObject: true))
        {
            var code = f.Code(row, "opsp_dise_code", path, required: true);
            var from = f.Date(row, "begndate", path, required: true);
            var until = f.Date(row, "enddate", path, required: false);
            if (code is not null && from is not null)
            {
                records.Add(new ChronicRecord { ConditionCode = code, ValidFrom = from.Value, ValidUntil = until });
            }
        }

        return new ChronicQuery { Records = records, ListPath = JsonFields.Join(prefix, "feedetail"), SingleObject = single };
    }

    public static DesignationQuery? Designations(JsonElement root, JsonFields f, string basePath)
    {
        if (!Output(root, f, basePath, out var output, out var prefix))
        {
            return null;
        }

        // The kind of designation asked for is in the request: the HIS writes it beside the response, or keeps the
        // request's input with it.
        string? type = null;
        var typePath = "biz_appy_type";
        if (JsonFields.Has(root, "biz_appy_type"))
        {
            type = f.Code(root, "biz_appy_type", basePath, required: false);
        }
        else if (JsonFields.Has(root, "input") && f.Object(root, "input", basePath, required: false, out var input, out _))
        {
            if (JsonFields.Has(input, "data") && f.Object(input, "data", JsonFields.Join(basePath, "input"), required: false, out var data, out _))
            {
                typePath = "input.data.biz_appy_type";
                type = f.Code(data, "biz_appy_type", JsonFields.Join(basePath, "input.data"), required: false);
            }
            else
            {
                typePath = "input.biz_appy_type";
                type = f.Code(input, "biz_appy_type", JsonFields.Join(basePath, "input"), required: false);
            }
        }

        var outputPath = JsonFields.Join(basePath, prefix);
        var hospitals = new List<DesignationRecord>();
        foreach (var (row, path) in f.Objects(output, "psnfixmedin", outputPath, required: false))
        {
            var code = f.Code(row, "fixmedins_code", path, required: true);
            var from = f.Date(row, "begndate", path, required: false);
            var until = f.Date(row, "enddate", path, required: false);
            if (code is not null)
            {
                hospitals.Add(new DesignationRecord { HospitalCode = code, ValidFrom = from, ValidUntil = until });
            }
        }

        return new DesignationQuery { ApplicationType = type, Hospitals = hospitals, ListPath = JsonFields.Join(prefix, "psnfixmedin"), ApplicationTypePath = typePath };
    }

    public static EncounterRecord? Encounter(JsonElement root, JsonFields f, string basePath)
    {
        if (!Input(root, f, basePath, new[] { "data", "mdtrtinfo" }, out var node, out var prefix))
        {
            return null;
        }

        var path = JsonFields.Join(basePath, prefix);
        var type = f.Code(node, "med_type", path, required: true);
        var start = f.Date(node, "begntime", path, required: true);
        var disease = f.Code(node, "dise_codg", path, required: false);
        var credential = f.Code(node, "mdtrt_cert_type", path, required: false);
        var insurance = f.Code(node, "insutype", path, required: false);
        return type is null || start is null
            ? null
            : new EncounterRecord { MedicalType = type, Start = start.Value, DiseaseCode = disease, CredentialType = credential, InsuranceType = insurance, Prefix = prefix };
    }

    public static DischargeRecord? Discharge(JsonElement root, JsonFields f, string basePath)
    {
        if (!Input(root, f, basePath, new[] { "dscginfo" }, out var node, out var prefix))
        {
            return null;
        }

        var end = f.Date(node, "endtime", JsonFields.Join(basePath, prefix), required: true);
        return end is null ? null : new DischargeRecord { End = end.Value, Prefix = prefix };
    }

    public static FeeDetails? Fees(JsonElement root, JsonFields f, string basePath)
    {
        List<(JsonElement Element, string Path)> rows;
        string listPath;
        if (root.ValueKind == JsonValueKind.Array)
        {
            listPath = string.Empty;
            rows = f.ObjectsOf(root, basePath.Length == 0 ? "$" : basePath);
            if (basePath.Length == 0)
            {
                // A bare array's rows are [0], [1]…
                rows = rows.Select(r => (r.Element, r.Path.Substring(1))).ToList();
            }
        }
        else
        {
            if (!Output(root, f, basePath, out var output, out var prefix))
            {
                return null;
            }

            listPath = JsonFields.Join(prefix, "result");
            rows = f.Objects(output, "result", JsonFields.Join(basePath, prefix), required: true);
        }

        var items = new List<FeeItem>();
        foreach (var (row, path) in rows)
        {
            var serial = f.Code(row, "feedetl_sn", path, required: true);
            var amount = f.Amount(row, "det_item_fee_sumamt", path, required: true);
            var level = f.Code(row, "chrgitm_lv", path, required: false);
            var ownPay = f.Amount(row, "fulamt_ownpay_amt", path, required: false);
            if (serial is not null && amount is not null)
            {
                items.Add(new FeeItem { Serial = serial, Amount = amount.Value, ChargeLevel = level, FullOwnPay = ownPay });
            }
        }

        return new FeeDetails { Items = items, ListPath = listPath };
    }

    /// <summary>The hospital's own configuration: one hospital-directory entry, read strictly (our format).</summary>
    public static Hospital? Hospital(JsonElement root, JsonFields f, string basePath)
    {
        var at = basePath.Length == 0 ? "$" : basePath;
        if (!f.Strict(root, at, "id", "name", "region", "level", "crossRegionServices"))
        {
            return null;
        }

        var id = f.Code(root, "id", basePath, required: true);
        var name = f.Text(root, "name", basePath, required: false);
        f.Text(root, "level", basePath, required: false);
        RegionCode region = default;
        if (f.Code(root, "region", basePath, required: true) is { } code && !RegionCode.TryParse(code, out region))
        {
            f.Error(JsonFields.Join(basePath, "region"), InputErrorCodes.InvalidRegion, "应为六位 GB/T 2260 行政区划代码，且前两位是已知的省份。", "A six-digit GB/T 2260 region code with a known province prefix is expected.");
        }

        CrossRegionServices? services = null;
        if (f.Object(root, "crossRegionServices", basePath, required: false, out var e, out var path)
            && f.Strict(e, path, "inpatient", "generalOutpatient", "chronicConditions", "intraProvinceOnly"))
        {
            var inpatient = f.Bool(e, "inpatient", path, required: true);
            var outpatient = f.Bool(e, "generalOutpatient", path, required: true);
            var intraProvince = f.Bool(e, "intraProvinceOnly", path, required: false);
            var conditions = new List<string>();
            if (f.Find(e, "chronicConditions", path, required: false, out var list, out var listPath))
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    f.Error(listPath, InputErrorCodes.WrongType, "这里应为数组。", "An array is expected here.");
                }
                else if (list.GetArrayLength() > CaseLimits.MaxFilings)
                {
                    f.Error(listPath, InputErrorCodes.TooLarge, $"最多接受 {CaseLimits.MaxFilings} 个条目。", $"At most {CaseLimits.MaxFilings} entries are accepted.");
                }
                else
                {
                    var index = 0;
                    foreach (var item in list.EnumerateArray())
                    {
                        var itemPath = JsonFields.Index(listPath, index++);
                        if (item.ValueKind == JsonValueKind.String && item.GetString() is { } condition && ConditionIds.IsValid(condition))
                        {
                            conditions.Add(condition);
                        }
                        else
                        {
                            f.Error(itemPath, InputErrorCodes.InvalidCondition, "病种标识应为由字母和数字组成的小驼峰英文标识，例如 hypertension。", "A condition is a lowerCamel identifier of letters and digits, e.g. hypertension.");
                        }
                    }
                }
            }

            if (inpatient is not null && outpatient is not null)
            {
                services = new CrossRegionServices { Inpatient = inpatient.Value, GeneralOutpatient = outpatient.Value, ChronicConditions = conditions, IntraProvinceOnly = intraProvince ?? false };
            }
        }

        return id is null || !region.IsSpecified ? null : new Hospital { Id = id, Name = name, Region = region, CrossRegionServices = services! };
    }

    /// <summary>
    /// A response: its envelope's <c>output</c> when the document has <c>infcode</c> or <c>output</c> (a non-zero
    /// <c>infcode</c> is an error quoting <c>err_msg</c>), else the document itself (a bare output).
    /// </summary>
    private static bool Output(JsonElement root, JsonFields f, string basePath, out JsonElement output, out string prefix)
    {
        output = root;
        prefix = string.Empty;
        if (!f.IsObject(root, basePath.Length == 0 ? "$" : basePath))
        {
            return false;
        }

        if (!JsonFields.Has(root, "infcode") && !JsonFields.Has(root, "output"))
        {
            return true;
        }

        if (f.Find(root, "infcode", basePath, required: false, out var code, out var codePath))
        {
            if (!TryInteger(code, out var infcode))
            {
                f.Error(codePath, InputErrorCodes.WrongType, "infcode 应为整数（0 表示成功）。", "infcode is a whole number (0 for success).");
                return false;
            }

            if (infcode != 0)
            {
                var message = f.Find(root, "err_msg", basePath, required: false, out var text, out _) && text.ValueKind == JsonValueKind.String ? Quote(text) : null;
                var number = infcode.ToString(CultureInfo.InvariantCulture);
                f.Error(codePath, PlatformErrorCodes.PlatformError,
                    message is null ? $"平台返回了错误（infcode {number}），没有 err_msg。" : $"平台返回了错误（infcode {number}）：“{message}”",
                    message is null ? $"The platform answered with an error (infcode {number}) and no err_msg." : $"The platform answered with an error (infcode {number}): \"{message}\"");
                return false;
            }
        }

        prefix = "output";
        return f.Object(root, "output", basePath, required: true, out output, out _);
    }

    /// <summary>A request's input: the whole request (<c>infno</c>, <c>input</c>…), its <c>input</c>, or the record itself.</summary>
    private static bool Input(JsonElement root, JsonFields f, string basePath, string[] records, out JsonElement node, out string prefix)
    {
        node = root;
        prefix = string.Empty;
        if (!f.IsObject(root, basePath.Length == 0 ? "$" : basePath))
        {
            return false;
        }

        if (JsonFields.Has(root, "input"))
        {
            if (!f.Object(root, "input", basePath, required: true, out node, out _))
            {
                return false;
            }

            prefix = "input";
        }

        foreach (var record in records)
        {
            if (JsonFields.Has(node, record))
            {
                var parent = node;
                if (!f.Object(parent, record, JsonFields.Join(basePath, prefix), required: true, out node, out _))
                {
                    return false;
                }

                prefix = JsonFields.Join(prefix, record);
                break;
            }
        }

        return true;
    }

    private static bool TryInteger(JsonElement value, out long number)
    {
        number = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out number),
            JsonValueKind.String => value.GetString() is { } text && text.Trim().Length is > 0 and <= 18
                && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    /// <summary>
    /// A platform's error message as an error may quote it: runs of six digits or more (identity, card and telephone
    /// numbers) masked, control characters escaped, at most <see cref="MaxQuoted"/> characters.
    /// </summary>
    internal static string? Quote(JsonElement text)
    {
        string raw;
        try
        {
            raw = text.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        if (raw.Length > 4 * MaxQuoted)
        {
            raw = raw.Substring(0, char.IsHighSurrogate(raw[4 * MaxQuoted - 1]) ? 4 * MaxQuoted - 1 : 4 * MaxQuoted);
        }

        var masked = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length;)
        {
            var run = 0;
            while (i + run < raw.Length && IsDigit(raw[i + run]))
            {
                run++;
            }

            if (run == 0)
            {
                masked.Append(raw[i++]);
                continue;
            }

            if (run >= 6)
            {
                masked.Append('*', run);
                // An identity number's check character.
                if (i + run < raw.Length && raw[i + run] is 'X' or 'x' or 'Ｘ')
                {
                    masked.Append('*');
                    run++;
                }
            }
            else
            {
                masked.Append(raw, i, run);
            }

            i += run;
        }

        var escaped = CaseLimits.EscapeControlCharacters(masked.ToString().Trim());
        if (escaped.Length <= MaxQuoted)
        {
            return escaped;
        }

        var cut = char.IsHighSurrogate(escaped[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return escaped.Substring(0, cut) + "…";
    }

    private static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
}
