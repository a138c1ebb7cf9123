using System.Globalization;
using RulesCore.NationalPlatform.Codes;
using RulesCore.NationalPlatform.Json;
using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform;

/// <summary>
/// One case being built from messages: the mapping of the specification, section by section, collecting errors (with
/// their paths under the message's name), unknown facts and assumptions. Used once.
/// </summary>
internal sealed class CaseAssembly
{
    /// <summary>An <c>enddate</c> on or after this day means open-ended (the platform writes e.g. 2120-11-01).</summary>
    public static readonly DateTime OpenEndedFrom = new(2100, 1, 1);

    private static readonly LocalizedText OpenEndedSource = new(
        "公开的 5301 应答样例以远期日期（如 2120-11-01）表示长期有效，单一来源；2100-01-01 这一界限是推断",
        "a public sample 5301 response writes a far-future day (e.g. 2120-11-01) for open-ended, one source; the 2100-01-01 threshold is inferred");

    private readonly IReadOnlyList<PlatformCodeTables> _added;
    private readonly JsonFields _errors = new(SettlementJsonOptions.Default);
    private readonly List<PlatformAssumption> _assumptions = new();
    private readonly HashSet<string> _assumed = new(StringComparer.Ordinal);
    private CodeLookup _codes = null!;

    public CaseAssembly(IReadOnlyList<PlatformCodeTables> added) => _added = added;

    public PlatformCase? Build(PlatformMessages m, out IReadOnlyList<InputError> errors)
    {
        if (m.Person is null || m.Encounter is null || m.Hospital is null)
        {
            foreach (var (name, missing) in new[] { ("person", m.Person is null), ("encounter", m.Encounter is null), ("hospital", m.Hospital is null) })
            {
                if (missing)
                {
                    _errors.Error(name, InputErrorCodes.Required, "缺少这条报文。", "This message is required.");
                }
            }

            errors = _errors.Errors;
            return null;
        }

        var rows = m.Person.Insurance ?? Array.Empty<InsuranceRecord>();
        _codes = new CodeLookup(CodeLookup.Layers(_added, ProvinceOf(rows)));
        var person = BuildPerson(m.Person, rows, m.Encounter);
        var encounter = BuildEncounter(m.Encounter, m.Discharge, m.Fees);
        var qualifications = BuildQualifications(m.Chronic, m.Designations ?? Array.Empty<DesignationQuery>(), m.Encounter.Start, out var designationsKnown);
        errors = _errors.Errors;
        if (_errors.HasErrors || person is null || encounter is null)
        {
            return null;
        }

        // The unknown facts, in the order of their kinds: what no message carries, then what was not asked.
        var unknown = new List<string> { FactPaths.Filings };
        if (qualifications is null)
        {
            unknown.Add(FactPaths.Qualifications);
        }
        else if (!designationsKnown)
        {
            unknown.AddRange(Enumerable.Range(0, qualifications.Count).Select(FactPaths.DesignatedHospitals));
        }

        unknown.Add(FactPaths.Card);
        if (!person.EVoucherActivated)
        {
            unknown.Add(FactPaths.EVoucherActivated);
        }

        unknown.Add(FactPaths.PersonalAccountPaymentEnabled);
        if (m.Hospital.CrossRegionServices is null)
        {
            unknown.Add(FactPaths.CrossRegionServices);
        }

        unknown.AddRange(_unknownItems.Select(FactPaths.ItemInCatalog));
        var @case = new SettlementCase
        {
            Person = person,
            Qualifications = qualifications ?? (IReadOnlyList<Qualification>)Array.Empty<Qualification>(),
            Hospital = m.Hospital,
            Encounter = encounter,
            UnknownFacts = unknown,
        };
        return new PlatformCase(@case, _assumptions.ToArray());
    }

    private readonly List<int> _unknownItems = new();

    /// <summary>The insured province whose code tables apply: of the first insurance row with a valid area.</summary>
    private static RegionCode? ProvinceOf(IReadOnlyList<InsuranceRecord> rows)
    {
        foreach (var row in rows)
        {
            if (row?.InsuredArea is { } area && RegionCode.TryParse(area, out var region))
            {
                return region.Province;
            }
        }

        return null;
    }

