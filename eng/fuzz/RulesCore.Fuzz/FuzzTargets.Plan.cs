using System.Globalization;
using System.Text;
using RulesCore.Cli;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Fuzz;

/// <summary>Plans and why-not answers: what to do so that a visit settles, and why a rule did not fire.</summary>
public static partial class FuzzTargets
{
    /// <summary>
    /// The case reader's limits for this target: a plan judges up to 256 cases and a why-not makes 256 condition checks
    /// per fact, each in proportion to the case, so cases stay small (16 KiB, 16 entries per list) to keep an execution
    /// well inside AFL++'s timeout. Larger cases are the <c>case</c> target's.
    /// </summary>
    public static readonly SettlementJsonOptions PlanCaseLimits = new() { MaxDocumentBytes = 16 * 1024, MaxCollection = 16 };

    /// <summary>The most cases a plan may judge: <see cref="SettlementPlan.MaxEvaluations"/> + 2 × <see cref="SettlementPlan.MaxHospitalsJudged"/> + <see cref="SettlementPlan.MaxSteps"/>.</summary>
    public const int MaxCasesJudged = SettlementPlan.MaxEvaluations + 2 * SettlementPlan.MaxHospitalsJudged + SettlementPlan.MaxSteps;

    /// <summary>
    /// <c>ISettlementEvaluator.Plan</c> and <c>Explain</c>. The first line of the input is the question and its options:
    /// <c>QUESTION [yyyy-MM-dd] [en] [dir]</c> — a rule id or finding code (any other word is refused with
    /// <see cref="ArgumentException"/>, then stands for one of them), an as-of date (outside 1900–2999 refused the same
    /// way, then dropped), English rather than Chinese, and a hospital directory (the sample one) for the plan; the rest
    /// is a case document, read with <see cref="PlanCaseLimits"/> (an invalid case is skipped: the <c>case</c> target
    /// covers the reader). Invariants: the plan judges at most <see cref="MaxCasesJudged"/> cases; it is truncated
    /// exactly when it lists what it did not try; its current decision and each step's decision are fresh evaluations
    /// (of the case, of <c>CaseAfter</c>); steps come by deadline, then by who; the why-not makes at most its budget of
    /// condition checks, carries the case's decision, and each rule it explains is the one asked about (or raises the
    /// code), fired exactly when the trace says so, with stops inside its patterns and references that name the case's
    /// facts; both are the same when asked twice; a cancelled token throws <see cref="OperationCanceledException"/>;
    /// no planted name or ID number and no control character reaches the documents or the text reports.
    /// </summary>
    public static void Plan(byte[] input)
    {
        var newline = Array.IndexOf(input, (byte)'\n');
        var head = newline < 0 ? string.Empty : Encoding.UTF8.GetString(input, 0, newline);
        var document = newline < 0 ? input : input.AsSpan(newline + 1).ToArray();
        if (!SettlementJson.TryReadCase(document, out var read, out _, PlanCaseLimits))
        {
            return;
        }

        var tokens = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var evaluator = tokens.Contains("dir") ? Planning.WithDirectory : Evaluator;
        var @case = read! with { Person = read!.Person with { Name = PlantedName, IdNumber = PlantedIdNumber } };
        var options = new EvaluationOptions { Language = tokens.Contains("en") ? Languages.English : Languages.Chinese, MaxDegreeOfParallelism = 1 };

        // An as-of date outside the range is refused, as documented, by both.
        if (tokens.Skip(1).FirstOrDefault(t => DateTime.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) is { } day)
        {
            var asOf = DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (CaseLimits.IsInDateRange(asOf))
            {
                options = options with { AsOf = asOf };
            }
            else
            {
                Refused<ArgumentException>(() => evaluator.Plan(@case, options with { AsOf = asOf }), "a plan with an as-of date outside 1900-2999");
                Refused<ArgumentException>(() => evaluator.Explain(@case, Planning.Questions[0], options with { AsOf = asOf }), "a why-not with an as-of date outside 1900-2999");
            }
        }

        // The question: a rule id or finding code; any other word is refused, then stands for one of them.
        var asked = tokens.FirstOrDefault() ?? string.Empty;
        if (Array.BinarySearch(Planning.Questions, asked, StringComparer.Ordinal) < 0)
        {
            if (asked.Length > 0)
            {
                Refused<ArgumentException>(() => evaluator.Explain(@case, asked, options), "a why-not about a word that is neither a rule id nor a finding code");
            }

            asked = Planning.Questions[(int)(StableHash(asked.Length > 0 ? Encoding.UTF8.GetBytes(asked) : document) % (uint)Planning.Questions.Length)];
        }

        using (var cancelled = new CancellationTokenSource())
        {
            cancelled.Cancel();
            Refused<OperationCanceledException>(() => evaluator.Plan(@case, options, cancelled.Token), "a plan with a cancelled token");
            Refused<OperationCanceledException>(() => evaluator.Explain(@case, asked, options, cancelled.Token), "a why-not with a cancelled token");
        }

        var plan = evaluator.Plan(@case, options);
        CheckPlan(evaluator, @case, options, plan, withDirectory: evaluator != Evaluator);
        var planDocument = SettlementJson.WritePlan(plan);
        Check(SettlementJson.WritePlan(evaluator.Plan(@case, options)) == planDocument, "the same case gets a different plan");

        var answer = evaluator.Explain(@case, asked, options);
        CheckWhyNot(evaluator, @case, options, asked, answer);
        var answerDocument = SettlementJson.WriteWhyNot(answer);
        Check(SettlementJson.WriteWhyNot(evaluator.Explain(@case, asked, options)) == answerDocument, "the same question gets a different answer");

        var text = Text(o => TextReport.Plan(o, "case.json", @case, plan)) + Text(o => WhyNotReport.WhyNot(o, "case.json", @case, answer));
        NoControl(text);
        NoPlantedData(input, planDocument + answerDocument + text);
    }

