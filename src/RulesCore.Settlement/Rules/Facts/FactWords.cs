using System.Text;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The facts in words, for why-not explanations: what a kind of fact is called ("no filing covering the visit"), a
/// fact by name ("备案 F1"), what a derived fact says ("filing F1 covers the visit"), and the values a condition's words
/// name with placeholders (<c>{filing}</c>, <c>{validUntil}</c>, <c>{visitDay}</c>, …; README lists them).
/// </summary>
internal static class FactWords
{
    private static readonly Dictionary<Type, LocalizedText> Nouns = new()
    {
        [typeof(Visit)] = new("本次就诊", "the visit"),
        [typeof(TreatmentScope)] = new("就医地与参保地的关系", "where the visit is relative to the insured region"),
        [typeof(InsuranceAccount)] = new("参保人", "the insured person"),
        [typeof(Hospital)] = new("医院", "the hospital"),
        [typeof(Filing)] = new("备案", "filing"),
        [typeof(Qualification)] = new("门慢特资格", "chronic-condition qualification"),
        [typeof(EncounterItem)] = new("费用项目", "item"),
        [typeof(FilingTiming)] = new("指向就医统筹区的有效备案", "active filing for the treatment region"),
        [typeof(FilingCoverage)] = new("覆盖本次就医的备案", "filing covering the visit"),
        [typeof(FilingExemption)] = new("省内异地就医免备案政策", "intra-province filing waiver"),
        [typeof(EmergencyDeemedFiled)] = new("急诊视同备案", "emergency care deemed filed"),
        [typeof(IFilingBasis)] = new("备案依据（覆盖本次就医的备案或急诊视同备案）", "filing basis (a filing covering the visit, or emergency care deemed filed)"),
        [typeof(ReductionEntitlement)] = new("决定报销比例的备案依据", "basis that decides the reimbursement ratio"),
        [typeof(FilingGap)] = new("备案缺口（异地就医而没有任何备案依据）", "filing gap (out of region with no filing basis)"),
        [typeof(LongTermFilingElsewhere)] = new("指向外地的长期备案", "long-term filing elsewhere"),
        [typeof(TwoWaySettlement)] = new("双向结算政策", "two-way settlement"),
        [typeof(UsableCredential)] = new("可用的结算凭证（社保卡或医保电子凭证）", "usable credential (the card or the e-voucher)"),
    };

    /// <summary>What a kind of fact is called; an integrator's type by its name.</summary>
    public static string Noun(Type type, string language) =>
        Nouns.TryGetValue(type, out var noun) ? noun.In(language)
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? Noun(type.GetGenericArguments()[0], language)
        : type.Name;

    /// <summary>A fact by name: "备案 F1", "本次就诊"; a collection by its members.</summary>
    public static string Name(object fact, string language)
    {
        if (fact is System.Collections.IEnumerable members and not string)
        {
            var names = members.Cast<object>().Select(m => Name(m, language)).ToList();
            return names.Count == 0 ? (language == Languages.English ? "none" : "无") : string.Join(language == Languages.English ? ", " : "、", names);
        }

        return Describe(FactReferences.ReferenceOf(fact), language);
    }

    /// <summary>A fact reference in words: <c>filing:F1</c> → "备案 F1" / "filing F1".</summary>
    public static string Describe(string reference, string language)
    {
        var en = language == Languages.English;
        var colon = reference.IndexOf(':');
        var kind = colon < 0 ? reference : reference.Substring(0, colon);
        var id = colon < 0 ? string.Empty : reference.Substring(colon + 1);
        return kind switch
        {
            "encounter" => en ? "the visit" : "本次就诊",
            "hospital" => en ? "the hospital" : "医院",
            "person" => en ? "the insured person" : "参保人",
            "filing" => (en ? "filing " : "备案 ") + id,
            "qualification" => (en ? "qualification " : "门慢特资格 ") + Wording.Condition(id).In(language),
            "item" => (en ? "item " : "项目 ") + id,
            "policy" => PolicyParameters.Find(id) is { } parameter ? (en ? "the policy \"" + parameter.Title.English + "\"" : "政策“" + parameter.Title.Chinese + "”") : (en ? "policy " : "政策参数 ") + id,
            "credential" => id == "card" ? (en ? "the card" : "社保卡") : (en ? "the e-voucher" : "医保电子凭证"),
            _ => reference,
        };
    }