    private InsuranceAccount? BuildPerson(PersonQuery query, IReadOnlyList<InsuranceRecord> rows, EncounterRecord visit)
    {
        var prefix = JsonFields.Join("person", query.Prefix);
        var listPath = JsonFields.Join(prefix, "insuinfo");
        string RowPath(int i) => JsonFields.Index(listPath, i);

        var kinds = new CodeRow?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            kinds[i] = rows[i] is { } each ? Known(CodeTable.InsuranceType, each.InsuranceType, JsonFields.Join(RowPath(i), "insutype"), "1101 insutype") : null;
        }

        var basic = Enumerable.Range(0, rows.Count).Where(i => kinds[i]?.Value is "employee" or "resident").ToList();
        var candidates = basic;
        var visitPath = JsonFields.Join(JsonFields.Join("encounter", visit.Prefix), "insutype");
        if (visit.InsuranceType is { } visitType
            && Known(CodeTable.InsuranceType, visitType, visitPath, "insutype") is { Value: "employee" or "resident" })
        {
            candidates = basic.Where(i => rows[i].InsuranceType == visitType).ToList();
            if (candidates.Count == 0 && basic.Count > 0)
            {
                var shown = JsonFields.Shown(visitType) ?? "?";
                _errors.Error(visitPath, PlatformErrorCodes.NoMatchingInsurance,
                    $"就诊的险种 insutype {shown} 在人员信息获取（1101）的参保信息中没有对应的行。",
                    $"The visit's insurance type insutype {shown} has no row in the person query's (1101) insurance rows.");
                return null;
            }
        }

        if (basic.Count == 0)
        {
            if (!_errors.HasErrors)
            {
                _errors.Error(listPath, InputErrorCodes.Required,
                    "参保信息中没有基本医疗保险（险种 310 职工或 390 居民）的行。",
                    "The insurance rows hold no basic medical insurance row (insutype 310, employees, or 390, residents).");
            }

            return null;
        }

        var statuses = new Dictionary<int, CodeRow?>();
        foreach (var i in candidates)
        {
            statuses[i] = Known(CodeTable.InsuranceStatus, rows[i].Status, JsonFields.Join(RowPath(i), "psn_insu_stas"), "1101 psn_insu_stas");
        }

        if (statuses.Values.Any(s => s is null))
        {
            return null;
        }

