using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using P = RulesCore.Settlement.Policies.PolicyParameters;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// A finding as a contestant that runs no NRules rules reports it: the finding code and the facts it concerns — the
/// case's facts and what the contestant computed of them: the <see cref="TreatmentScope"/>, the <see cref="Gap"/>, the
/// <see cref="Basis"/> that decides the ratio, a long-term filing elsewhere (its <see cref="Filing"/>).
/// </summary>
internal sealed class RawFinding
{
    public RawFinding(string code, params object[] facts)
    {
        Code = code;
        Facts = facts;
    }

    public string Code { get; }

    public object[] Facts { get; }
}

/// <summary>A filing gap as a contestant computes it: the last day filing now still helps, whether the person is still admitted, whether the insured region's window is unknown.</summary>
internal sealed record Gap(Visit Visit, DateTime? Deadline, bool BeforeDischarge, bool WindowUnknown);

/// <summary>
/// A basis that decides the ratio: a filing covering the visit, or (no filing) emergency care deemed filed, with the
/// reduction it carries and the policy value that sets it.
/// </summary>
internal sealed record Basis(Filing? Filing, int ReductionPoints, PolicyValue ReductionBasis, PolicyValue? DeemedFiled)
{
    /// <summary>Gets the reference of the fact the basis is: the filing, or the policy that deems emergency care filed.</summary>
    public string Reference => Filing is { } f ? "filing:" + f.Id : "policy:" + P.EmergencyDeemedFiled.Name;
}