    /// <summary>What a fact a <c>Not</c> found says, when its pattern has no condition of its own: "备案 F1 覆盖本次就医".</summary>
    public static string Sentence(object fact, string language)
    {
        var en = language == Languages.English;
        return fact switch
        {
            FilingCoverage c => en ? $"filing {c.Filing.Id} covers the visit" : $"备案 {c.Filing.Id} 覆盖本次就医",
            FilingExemption => en ? "the insured province waives filing for visits inside it" : "参保省对省内异地就医免备案",
            EmergencyDeemedFiled => en ? "emergency care counts as filed" : "急诊视同已备案",
            UsableCredential u => en ? $"the person can settle with {Describe(u.Reference, language)}" : $"参保人可以用{Describe(u.Reference, language)}结算",
            TwoWaySettlement => en ? "the insured region settles at home despite long-term filings elsewhere (two-way settlement)" : "参保地对长期异地备案人员回参保地就医实行双向结算",
            _ => en ? Name(fact, language) + " exists" : "存在" + Name(fact, language),
        };
    }

    /// <summary>
    /// Fills a condition's words: each <c>{name}</c> from the first fact that knows it — the condition's own facts first,
    /// then the rest of the match. A name no fact knows stays as written.
    /// </summary>
    public static string Fill(string template, IReadOnlyList<object> facts, string language)
    {
        if (template.IndexOf('{') < 0)
        {
            return template;
        }

        var visit = facts.Select(VisitOf).FirstOrDefault(v => v is not null);
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close < 0)
            {
                text.Append(template[i]);
                continue;
            }