        var active = candidates.Where(i => statuses[i]!.Value == "active").ToList();
        if (active.Count > 1)
        {
            var which = string.Join("、", active.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            var whichEn = string.Join(", ", active.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            _errors.Error(listPath, PlatformErrorCodes.AmbiguousInsurance,
                $"第 {which} 行（从 0 数起）都是正常参保的基本医疗保险，无法判断这次就医按哪一个结算；挂号或入院信息中的 insutype 可以指明。",
                $"Rows {whichEn} (counting from 0) are all active basic medical insurance: which one the visit is settled under cannot be told; the registration's or admission's insutype can say.");
            return null;
        }

        var chosen = active.Count == 1 ? active[0] : candidates[0];
        if (active.Count == 0 && candidates.Count > 1)
        {
            AssumeRule(listPath, string.Empty, "insuinfo[" + chosen.ToString(CultureInfo.InvariantCulture) + "]", MappingConfidence.C, new LocalizedText(
                $"1101 有 {candidates.Count} 行基本医疗保险参保信息，都不是正常参保：取第一行（第 {chosen} 行）的险种和参保地（可信度 C：推断，任何一行都意味着断缴）",
                $"1101 has {candidates.Count} basic insurance rows, none active: the first (row {chosen}) gives the scheme and the insured area (confidence C: inferred; any of them means lapsed)"));
        }

        var row = rows[chosen];
        var kind = kinds[chosen]!;
        var scheme = kind.Value == "employee" ? InsuranceScheme.Employee : InsuranceScheme.Resident;
        Assume(kind, JsonFields.Join(RowPath(chosen), "insutype"), "1101 insutype", row.InsuranceType, "person.scheme = " + kind.Value);
        var status = statuses[chosen]!;
        Assume(status, JsonFields.Join(RowPath(chosen), "psn_insu_stas"), "1101 psn_insu_stas", row.Status, "person.contribution.status = " + status.Value);

        var areaPath = JsonFields.Join(RowPath(chosen), "insuplc_admdvs");
        if (row.InsuredArea is not { } raw)
        {
            _errors.Error(areaPath, InputErrorCodes.Required, "所取参保信息行缺少参保地医保区划。", "The insurance row taken has no insured area.");
            return null;
        }

        var (area, areaRow) = _codes.Area(raw);
        if (!RegionCode.TryParse(area, out var insured))
        {
            _errors.Error(areaPath, InputErrorCodes.InvalidRegion, "应为六位 GB/T 2260 医保区划代码，且前两位是已知的省份。", "A six-digit GB/T 2260 area code with a known province prefix is expected.");
            return null;
        }

        Assume(areaRow, areaPath, "1101 insuplc_admdvs", raw, "person.insuredRegion = " + insured);
        AssumeRule(prefix.Length == 0 ? "person" : prefix, string.Empty, "person.identityVerified = true", MappingConfidence.C, new LocalizedText(
            "人员信息获取（1101）已按所出示的凭证成功应答 → person.identityVerified = true（可信度 C：推断，平台按凭证查到了此人）",
            "the person query (1101) answered for the credential presented → person.identityVerified = true (confidence C: inferred; the platform found the person for it)"));

        var eVoucher = false;
        if (visit.CredentialType == "01")
        {
            eVoucher = true;
            AssumeRule(JsonFields.Join(JsonFields.Join("encounter", visit.Prefix), "mdtrt_cert_type"), "01", "person.eVoucherActivated = true", MappingConfidence.C, new LocalizedText(
                "就诊凭证类型 mdtrt_cert_type 01（医保电子凭证）→ person.eVoucherActivated = true（可信度 C：推断，用电子凭证挂号或入院说明已激活）",
                "credential type mdtrt_cert_type 01 (the e-voucher) → person.eVoucherActivated = true (confidence C: inferred; registering with it means it is activated)"));
        }

        return new InsuranceAccount
        {
            InsuredRegion = insured,
            Scheme = scheme,
            Contribution = new Contribution { Status = status.Value == "active" ? ContributionStatus.Active : ContributionStatus.Lapsed },
            IdentityVerified = true,
            Card = default,
            EVoucherActivated = eVoucher,
            PersonalAccountPaymentEnabled = false,
        };
    }

    private Encounter? BuildEncounter(EncounterRecord visit, DischargeRecord? discharge, FeeDetails? fees)
    {
        var prefix = JsonFields.Join("encounter", visit.Prefix);
        var type = Known(CodeTable.MedicalType, visit.MedicalType, JsonFields.Join(prefix, "med_type"), "med_type");
        var date = visit.Start.Date;
        InRange(date, JsonFields.Join(prefix, "begntime"));
        if (type is null)
        {
            return null;
        }

        var setting = type.Value switch
        {
            "generalOutpatient" => CareSetting.GeneralOutpatient,
            "emergency" => CareSetting.Emergency,
            "chronicOutpatient" => CareSetting.ChronicOutpatient,
            _ => CareSetting.Inpatient,
        };
        Assume(type, JsonFields.Join(prefix, "med_type"), "med_type", visit.MedicalType, "encounter.setting = " + type.Value);

        string? condition = null;
        if (setting == CareSetting.ChronicOutpatient)
        {
            var path = JsonFields.Join(prefix, "dise_codg");
            if (visit.DiseaseCode is not { } code)
            {
                _errors.Error(path, InputErrorCodes.ConditionRequired,
                    "门诊慢特病就诊（med_type 14）需要病种目录代码 dise_codg（即 5301 的 opsp_dise_code）。",
                    "A chronic outpatient visit (med_type 14) needs its condition's code in dise_codg (the opsp_dise_code of 5301).");
            }
            else
            {
                condition = Condition(code, path, "dise_codg", "encounter.condition", MappingConfidence.B, new LocalizedText(
                    "；门慢特就诊的 dise_codg 即病种目录代码，单一来源（B）",
                    "; a chronic visit's dise_codg is the condition's catalogue code, one source (B)"));
            }
        }

        DateTime? discharged = null;
        if (discharge is not null)
        {
            var path = JsonFields.Join("discharge", discharge.Prefix);
            var endPath = JsonFields.Join(path, "endtime");
            if (setting != CareSetting.Inpatient)
            {
                var shown = JsonFields.Shown(visit.MedicalType) ?? "?";
                _errors.Error(path.Length == 0 ? "discharge" : path, PlatformErrorCodes.NotInpatient,
                    $"出院办理（2402）只用于住院；这次就诊的医疗类别是 med_type {shown}。",
                    $"A discharge (2402) belongs to an inpatient stay; this visit's medical type is med_type {shown}.");
            }
            else if (InRange(discharge.End.Date, endPath) && discharge.End.Date < date)
            {
                _errors.Error(endPath, InputErrorCodes.DateBeforeStart, "出院日期早于入院日期（begntime）。", "The discharge is before the admission (begntime).");
            }
            else
            {
                discharged = discharge.End.Date;
                AssumeRule(endPath, string.Empty, "encounter.dischargeDate", MappingConfidence.B, new LocalizedText(
                    "出院办理（2402）的 endtime → encounter.dischargeDate（可信度 B：单一来源）",
                    "the discharge's (2402) endtime → encounter.dischargeDate (confidence B: one source)"));
            }
        }

        var items = fees is null ? Array.Empty<EncounterItem>() : BuildItems(fees);
        return new Encounter { Setting = setting, Date = date, DischargeDate = discharged, Condition = condition, Items = items };
    }

    private IReadOnlyList<EncounterItem> BuildItems(FeeDetails fees)
    {
        var list = fees.Items ?? Array.Empty<FeeItem>();
        var listPath = JsonFields.Join("fees", fees.ListPath);
        if (list.Count > CaseLimits.MaxItems)
        {
            _errors.Error(listPath, InputErrorCodes.TooLarge, $"最多接受 {CaseLimits.MaxItems} 个费用明细。", $"At most {CaseLimits.MaxItems} fee items are accepted.");
            return Array.Empty<EncounterItem>();
        }

        var items = new List<EncounterItem>(list.Count);
        var ownPaid = false;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } item)
            {
                continue;
            }

