using System.Text.Json;
using RulesCore.NationalPlatform.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Codes;

/// <summary>Reads a code tables document, strictly: it is our own format, so a misspelt member must not be ignored.</summary>
internal static class CodeTablesReader
{
    /// <summary>The largest code tables document, in bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The most rows of one table.</summary>
    public const int MaxRows = 10_000;

    private static readonly SettlementJsonOptions Limits = new() { MaxDocumentBytes = MaxBytes, MaxCollection = MaxRows, MaxDepth = 8 };

    /// <summary>The tables by their JSON names, in the order they are documented.</summary>
    public static readonly (string Name, CodeTable Table, string[] Values)[] Tables =
    {
        ("med_type", CodeTable.MedicalType, new[] { "generalOutpatient", "emergency", "chronicOutpatient", "inpatient" }),
        ("insutype", CodeTable.InsuranceType, new[] { "employee", "resident", "supplement" }),
        ("psn_insu_stas", CodeTable.InsuranceStatus, new[] { "active", "lapsed" }),
        ("opsp_dise_code", CodeTable.ConditionCode, Array.Empty<string>()),
        ("chrgitm_lv", CodeTable.ChargeLevel, new[] { "inCatalog", "outsideCatalog" }),
        ("biz_appy_type", CodeTable.DesignationType, new[] { "chronicDesignation", "other" }),
        ("insuplc_admdvs", CodeTable.InsuredArea, Array.Empty<string>()),
    };

    public static string NameOf(CodeTable table) => Tables.First(t => t.Table == table).Name;

    public static PlatformCodeTables? Read(ReadOnlyMemory<byte> utf8Json, string origin, out IReadOnlyList<InputError> errors)
    {
        var f = new JsonFields(Limits);
        PlatformCodeTables? tables = null;
        using (var document = f.Parse(utf8Json, "$"))
        {
            if (document is not null)
            {
                try
                {
                    tables = ReadDocument(document.RootElement, origin, f);
                }
                catch (InvalidOperationException)
                {
                    f.Error("$", InputErrorCodes.InvalidJson, "文档中有字段名不是有效的 Unicode 文本。", "The document contains a property name that is not valid Unicode text.");
                }
            }
        }

        errors = f.Errors;
        return f.HasErrors ? null : tables;
    }

    private static PlatformCodeTables? ReadDocument(JsonElement root, string origin, JsonFields f)
    {
        if (!f.Strict(root, "$", "schemaVersion", "province", "name", "tables"))
        {
            return null;
        }

        if (!(root.TryGetProperty("schemaVersion", out var version) && version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == 1))
        {
            f.Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "schemaVersion 应为 1。", "schemaVersion must be 1.");
        }

        RegionCode? province = null;
        if (f.Code(root, "province", string.Empty, required: false) is { } code)
        {
            if (RegionCode.TryParse(code, out var region) && region.IsProvince)
            {
                province = region;
            }
            else
            {
                f.Error("province", InputErrorCodes.InvalidRegion, "应为省级行政区划代码（如 430000），或 null 表示适用于所有参保地。", "A province's region code (e.g. 430000) is expected, or null for every insured region.");
            }
        }