    private static void CheckPlan(SettlementEvaluator evaluator, SettlementCase @case, EvaluationOptions options, SettlementPlan plan, bool withDirectory)
    {
        // Bounded work, and honest about it.
        Check(plan.CasesJudged >= 1 + plan.Steps.Count && plan.CasesJudged <= MaxCasesJudged, $"the plan judged {plan.CasesJudged} cases; the bound is {MaxCasesJudged}");
        Check(plan.Truncated == (plan.NotTried.Count > 0), "a plan is truncated without saying what it did not try, or says so without being truncated");
        Check(plan.NotTried.All(t => t.Length > 0 && !t.Any(CaseLimits.IsControlCharacter)), "what the plan did not try is empty or holds a control character");
        Check(plan.Steps.Count <= SettlementPlan.MaxSteps && plan.Hospitals.Count <= SettlementPlan.HospitalLimit, "the plan has more steps or hospitals than its limits");

        // Verified: the current decision and each step's are fresh evaluations.
        Check(Json(plan.Current) == Json(evaluator.Evaluate(@case, options)), "the plan's current decision is not the case's decision");
        foreach (var step in plan.Steps)
        {
            Check(step.CaseAfter is not null && evaluator.Validate(step.CaseAfter).Count == 0, "a step's case is missing or invalid");
            Check(Json(step.DecisionAfter) == Json(evaluator.Evaluate(step.CaseAfter!, options)), $"the decision after step {step.Remedy} is not a fresh evaluation of the case after it");
            Check(step.Hospital is null || withDirectory && Planning.Directory.Find(step.Hospital) is not null && step.CaseAfter!.Hospital.Id == step.Hospital, "a step chooses a hospital the directory does not have, or the case after it is elsewhere");
        }

        Check(plan.Reachable == (plan.Steps.Count == 0 ? plan.Current.Outcome : plan.Steps[^1].DecisionAfter.Outcome), "the plan promises another outcome than its last step reaches");
        Check(plan.Reachable <= plan.Current.Outcome && (plan.Steps.Count == 0) == (plan.Reachable == plan.Current.Outcome), "the plan has steps that do not improve the outcome, or improves it without steps");
        for (var i = 1; i < plan.Steps.Count; i++)
        {
            var (a, b) = (plan.Steps[i - 1], plan.Steps[i]);
            var order = (a.Before ?? DateTime.MaxValue).CompareTo(b.Before ?? DateTime.MaxValue);
            Check(order < 0 || order == 0 && a.Who <= b.Who, "the steps are not listed by deadline, then by who");
        }

        // Honest: a direct case has nothing to do; what cannot be fixed is a problem the plan sees.
        if (plan.Current.Outcome == Outcome.Direct)
        {
            Check(plan.Steps.Count == 0 && plan.Unfixable.Count == 0, "a case that settles directly has steps or unfixable problems");
        }

        var seen = plan.Current.Findings.Concat(plan.Steps.SelectMany(s => s.DecisionAfter.Findings)).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        Check(plan.Unfixable.All(u => seen.Contains(u.Code) && u.Reason.Length > 0), "an unfixable problem is not a finding of the plan, or has no reason");
        Check(withDirectory || plan.Hospitals.Count == 0, "a plan without a directory lists hospitals");
        Check(plan.Hospitals.All(h => Planning.Directory.Find(h.Id) is not null && h.Outcome is Outcome.Direct or Outcome.DirectReducedRate), "a plan lists a hospital the directory does not have, or one where the visit does not settle directly");
        UnambiguousReferences(@case, plan.Current);
    }