            var path = fees.ListPath.Length == 0 ? JsonFields.Index("fees", i) : JsonFields.Index(listPath, i);
            Id(item.Serial, JsonFields.Join(path, "feedetl_sn"));
            if (item.Amount < 0m || item.Amount > CaseLimits.MaxAmount)
            {
                _errors.Error(JsonFields.Join(path, "det_item_fee_sumamt"), InputErrorCodes.OutOfRange, "金额应在 0 到 1,000,000,000 之间。", "An amount between 0 and 1,000,000,000 is expected.");
            }

            var level = item.ChargeLevel is { } code ? Known(CodeTable.ChargeLevel, code, JsonFields.Join(path, "chrgitm_lv"), "2204 chrgitm_lv") : null;
            if (level is not null)
            {
                Assume(level, listPath, "2204 chrgitm_lv", item.ChargeLevel!, "encounter.items[].inCatalog = " + (level.Value == "inCatalog" ? "true" : "false"));
            }

            bool inCatalog;
            if (item.FullOwnPay is > 0m)
            {
                inCatalog = false;
                ownPaid = true;
            }
            else if (level is not null)
            {
                inCatalog = level.Value == "inCatalog";
            }
            else
            {
                // Not yet judged by the platform: unknown, never guessed.
                inCatalog = false;
                if (item.ChargeLevel is null)
                {
                    _unknownItems.Add(i);
                }
            }