/// <summary>
/// What the contestants without NRules share: their raw findings worded as the shipped rules word them — the rule's
/// id, the finding's definition from the evaluator's catalogue (<see cref="SettlementEvaluator.Findings"/>), the facts,
/// the message's arguments and what the rule sets for the match (another message for a stay, the remedies that can
/// still help, the policy values cited) — and folded by the evaluator's public <see cref="SettlementEvaluator.Decide"/>
/// into the whole decision: outcome, findings, messages, remedies, basis. The wording is written out here by hand from
/// the rules' sources (tests/RulesCore.Benchmarks.Tests proves the documents equal RulesCore's), so the peer and the
/// floor are measured on finding the facts, wording them and the same folding.
/// </summary>
internal static class RawFindings
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly IReadOnlyDictionary<string, FindingDefinition> Definitions = Evaluator.Findings;

    public static SettlementDecision Decide(SettlementCase c, Visit visit, List<RawFinding> found, EvaluationOptions options) =>
        Evaluator.Decide(c, Word(visit, found), options);

    /// <summary>The raw findings as the rules raise them.</summary>
    public static List<Raised> Word(Visit visit, List<RawFinding> found)
    {
        var raised = new List<Raised>(found.Count);
        foreach (var finding in found)
        {
            raised.Add(Word(visit, finding));
        }

        return raised;
    }

    private static Raised Word(Visit visit, RawFinding f)
    {
        var x = f.Facts;
        var definition = Definitions[f.Code];
        switch (f.Code)
        {
            case FindingCodes.FilingExemptIntraProvince:
                return new Raised("filing.exempt-intra-province", definition, On(x[0], "policy:" + P.IntraProvinceFilingExempt.Name),
                    Region(visit.InsuredPooling.Province), Inside(visit.InsuredPooling)) { Policy = new[] { visit.InsuredPolicy[P.IntraProvinceFilingExempt] } };
            case FindingCodes.EmergencyDeemedFiled:
                return new Raised("filing.emergency-deemed-filed", definition, On(x[0])) { Policy = new[] { ((Basis)x[1]).DeemedFiled! } };
            case FindingCodes.TemporaryRateReduction:
            {
                var basis = (Basis)x[1];
                return new Raised("filing.temporary-rate-reduction", definition, On(basis.Reference, x[0]), basis.ReductionPoints, Reason(basis.Filing?.Reason))
                {
                    Policy = new[] { basis.ReductionBasis },
                    RateReductionPoints = basis.ReductionPoints,
                    Message = basis.ReductionBasis.Entry.Confidence == Confidence.Stated ? null : UpTo,
                };
            }

            case FindingCodes.FilingExpired:
            {
                var filing = (Filing)x[1];
                return Advise(GapOf(visit), new Raised("filing.expired", definition, On(filing, visit), filing.Id, Date(visit.ValidityOf(filing).Until!.Value), Date(visit.Date))
                {
                    Policy = ValidityBasisOf(visit, filing) is { } validity ? new[] { validity } : null,
                    Message = visit.IsStay ? ExpiredBeforeAdmission : null,
                });
            }

            case FindingCodes.FilingNotYetValid:
            {
                var (gap, filing) = ((Gap)x[0], (Filing)x[1]);
                return Advise(gap, new Raised("filing.not-yet-valid", definition, On(filing, visit), filing.Id, Date(filing.ValidFrom), Date(visit.Until))
                {
                    Message = !visit.IsStay ? null : visit.Encounter.DischargeDate is not null ? AfterDischarge : visit.Until > visit.Date ? StillAdmitted : AfterAdmission,
                    Remedies = visit.AsOf < visit.Date || gap.Deadline is not null ? null : TooLateToAdjust,
                }, fileAnew: false);
            }

            case FindingCodes.FilingCancelled:
                return Advise(GapOf(visit), new Raised("filing.cancelled", definition, On(x[1], visit), ((Filing)x[1]).Id));
            case FindingCodes.FilingWrongRegion:
                return Advise(GapOf(visit), WrongRegion(visit, (Filing)x[1], definition));
            case FindingCodes.FilingMissing:
                return Advise(GapOf(visit), new Raised("filing.missing", definition, On(visit), Region(visit.TreatmentPooling)));
            case FindingCodes.FilingRetroactiveAvailable:
            {
                var gap = (Gap)x[0];
                var text = gap.BeforeDischarge ? new LocalizedText("出院前补办", "file before discharge")
                    : new LocalizedText("截至 " + Date(gap.Deadline!.Value), "until " + Date(gap.Deadline!.Value));
                var window = gap.BeforeDischarge ? visit.InsuredPolicy[P.RetroactiveFilingBeforeDischarge] : visit.InsuredPolicy[P.RetroactiveFilingWindowMonths];
                var raised = new Raised("filing.retroactive-available", definition, On(visit), text) { Policy = new[] { window } };
                return visit.AsOf < visit.Date ? raised with { Message = visit.IsStay ? FileBeforeStay : FileBeforeVisit, Remedies = FileFirst } : raised;
            }

            case FindingCodes.FilingRetroactiveAsk:
                return new Raised("filing.retroactive-ask", definition, On(visit), Region(visit.InsuredPooling)) { Policy = new[] { visit.InsuredPolicy[P.RetroactiveFilingWindowMonths] } };
            case FindingCodes.TwoWaySettlement:
                return new Raised("filing.two-way-settlement", definition, On(x[1], x[0]), ((Filing)x[1]).Id) { Policy = new[] { visit.InsuredPolicy[P.TwoWaySettlementForLongTermFilings] } };
            case FindingCodes.HomeSettlementNeedsMaterials:
                return new Raised("filing.home-needs-materials", definition, On(x[1], x[0]), ((Filing)x[1]).Id);
            case FindingCodes.HospitalNotNetworked:
                return new Raised("hospital.not-networked", definition, On(x[1], x[0]));
            case FindingCodes.HospitalServiceNotOpen:
                return new Raised("hospital.service-not-open", definition, On(x[1], x[0]), Setting(visit.Encounter.Setting));
            case FindingCodes.HospitalConditionNotOpen:
                return new Raised("hospital.condition-not-open", definition, On(x[1], x[0]), Condition(visit.Encounter.Condition!));
            case FindingCodes.HospitalIntraProvinceOnly:
                return new Raised("hospital.intra-province-only", definition, On(x[1], x[0]));
            case FindingCodes.HospitalNotSelected:
                return new Raised("hospital.not-selected", definition, On(x[1], x[0]), Condition(visit.Encounter.Condition!));
            case FindingCodes.QualificationMissing:
                return new Raised("coverage.qualification-missing", definition, On(visit), Condition(visit.Encounter.Condition!));

            // Two rules raise this code: a chronic visit for a condition outside the list, and a qualified condition
            // outside the list billed as general outpatient care.
            case FindingCodes.ConditionNotCrossProvince:
                return new Raised(visit.IsChronic ? "coverage.condition-not-cross-province" : "coverage.condition-billed-as-outpatient", definition, On(x[0]), Condition(visit.Encounter.Condition!))
                {
                    Policy = new[] { visit.TreatmentPolicy[P.CrossProvinceChronicConditions] },
                };
            case FindingCodes.ItemsOutsideCatalog:
            {
                var outside = visit.Encounter.Items.Where(i => !i.InCatalog).Select(i => i.Code).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
                return new Raised("coverage.items-outside-catalog", definition, outside.Select(code => (object)("item:" + code)).Prepend(visit), string.Join(", ", outside), outside.Length)
                {
                    SelfPayItems = outside,
                    Caps = visit.Encounter.Items.All(i => !i.InCatalog) ? Outcome.NotReimbursable : null,
                };
            }

            case FindingCodes.ContributionLapsed:
                return new Raised("account.contribution-lapsed", definition, On(x[0], visit));
            case FindingCodes.WaitingPeriod:
                return new Raised("account.waiting-period", definition, On(x[0], visit),
                    ((InsuranceAccount)x[0]).Contribution.BenefitsResumeOn is { } resume ? Date(resume) : new LocalizedText("未知", "unknown"));
            case FindingCodes.IdentityMismatch:
                return new Raised("account.identity-mismatch", definition, On(x[0], visit));
            case FindingCodes.CardUnusable:
                return new Raised("account.card-unusable", definition, On(x[0]), Card(((InsuranceAccount)x[0]).Card));
            case FindingCodes.UseEVoucher:
                return new Raised("account.e-voucher", definition, On(x[0], "credential:eVoucher"), Card(((InsuranceAccount)x[0]).Card)) { RemedyTexts = UseTheVoucher };
            case FindingCodes.PersonalAccountNotEnabled:
                return new Raised("account.personal-account-not-enabled", definition, On(x[0], x[1])) { Policy = new[] { visit.InsuredPolicy[P.PersonalAccountPermissionRequired] } };
            default:
                throw new ArgumentException($"No shipped rule raises '{f.Code}'.", nameof(f));
        }
    }

    /// <summary>A filing naming only the treatment province; a long-term filing that cannot be changed yet, or whose lock is not known.</summary>
    private static Raised WrongRegion(Visit visit, Filing filing, FindingDefinition definition)
    {
        var pooling = Evaluator.Policies.Resolve(filing.DestinationRegion, visit.Date).PoolingRegion;
        var raised = new Raised("filing.wrong-region", definition, On(filing, visit), filing.Id, Region(pooling), Region(visit.TreatmentPooling))
        {
            Message = filing.DestinationRegion.IsProvince && filing.DestinationRegion.IsSameProvince(visit.TreatmentPooling) ? ProvinceOnly : null,
        };
        if (!filing.IsLongTerm)
        {
            return raised;
        }

        var lockValue = visit.InsuredPolicy[P.LongTermFilingChangeLockMonths];
        if (lockValue.Value is not int months)
        {
            return raised with { RemedyTexts = Refile(LockUnknown), Policy = new[] { lockValue } };
        }

        var changeable = filing.ValidFrom.Date.AddMonths(months);
        return visit.AsOf >= changeable ? raised : raised with
        {
            RemedyTexts = Refile(Fill(Locked, Date(filing.ValidFrom), months, Date(changeable))),
            Policy = new[] { lockValue },
        };
    }

    private static object[] On(params object[] facts) => facts;

    /// <summary>The filing gap of a visit, as filing.gap derives it.</summary>
    private static Gap GapOf(Visit visit)
    {
        var policy = visit.InsuredPolicy;
        var e = visit.Encounter;
        var admitted = visit.IsStay && policy.Get(P.RetroactiveFilingBeforeDischarge) && (e.DischargeDate is null || visit.AsOf <= e.DischargeDate.Value.Date);
        var window = policy.Get(P.RetroactiveFilingWindowMonths);
        var windowEnd = (e.DischargeDate ?? e.Date).Date.AddMonths(window ?? 0);
        DateTime? deadline = admitted ? e.DischargeDate?.Date ?? DateTime.MaxValue.Date : window > 0 && visit.AsOf <= windowEnd ? windowEnd : null;
        return new Gap(visit, deadline, admitted, !admitted && visit.AsOf >= visit.Until && window is null);
    }

    /// <summary>A blocking filing finding with what still reaches the visit once it has begun, as the filing rules advise.</summary>
    private static Raised Advise(Gap gap, Raised raised, bool fileAnew = true)
    {
        var visit = gap.Visit;
        if (visit.AsOf < visit.Date)
        {
            return raised;
        }

        var remedies = raised.Remedies ?? raised.Finding.Remedies;
        if (gap.Deadline is not null)
        {
            if (!fileAnew)
            {
                return raised;
            }

            var texts = raised.RemedyTexts;
            if (gap.BeforeDischarge)
            {
                var own = texts is null ? new Dictionary<string, LocalizedText>(StringComparer.Ordinal) : new Dictionary<string, LocalizedText>(texts.ToDictionary(t => t.Key, t => t.Value), StringComparer.Ordinal);
                own[RemedyCodes.FileRetroactively] = FileBeforeDischarge;
                texts = own;
            }

            return raised with { Remedies = remedies.Append(RemedyCodes.FileRetroactively).ToArray(), RemedyTexts = texts };
        }

        return gap.WindowUnknown
            ? raised with { Remedies = remedies.Append(RemedyCodes.AskAboutRetroactiveFiling).ToArray() }
            : raised with { NoFix = WindowClosed };
    }

    /// <summary>The policy value that decided a filing's validity, if policy played a part.</summary>
    private static PolicyValue? ValidityBasisOf(Visit visit, Filing filing) =>
        filing.Reason == FilingReason.ResidentWorker && visit.InsuredPolicy.Get(P.ResidentWorkerFilingValidWhileInsured) ? visit.InsuredPolicy[P.ResidentWorkerFilingValidWhileInsured]
        : filing.ValidUntil is null && !filing.IsLongTerm ? visit.InsuredPolicy[P.TemporaryFilingDefaultMonths]
        : null;

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LocalizedText Region(RegionCode region) => new(region.Describe(Languages.Chinese), region.Describe(Languages.English));

    /// <summary>省内, 区内 (autonomous regions), 市内 (municipalities).</summary>
    private static LocalizedText Inside(RegionCode region) =>
        region.Province.Value is 110000 or 120000 or 310000 or 500000 ? new("市内", "within the municipality")
        : (region.Province.Name ?? string.Empty).EndsWith("区", StringComparison.Ordinal) ? new("区内", "within the region")
        : new("省内", "within the province");

    private static LocalizedText Fill(LocalizedText template, params object[] arguments) =>
        new(string.Format(CultureInfo.InvariantCulture, template.Chinese, arguments), string.Format(CultureInfo.InvariantCulture, template.English, arguments));

    private static Dictionary<string, LocalizedText> Refile(LocalizedText text) => new(StringComparer.Ordinal) { [RemedyCodes.RefileCorrectRegion] = text };

    private static readonly Dictionary<string, LocalizedText> Conditions = new(StringComparer.Ordinal)
    {
        [RulesCore.Settlement.Model.Conditions.Hypertension] = new("高血压", "hypertension"),
        [RulesCore.Settlement.Model.Conditions.Diabetes] = new("糖尿病", "diabetes"),
        [RulesCore.Settlement.Model.Conditions.CancerOutpatientTherapy] = new("恶性肿瘤门诊放化疗", "outpatient radio/chemotherapy for malignant tumours"),
        [RulesCore.Settlement.Model.Conditions.UremiaDialysis] = new("尿毒症透析", "dialysis for uraemia"),
        [RulesCore.Settlement.Model.Conditions.OrganTransplantAntiRejection] = new("器官移植术后抗排异治疗", "anti-rejection therapy after organ transplant"),
        [RulesCore.Settlement.Model.Conditions.Copd] = new("慢性阻塞性肺疾病", "COPD"),
        [RulesCore.Settlement.Model.Conditions.RheumatoidArthritis] = new("类风湿关节炎", "rheumatoid arthritis"),
        [RulesCore.Settlement.Model.Conditions.CoronaryHeartDisease] = new("冠心病", "coronary heart disease"),
        [RulesCore.Settlement.Model.Conditions.ViralHepatitis] = new("病毒性肝炎", "viral hepatitis"),
        [RulesCore.Settlement.Model.Conditions.AnkylosingSpondylitis] = new("强直性脊柱炎", "ankylosing spondylitis"),
    };

    private static LocalizedText Condition(string condition) =>
        Conditions.TryGetValue(condition, out var name) ? name : new LocalizedText("“" + condition + "”", "\"" + condition + "\"");

    private static LocalizedText Setting(CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => new("住院", "inpatient care"),
        CareSetting.GeneralOutpatient => new("普通门诊", "general outpatient care"),
        CareSetting.ChronicOutpatient => new("门诊慢特病", "chronic outpatient care"),
        _ => new("急诊", "emergency care"),
    };

    private static LocalizedText Card(CardStatus card) => card switch
    {
        CardStatus.ChipDamaged => new("芯片损坏", "chip damaged"),
        CardStatus.Demagnetized => new("消磁", "demagnetised"),
        CardStatus.Lost => new("遗失", "lost"),
        CardStatus.None => new("未办理社保卡", "no card"),
        _ => new("正常", "valid"),
    };

    private static LocalizedText Reason(FilingReason? reason) => reason switch
    {
        FilingReason.Referral => new("异地转诊人员", "a referral"),
        FilingReason.Emergency or null => new("急诊抢救人员", "an emergency patient"),
        FilingReason.OtherTemporary => new("其他临时外出就医人员", "another temporary visitor"),
        _ => new("长期异地居住人员", "a long-term resident"),
    };

    // The rules' own wording for particular matches (their sources hold the same texts).
    private static readonly LocalizedText UpTo = new("作为{1}，报销比例最多降低 {0} 个百分点，以参保地规定为准。",
        "As {1}, the reimbursement ratio is up to {0} percentage points lower, as the insured region decides.");

    private static readonly LocalizedText ExpiredBeforeAdmission = new("备案 {0} 的有效期已于 {1} 结束，早于入院日 {2}。", "Filing {0} ended on {1}, before admission on {2}.");

    private static readonly LocalizedText AfterDischarge = new("备案 {0} 自 {1} 起才生效，晚于出院日 {2}。", "Filing {0} starts on {1}, after discharge on {2}.");

    private static readonly LocalizedText AfterAdmission = new("备案 {0} 自 {1} 起才生效，晚于入院日 {2}。", "Filing {0} starts on {1}, after admission on {2}.");

    private static readonly LocalizedText StillAdmitted = new("备案 {0} 自 {1} 起才生效，至今（{2}）住院期间尚未生效。", "Filing {0} starts on {1}; it has not covered any day of the stay so far ({2}).");

    private static readonly string[] TooLateToAdjust = { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion };

    private static readonly LocalizedText FileBeforeVisit = new("就医前办理备案，本次就医即可按规定直接结算。", "File before the visit and it settles under the rules.");

    private static readonly LocalizedText FileBeforeStay = new("入院前办理备案，本次住院即可按规定直接结算（最迟可在出院前办理）。", "File before admission and the stay settles under the rules (before discharge at the latest).");

    private static readonly string[] FileFirst = { RemedyCodes.FileBeforeVisit };

    private static readonly LocalizedText FileBeforeDischarge = new(
        "出院前补办异地就医备案，本次住院即可按规定结算。", "File before discharge, and the stay settles under the rules.");

    private static readonly LocalizedText WindowClosed = new(
        "本次就医已经结束，参保地允许补办备案的期限已过（或不接受补办）：现在办理备案不能让本次就医直接结算，只能按报销途径办理。",
        "The visit is over and the insured region's window for filing retroactively has closed (or it accepts none): no filing made now lets this visit settle directly; only a claim is left.");

    private static readonly LocalizedText ProvinceOnly = new("备案 {0} 只选到省级区域{1}，参保地不按省级备案匹配本次就医的统筹区{2}，需按就医地（精确到市）备案。",
        "Filing {0} names only the province {1}; the insured region does not match it to the pooling region {2} of this visit: file for the treatment city.");

    private static readonly LocalizedText LockUnknown = new(
        "在APP上申请变更或取消原长期备案，按就医地（精确到市）重新备案；部分地区长期备案办理后一定期限内不能变更（如广西为6个月），请先在APP或向参保地确认。",
        "Apply in the app to change or cancel the long-term filing and file again for the treatment city; some regions allow changes only some months after a long-term filing was made (Guangxi: six), so check in the app or with the insured region first.");

    private static readonly LocalizedText Locked = new(
        "该长期备案自 {0} 起办理，未满 {1} 个月，{2} 起才能申请变更或取消；届时在APP上取消原备案，按就医地（精确到市）重新备案。",
        "This long-term filing started on {0} and can be changed or cancelled only after {1} months, from {2}; then cancel it in the app and file again for the treatment city.");

    private static readonly IReadOnlyDictionary<string, LocalizedText> UseTheVoucher = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [RemedyCodes.UseEVoucher] = new("结算时出示已激活的医保电子凭证（在APP中打开）。", "Settle with your activated e-voucher: open it in the app at the desk."),
    };
}