            var name = template.Substring(i + 1, close - i - 1);
            var value = facts.Select(f => Value(f, name, language, visit)).FirstOrDefault(v => v is not null);
            text.Append(value ?? "{" + name + "}");
            i = close;
        }

        return text.ToString();
    }

    private static Visit? VisitOf(object fact) => fact switch
    {
        Visit v => v,
        TreatmentScope s => s.Visit,
        FilingGap g => g.Visit,
        _ => null,
    };

    private static string? Value(object fact, string name, string language, Visit? visit)
    {
        var en = language == Languages.English;
        switch (fact)
        {
            case Visit v:
                return VisitValue(v, name, language);
            case TreatmentScope s:
                return name == "scope" ? ScopeWords(s.Scope, language) : VisitValue(s.Visit, name, language);
            case FilingGap g:
                return name == "deadline"
                    ? g.Deadline is { } last ? (last == DateTime.MaxValue.Date ? (en ? "discharge" : "出院前") : Wording.Date(last)) : (en ? "none" : "已过期限")
                    : VisitValue(g.Visit, name, language);
            case InsuranceAccount a:
                return name switch
                {
                    "card" => Wording.Card(a.Card).In(language),
                    "contribution" => a.Contribution.Status switch
                    {
                        ContributionStatus.Lapsed => en ? "lapsed" : "断缴",
                        ContributionStatus.WaitingPeriod => en ? "in the waiting period" : "待遇等待期",
                        _ => en ? "active" : "正常",
                    },
                    "resumeOn" => a.Contribution.BenefitsResumeOn is { } r ? Wording.Date(r) : (en ? "unknown" : "未知"),
                    "scheme" => a.Scheme == InsuranceScheme.Resident ? (en ? "resident insurance" : "城乡居民医保") : (en ? "employee insurance" : "职工医保"),
                    _ => null,
                };
            case Hospital h:
                return name switch
                {
                    "hospital" => h.Id,
                    "hospitalRegion" => h.Region.Describe(language),
                    "services" => Services(h.CrossRegionServices, language),
                    _ => null,
                };
            case Filing f:
                return FilingValue(f, visit is null ? new DateRange(f.ValidFrom, f.ValidUntil) : visit.ValidityOf(f), name, language);
            case FilingTiming t:
                return FilingValue(t.Filing, t.Validity, name, language);
            case FilingCoverage c:
                return name == "points" ? Points(c.ReductionPoints) : FilingFact(c.Filing, name, language, visit);
            case LongTermFilingElsewhere e:
                return FilingFact(e.Filing, name, language, visit);
            case EmergencyDeemedFiled d:
                return name switch
                {
                    "points" => Points(d.ReductionPoints),
                    "basis" => Sentence(d, language),
                    _ => null,
                };
            case ReductionEntitlement r:
                return name switch
                {
                    "points" => Points(r.Basis.ReductionPoints),
                    "basis" => r.Basis is FilingCoverage c ? Describe(c.Reference, language) : Sentence(r.Basis, language),
                    _ => null,
                };
            case Qualification q:
                return name switch
                {
                    "qualification" => Wording.Condition(q.Condition).In(language),
                    "validity" => Validity(new DateRange(q.ValidFrom, q.ValidUntil), language),
                    _ => null,
                };
            case EncounterItem i:
                return name == "item" ? i.Code : null;
            case UsableCredential u:
                return name == "credential" ? Describe(u.Reference, language) : null;
            default:
                return null;
        }
    }

    private static string? FilingFact(Filing filing, string name, string language, Visit? visit) =>
        FilingValue(filing, visit is null ? new DateRange(filing.ValidFrom, filing.ValidUntil) : visit.ValidityOf(filing), name, language);

    private static string? FilingValue(Filing f, DateRange validity, string name, string language)
    {
        var en = language == Languages.English;
        return name switch
        {
            "filing" => f.Id,
            "validFrom" => Wording.Date(validity.From),
            "validUntil" => validity.Until is { } until ? Wording.Date(until) : (en ? "open-ended" : "长期有效"),
            "validity" => Validity(validity, language),
            "destination" => f.DestinationRegion.Describe(language),
            "reason" => Wording.Reason(f.Reason).In(language),
            "basis" => f.Basis switch
            {
                FilingBasis.Commitment => en ? "by commitment" : "承诺制办理",
                FilingBasis.CommitmentSupplemented => en ? "by commitment, materials supplemented" : "承诺制办理、已补齐材料",
                _ => en ? "with materials" : "提交材料办理",
            },
            "status" => f.Status == FilingStatus.Active ? (en ? "active" : "有效") : (en ? "cancelled" : "已取消"),
            _ => null,
        };
    }

    private static string? VisitValue(Visit v, string name, string language)
    {
        var en = language == Languages.English;
        return name switch
        {
            "date" => Wording.Date(v.Date),
            "visitDay" => v.IsStay ? (en ? "admission on " : "入院日 ") + Wording.Date(v.Date) : (en ? "the visit on " : "就诊日 ") + Wording.Date(v.Date),
            "lastDay" => !v.IsStay ? (en ? "the visit on " : "就诊日 ") + Wording.Date(v.Date)
                : v.Encounter.DischargeDate is { } discharge ? (en ? "discharge on " : "出院日 ") + Wording.Date(discharge)
                : v.AsOf > v.Date ? (en ? $"{Wording.Date(v.AsOf)}, the day asked (still admitted)" : $"查询日 {Wording.Date(v.AsOf)}（仍在住院）")
                : (en ? "admission on " : "入院日 ") + Wording.Date(v.Date),
            "asOf" => Wording.Date(v.AsOf),
            "setting" => Wording.Setting(v.Encounter.Setting).In(language),
            "condition" => v.Encounter.Condition is { } c ? Wording.Condition(c).In(language) : (en ? "no condition" : "未注明病种"),
            "insured" => v.InsuredPooling.Describe(language),
            "treatment" => v.TreatmentPooling.Describe(language),
            _ => null,
        };
    }

    private static string ScopeWords(VisitScope scope, string language) => scope switch
    {
        VisitScope.CrossProvince => language == Languages.English ? "a cross-province visit" : "跨省异地就医",
        VisitScope.IntraProvince => language == Languages.English ? "a visit elsewhere in the insured province" : "省内异地就医",
        _ => language == Languages.English ? "a visit in the insured pooling region" : "参保统筹区内就医",
    };

    private static string Validity(DateRange range, string language) =>
        range.Until is { } until
            ? Wording.Date(range.From) + (language == Languages.English ? " to " : " 至 ") + Wording.Date(until)
            : (language == Languages.English ? "from " + Wording.Date(range.From) + ", open-ended" : Wording.Date(range.From) + " 起长期有效");

    private static string Points(int points) => points.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Services(CrossRegionServices services, string language)
    {
        var en = language == Languages.English;
        var opened = new List<string>();
        if (services.Inpatient)
        {
            opened.Add(Wording.Setting(CareSetting.Inpatient).In(language));
        }

        if (services.GeneralOutpatient)
        {
            opened.Add(Wording.Setting(CareSetting.GeneralOutpatient).In(language));
        }

        if (services.ChronicConditions.Count > 0)
        {
            opened.Add((en ? "chronic outpatient care for " : "门诊慢特病：") + string.Join(en ? ", " : "、", services.ChronicConditions.Select(c => Wording.Condition(c).In(language))));
        }

        return opened.Count == 0 ? (en ? "nothing" : "无") : string.Join(en ? "; " : "；", opened);
    }
}