            items.Add(new EncounterItem { Code = item.Serial, Amount = item.Amount, InCatalog = inCatalog });
        }

        if (ownPaid)
        {
            AssumeRule(listPath, string.Empty, "encounter.items[].inCatalog = false", MappingConfidence.C, new LocalizedText(
                "全自费金额 fulamt_ownpay_amt 大于 0 的明细 → encounter.items[].inCatalog = false（可信度 C：推断，全自费即不在目录内）",
                "an item with a full self-paid amount fulamt_ownpay_amt above 0 → encounter.items[].inCatalog = false (confidence C: inferred; fully self-paid means outside the catalogue)"));
        }

        return items;
    }

    private IReadOnlyList<Qualification>? BuildQualifications(ChronicQuery? chronic, IReadOnlyList<DesignationQuery> designations, DateTime visit, out bool designationsKnown)
    {
        designationsKnown = false;
        if (chronic is null)
        {
            return null;
        }

        var records = chronic.Records ?? Array.Empty<ChronicRecord>();
        var listPath = JsonFields.Join("chronic", chronic.ListPath);
        if (records.Count > CaseLimits.MaxFilings)
        {
            _errors.Error(listPath, InputErrorCodes.TooLarge, $"最多接受 {CaseLimits.MaxFilings} 条门慢特病备案。", $"At most {CaseLimits.MaxFilings} chronic qualification records are accepted.");
            return null;
        }

        var designated = records.Count == 0 ? null : Designated(designations, visit);
        designationsKnown = designated is not null;
        var qualifications = new List<Qualification>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not { } record)
            {
                continue;
            }

            var path = chronic.SingleObject ? listPath : JsonFields.Index(listPath, i);
            var condition = Condition(record.ConditionCode, JsonFields.Join(path, "opsp_dise_code"), "5301 opsp_dise_code", "qualifications[" + i.ToString(CultureInfo.InvariantCulture) + "].condition", MappingConfidence.A, null);
            var from = record.ValidFrom.Date;
            var until = record.ValidUntil?.Date;
            var untilPath = JsonFields.Join(path, "enddate");
            if (!InRange(from, JsonFields.Join(path, "begndate")) || (until is { } u && !InRange(u, untilPath)))
            {
                continue;
            }

            if (until >= OpenEndedFrom)
            {
                AssumeRule(untilPath, string.Empty, "qualifications[" + i.ToString(CultureInfo.InvariantCulture) + "].validUntil = null", MappingConfidence.B, new LocalizedText(
                    $"enddate {until.Value:yyyy-MM-dd} 在 2100-01-01 或之后 → 长期有效（可信度 B：{OpenEndedSource.Chinese}）",
                    $"enddate {until.Value:yyyy-MM-dd} on or after 2100-01-01 → open-ended (confidence B: {OpenEndedSource.English})"));
                until = null;
            }
            else if (until < from)
            {
                _errors.Error(untilPath, InputErrorCodes.DateBeforeStart, "结束日期早于开始日期（begndate）。", "The end is before the start (begndate).");
                continue;
            }

            if (condition is not null)
            {
                qualifications.Add(new Qualification { Condition = condition, ValidFrom = from, ValidUntil = until, DesignatedHospitals = designated });
            }
        }

        return qualifications;
    }

    /// <summary>
    /// The hospitals designated on the visit day by the 5302 answers whose kind designates for chronic conditions;
    /// <see langword="null"/> (unknown) when no such answer was given, or none designates a hospital on that day —
    /// the platform's silence may only mean the region does not use designation.
    /// </summary>
    private IReadOnlyList<string>? Designated(IReadOnlyList<DesignationQuery> designations, DateTime visit)
    {
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<(DesignationQuery Query, int Index, CodeRow Type)>();
        for (var q = 0; q < designations.Count; q++)
        {
            if (designations[q] is { ApplicationType: { } type } query && _codes.Find(CodeTable.DesignationType, type) is { Value: "chronicDesignation" } row)
            {
                used.Add((query, q, row));
                var hospitals = query.Hospitals ?? Array.Empty<DesignationRecord>();
                for (var h = 0; h < hospitals.Count; h++)
                {
                    if (hospitals[h] is not { } hospital)
                    {
                        continue;
                    }

                    var path = JsonFields.Index(JsonFields.Join(JsonFields.Index("designations", q), query.ListPath), h);
                    if (Id(hospital.HospitalCode, JsonFields.Join(path, "fixmedins_code"))
                        && (hospital.ValidFrom is null || hospital.ValidFrom.Value.Date <= visit.Date)
                        && (hospital.ValidUntil is null || hospital.ValidUntil.Value.Date >= visit.Date)
                        && seen.Add(hospital.HospitalCode))
                    {
                        codes.Add(hospital.HospitalCode);
                    }
                }
            }
        }

        if (codes.Count > CaseLimits.MaxFilings)
        {
            _errors.Error("designations", InputErrorCodes.TooLarge, $"最多接受 {CaseLimits.MaxFilings} 家定点医院。", $"At most {CaseLimits.MaxFilings} designated hospitals are accepted.");
            return null;
        }

        if (codes.Count == 0)
        {
            return null;
        }

        foreach (var (query, index, type) in used)
        {
            var field = JsonFields.Join(JsonFields.Index("designations", index), query.ListPath);
            Assume(type, field, "5302 biz_appy_type", query.ApplicationType!, "qualifications[].designatedHospitals", MappingConfidence.C, new LocalizedText(
                "；取就诊日有效的定点医院（C）", "; the hospitals designated on the visit day are taken (C)"));
        }

        return codes;
    }

    /// <summary>
    /// The condition of an <c>opsp_dise_code</c>: its row (whole code, else category); a code no row knows is a local
    /// condition keeping its category (<c>opspM123</c>), said in an assumption — never taken for another condition.
    /// </summary>
    private string? Condition(string code, string path, string label, string becomes, MappingConfidence floor, LocalizedText? note)
    {
        if (_codes.Condition(code) is { } row)
        {
            Assume(row, path, label, code, becomes + " = " + row.Value, floor, note);
            return row.Value;
        }

        if (code.Length == 0 || !code.All(c => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
        {
            _errors.Error(path, InputErrorCodes.UnknownValue, "病种目录代码应由字母和数字组成（如 M03900）。", "A condition's catalogue code is letters and digits (e.g. M03900).");
            return null;
        }

        var category = code.Length > 4 ? code.Substring(0, 4) : code;
        var local = "opsp" + char.ToUpperInvariant(category[0]) + category.Substring(1);
        var shown = JsonFields.Shown(code) ?? category;
        AssumeRule(path, shown, becomes + " = " + local, MappingConfidence.C, new LocalizedText(
            $"{label} {shown} 不在代码表中 → 作为地方病种 {local}（按前四位分类；可信度 C：不当作任何全国病种）",
            $"{label} {shown} is not in the code tables → the local condition {local} (by its first four characters; confidence C: not taken for any national condition)"));
        return local;
    }

    /// <summary>The row of a code, or an error naming the path and the known codes — a code outside the tables is never guessed.</summary>
    private CodeRow? Known(CodeTable table, string? code, string path, string label)
    {
        if (code is null)
        {
            _errors.Error(path, InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
            return null;
        }

        if (_codes.Find(table, code) is { } row)
        {
            return row;
        }

        var known = _codes.Known(table).Take(20).ToList();
        var shown = JsonFields.Shown(code);
        _errors.Error(path, InputErrorCodes.UnknownValue,
            (shown is null ? $"{label} 的这个值" : $"{label} {shown} ") + $"不在代码表中（已知：{string.Join("、", known.Select(r => r.Code + " " + r.Name.Chinese))}）。它可能是地方代码，含义因地而异，不作猜测；如在参保省份有明确含义，请用该省的代码表覆盖加入。",
            (shown is null ? $"This {label} value" : $"{label} {shown}") + $" is not in the code tables (known: {string.Join(", ", known.Select(r => r.Code + " " + r.Name.English))}). It may be a local code, whose meaning differs by region, and is not guessed; if it has a definite meaning in the insured province, add it with code tables for that province.");
        return null;
    }

    private bool Id(string? id, string path)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            _errors.Error(path, InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
        }
        else if (id!.Length > CaseLimits.MaxIdLength)
        {
            _errors.Error(path, InputErrorCodes.TooLarge, $"代码超过 {CaseLimits.MaxIdLength} 个字符。", $"The code is longer than {CaseLimits.MaxIdLength} characters.");
        }
        else if (id.Any(CaseLimits.IsControlCharacter))
        {
            _errors.Error(path, InputErrorCodes.InvalidCharacter, "代码含有控制字符。", "The code contains a control character.");
        }
        else
        {
            return true;
        }

        return false;
    }

    private bool InRange(DateTime date, string path)
    {
        if (CaseLimits.IsInDateRange(date))
        {
            return true;
        }

        _errors.Error(path, InputErrorCodes.OutOfRange, "应为 1900-01-01 至 2999-12-31 之间的日期。", "A date between 1900-01-01 and 2999-12-31 is expected.");
        return false;
    }

    /// <summary>Records a row's mapping when it (or what it was read from, <paramref name="floor"/>) is of confidence B or C.</summary>
    private void Assume(CodeRow? row, string field, string label, string code, string becomes, MappingConfidence floor = MappingConfidence.A, LocalizedText? note = null)
    {
        if (row is null)
        {
            return;
        }

        var confidence = (MappingConfidence)Math.Max((int)row.Confidence, (int)floor);
        if (confidence == MappingConfidence.A)
        {
            return;
        }

        AssumeRule(field, code, becomes, confidence, new LocalizedText(
            $"{label} {code}（{row.Name.Chinese}）→ {becomes}（可信度 {confidence}：{row.Source.Chinese}{note?.Chinese}）",
            $"{label} {code} ({row.Name.English}) → {becomes} (confidence {confidence}: {row.Source.English}{note?.English})"));
    }

    private void AssumeRule(string field, string code, string becomes, MappingConfidence confidence, LocalizedText text)
    {
        if (_assumed.Add(field + "\n" + code + "\n" + becomes))
        {
            _assumptions.Add(new PlatformAssumption { Field = field, Code = code, Becomes = becomes, Confidence = confidence, Text = text });
        }
    }
}