    private static void CheckWhyNot(SettlementEvaluator evaluator, SettlementCase @case, EvaluationOptions options, string asked, WhyNot answer)
    {
        // Bounded work: 256 condition checks per fact of the session.
        Check(answer.CheckBudget > 0 && answer.CheckBudget % 256 == 0 && answer.Checks >= 0 && answer.Checks <= answer.CheckBudget, $"the why-not made {answer.Checks} condition checks; its budget is {answer.CheckBudget}");
        Check(answer.Asked == asked, "the why-not answers another question");
        Check(Json(answer.Decision) == Json(evaluator.Evaluate(@case, options with { IncludeTrace = true })), "the why-not's decision is not the case's decision");
        Check(answer.Rules.Count > 0, "the why-not explains no rule");
        var raises = evaluator.Rules.Where(r => r.Id == asked || r.Findings.Contains(asked)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Check(answer.Rules.All(r => raises.Contains(r.Rule)), $"the why-not about {asked} explains {string.Join(", ", answer.Rules.Select(r => r.Rule).Where(r => !raises.Contains(r)))}, neither the rule asked about nor one that raises the code");
        if (evaluator.Rules.Any(r => r.Id == asked))
        {
            Check(answer.Rules.Count == 1 && answer.Rules[0].Rule == asked, "a why-not about a rule explains another");
        }

        var fired = answer.Decision.Trace.Select(t => t.Rule).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in answer.Rules)
        {
            Diagnosis(@case, rule, fired, depth: 0);
        }
    }

    private static void Diagnosis(SettlementCase @case, RuleDiagnosis rule, HashSet<string> fired, int depth)
    {
        Check(depth <= 6, "a why-not follows a chain deeper than 6 rules");
        Check(Enum.IsDefined(rule.Status), "a rule's status is out of range");
        Check((rule.Status == RuleStatus.Fired) == fired.Contains(rule.Rule), $"rule {rule.Rule} is said to have fired, or not, against the trace");
        Check(rule.Status == RuleStatus.Fired ? rule.Firings.Count > 0 && rule.Candidates.Count == 0 : rule.Firings.Count == 0, $"rule {rule.Rule}'s firings and status disagree");
        Check(!rule.Description.Any(CaseLimits.IsControlCharacter) && rule.Partial.All(p => !p.Any(CaseLimits.IsControlCharacter)), "a rule's description or partial note holds a control character");
        var references = rule.Firings.SelectMany(f => f).ToList();
        foreach (var candidate in rule.Candidates)
        {
            Check(candidate.PatternsPassed >= 0 && candidate.PatternsPassed <= rule.Patterns.Count, $"a candidate of {rule.Rule} passed more patterns than the rule has");
            Check(candidate.Stops.All(s => s.Pattern >= 1 && s.Pattern <= rule.Patterns.Count && Enum.IsDefined(s.Kind) && Enum.IsDefined(s.Evidence)), $"a stop of {rule.Rule} is outside its patterns");
            Check(candidate.Stops.All(s => !s.Text.Any(CaseLimits.IsControlCharacter)), "a stop's text holds a control character");
            references.AddRange(candidate.Facts);
            references.AddRange(candidate.Stops.SelectMany(s => s.Facts));
        }

        Known(@case, references);
        foreach (var because in rule.Because)
        {
            Diagnosis(@case, because, fired, depth + 1);
        }
    }

    /// <summary>Every reference is of a known kind and names a filing or item of the case.</summary>
    private static void Known(SettlementCase @case, IEnumerable<string> references)
    {
        var filings = new HashSet<string>(@case.Filings.Select(f => "filing:" + f.Id), StringComparer.Ordinal);
        var items = new HashSet<string>(@case.Encounter.Items.Select(i => "item:" + i.Code), StringComparer.Ordinal);
        foreach (var reference in references)
        {
            var prefix = ReferencePrefixes.FirstOrDefault(p => reference.StartsWith(p, StringComparison.Ordinal));
            Check(prefix is not null || PlainReferences.Contains(reference), "a fact reference of no known kind: " + reference);
            Check(prefix != "filing:" || filings.Contains(reference), "a filing reference names no filing of the case");
            Check(prefix != "item:" || items.Contains(reference), "an item reference names no item of the case");
        }
    }

    /// <summary>Runs <paramref name="work"/>, which must throw <typeparamref name="T"/> (or a subclass), and nothing else.</summary>
    private static void Refused<T>(Action work, string what)
        where T : Exception
    {
        try
        {
            work();
        }
        catch (T)
        {
            return;
        }

        throw new InvariantException(what + " was accepted");
    }

    private static string Json(SettlementDecision decision) => SettlementJson.WriteDecision(decision, indented: false);

    /// <summary>FNV-1a: the same question for the same word in every process.</summary>
    private static uint StableHash(byte[] bytes)
    {
        var hash = 2166136261;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }

    /// <summary>What the plan target shares, made on first use (not before SharpFuzz has set up coverage).</summary>
    private static class Planning
    {
        /// <summary>The sample hospital directory (samples/hospitals/directory.csv, copied beside the driver).</summary>
        public static readonly HospitalDirectory Directory = HospitalDirectory.LoadFile(Path.Combine(AppContext.BaseDirectory, "hospitals.csv"));

        public static readonly SettlementEvaluator WithDirectory = new(new SettlementOptions { HospitalDirectory = Directory });

        /// <summary>Every rule id and every finding code a rule raises, ordered (ordinal).</summary>
        public static readonly string[] Questions = Evaluator.Rules.SelectMany(r => r.Findings.Prepend(r.Id)).Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
