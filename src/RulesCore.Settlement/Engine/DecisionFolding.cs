using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Folds an assessment into the decision in a language: the worst cap among the findings is the outcome; each raised
/// finding is worded (message, remedies for the moment the question is asked, basis with the policy values it read);
/// findings sorted by cause, code and facts; the trace canonical; the provenance of the rules and packs.
/// </summary>
internal sealed class DecisionFolding
{
    private static readonly string LibraryVersion =
        typeof(DecisionFolding).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private readonly SettlementRuleSet _rules;

    public DecisionFolding(SettlementRuleSet rules) => _rules = rules;

    /// <summary>The decision for an assessment, in a language (<see cref="Languages"/>).</summary>
    public SettlementDecision Fold(Assessment assessment, string language) =>
        Fold(assessment.Visit, assessment.Findings, assessment.Trace, language);

    /// <summary>The decision for raised findings about a visit, in a language.</summary>
    public SettlementDecision Fold(Visit visit, List<Raised> raised, TraceRecorder? recorder, string language)
    {
        var beforeVisit = visit.AskedBefore;
        var moment = RemedyMoment.Of(visit);
        List<Finding>? findings = null;
        var outcome = Outcome.Direct;
        var points = 0;
        SortedSet<string>? selfPay = null;
        foreach (var r in raised)
        {
            var definition = r.Finding;
            var caps = r.Caps ?? definition.Caps;
            if (caps is { } cap && cap > outcome)
            {
                outcome = cap;
            }

            points = Math.Max(points, r.RateReductionPoints);
            if (r.SelfPayItems is { } items)
            {
                (selfPay ??= new SortedSet<string>(StringComparer.Ordinal)).UnionWith(items);
            }

            var rule = _rules.RuleNamed(r.Rule);
            var basis = r.Policy is { Count: > 0 } policy
                ? language == Languages.English
                    ? rule.Basis.English + "; policy values: " + string.Join("; ", policy.Select(p => p.Describe(language)))
                    : rule.Basis.Chinese + "；政策取值：" + string.Join("；", policy.Select(p => p.Describe(language)))
                : rule.Basis.In(language);
            (findings ??= new List<Finding>()).Add(new Finding
            {
                Code = definition.Code,
                Title = definition.Title?.In(language) ?? definition.Code,
                Cause = definition.Cause,
                Severity = caps is null ? definition.Severity : Severity.Blocking,
                Caps = caps,
                Rule = r.Rule,
                Message = Wording.Format(r.Message ?? definition.Message, r.Arguments, language),
                Remedies = r.Remedies is null && r.RemedyTexts is null ? definition.RemediesIn(language, moment) : Wording.Remedies(r.Remedies ?? definition.Remedies, r.RemedyTexts, language, moment),
                Basis = basis,
                Facts = r.Facts,
            });
        }

        var selfPayItems = selfPay is null ? Array.Empty<string>() : selfPay.ToArray();
        if (findings is not null)
        {
            SayWhyNoFix(findings, raised, visit, () => new SettlementDecision { Outcome = outcome, RateReductionPoints = points, Findings = findings, SelfPayItems = selfPayItems }, language);
        }

        findings?.Sort(static (a, b) =>
        {
            var c = a.Cause.CompareTo(b.Cause);
            c = c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
            return c != 0 ? c : CompareFacts(a.Facts, b.Facts);
        });

        var verdict = Verdicts.Verdict(outcome, points, language);
        return new SettlementDecision
        {
            Outcome = outcome,
            RateReductionPoints = points,
            Findings = findings is null ? Array.Empty<Finding>() : findings,
            SelfPayItems = selfPayItems,
            Trace = recorder is null ? Array.Empty<TraceEntry>() : recorder.Entries(_rules),
            Provenance = ProvenanceOf(visit),
            AsOf = visit.AsOf,
            AskedBeforeVisit = beforeVisit,
            Verdict = verdict,
            Headline = Verdicts.Headline(verdict, beforeVisit, language),
        };
    }

    /// <summary>The library, the rules and the packs that supplied the visit's policy values.</summary>
    /// <remarks>Each resolution lists its packs once (resolutions are cached); a visit only joins its two lists.</remarks>
    private DecisionProvenance ProvenanceOf(Visit visit)
    {
        var insured = visit.InsuredPolicy.Provenance;
        var treatment = visit.TreatmentPolicy.Provenance;
        var policies = ReferenceEquals(insured, treatment) ? insured
            : insured.Concat(treatment.Where(t => !insured.Contains(t))).OrderBy(p => p.Region == "national" ? 0 : 1).ThenBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray();
        return new DecisionProvenance(LibraryVersion, _rules.Fingerprint, policies);
    }

    /// <summary>
    /// Each finding that caps the outcome with no fix among its remedies says why nothing done now changes this visit:
    /// the rule's reason where it knows one, else as a plan would say it with nothing tried.
    /// </summary>
    /// <remarks>The decision as it stands, which a remedy's reason may read, is made only when one is asked.</remarks>
    private static void SayWhyNoFix(List<Finding> findings, List<Raised> raised, Visit visit, Func<SettlementDecision> decisionSoFar, string language)
    {
        SettlementDecision? decision = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Caps is null || f.Remedies.Any(r => r.Role == RemedyRole.Fix))
            {
                continue;
            }

            var reason = raised[i].NoFix ?? NoFixReasons.Why(raised[i].Finding, f, new UnfixableContext(visit, decision ??= decisionSoFar(), Array.Empty<PlanAction>(), HasDirectory: false));
            findings[i] = f with { NoFix = reason.In(language) };
        }
    }

    private static int CompareFacts(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count && i < b.Count; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