        var name = Bilingual(root, "name", string.Empty, f, required: true) ?? new LocalizedText(string.Empty, string.Empty);
        var rows = new List<CodeRow>();
        if (f.Object(root, "tables", string.Empty, required: true, out var tables, out var tablesPath)
            && f.Strict(tables, tablesPath, Tables.Select(t => t.Name).ToArray()))
        {
            foreach (var (tableName, table, values) in Tables)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (element, path) in f.Objects(tables, tableName, tablesPath, required: false))
                {
                    if (ReadRow(element, path, table, values, f) is { } row)
                    {
                        if (!seen.Add(row.Code))
                        {
                            f.Error(JsonFields.Join(path, "code"), InputErrorCodes.DuplicateId, "同一张表中已有这个代码。", "Another row of the table has this code.");
                            continue;
                        }

                        rows.Add(row);
                    }
                }
            }
        }

        return new PlatformCodeTables(province, name, origin, rows);
    }

    private static CodeRow? ReadRow(JsonElement e, string path, CodeTable table, string[] values, JsonFields f)
    {
        if (!f.Strict(e, path, "code", "value", "name", "confidence", "source"))
        {
            return null;
        }

        var code = f.Code(e, "code", path, required: true);
        if (code is not null && !IsCode(code, table))
        {
            f.Error(JsonFields.Join(path, "code"), InputErrorCodes.UnknownValue,
                table == CodeTable.InsuredArea ? "应为六位数字，或用 x 代表保留原样的数字（如 xxxx99）。" : "代码应为 1 至 16 个字母或数字。",
                table == CodeTable.InsuredArea ? "Six digits are expected, or x for a digit kept as it is (e.g. xxxx99)." : "A code is 1 to 16 letters or digits.");
            code = null;
        }

        string? value = null;
        var valuePath = JsonFields.Join(path, "value");
        if (!JsonFields.Has(e, "value"))
        {
            f.Error(valuePath, InputErrorCodes.Required, "缺少取值（覆盖表可以用 null 撤销一行）。", "The value is required (an override may withdraw a row with null).");
        }
        else if (e.GetProperty("value").ValueKind == JsonValueKind.Null)
        {
            // A withdrawn row: the code is refused as unknown.
        }
        else if ((value = f.Code(e, "value", path, required: true)) is not null && !IsValue(value, code, table, values))
        {
            f.Error(valuePath, InputErrorCodes.UnknownValue, AllowedChinese(table, values), AllowedEnglish(table, values));
            value = null;
        }

        var name = Bilingual(e, "name", path, f, required: false);
        var confidence = f.Code(e, "confidence", path, required: true) switch
        {
            "A" => MappingConfidence.A,
            "B" => MappingConfidence.B,
            "C" => MappingConfidence.C,
            null => (MappingConfidence?)null,
            _ => Invalid(),
        };
        var source = Bilingual(e, "source", path, f, required: true);

        MappingConfidence? Invalid()
        {
            f.Error(JsonFields.Join(path, "confidence"), InputErrorCodes.UnknownValue, "可信度应为 A、B 或 C。", "The confidence is A, B or C.");
            return null;
        }

        return code is null || confidence is null || source is null || f.HasErrors
            ? null
            : new CodeRow(table, code, value, name ?? new LocalizedText(code, code), confidence.Value, source);
    }

    private static bool IsCode(string code, CodeTable table)
    {
        if (table == CodeTable.InsuredArea)
        {
            return code.Length == 6 && code.All(c => (c >= '0' && c <= '9') || c == 'x') && code.Any(c => c != 'x');
        }

        return code.Length is >= 1 and <= 16 && code.All(c => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }

    private static bool IsValue(string value, string? code, CodeTable table, string[] values) => table switch
    {
        CodeTable.ConditionCode => ConditionIds.IsValid(value),
        CodeTable.InsuredArea => code is not null && value.Length == 6 && Enumerable.Range(0, 6).All(i => code[i] == 'x' ? value[i] == 'x' : value[i] is >= '0' and <= '9')
            && (value.IndexOf('x') >= 0 || RegionCode.TryParse(value, out _)),
        _ => Array.IndexOf(values, value) >= 0,
    };

    private static string AllowedChinese(CodeTable table, string[] values) => table switch
    {
        CodeTable.ConditionCode => "应为病种标识（小驼峰英文标识，如 hypertension）。",
        CodeTable.InsuredArea => "应为六位医保区划代码，x 与代码中的 x 位置相同（如 xxxx00）。",
        _ => "应为以下取值之一：" + string.Join("、", values) + "。",
    };

    private static string AllowedEnglish(CodeTable table, string[] values) => table switch
    {
        CodeTable.ConditionCode => "A condition identifier (lowerCamel, e.g. hypertension) is expected.",
        CodeTable.InsuredArea => "A six-digit region code is expected, with x where the code has x (e.g. xxxx00).",
        _ => "One of " + string.Join(", ", values) + " is expected.",
    };

    private static LocalizedText? Bilingual(JsonElement parent, string name, string parentPath, JsonFields f, bool required)
    {
        if (!f.Object(parent, name, parentPath, required, out var e, out var path) || !f.Strict(e, path, Languages.Chinese, Languages.English))
        {
            return null;
        }

        var chinese = f.Text(e, Languages.Chinese, path, required: true);
        var english = f.Text(e, Languages.English, path, required: true);
        foreach (var (text, language) in new[] { (chinese, Languages.Chinese), (english, Languages.English) })
        {
            if (text is not null && text.Any(CaseLimits.IsControlCharacter))
            {
                f.Error(JsonFields.Join(path, language), InputErrorCodes.InvalidCharacter, "文本含有控制字符。", "The text contains a control character.");
                return null;
            }
        }

        return chinese is null || english is null ? null : new LocalizedText(chinese, english);
    }
}
