using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The one runner of the rules: validates a case once, applies the as-of precedence (the caller's day, else the
/// case's, else the visit day), builds the <see cref="Visit"/>, runs one session of the rules over the case's facts
/// and returns the <see cref="Assessment"/>. The evaluator, the planner, the hospital finder and why-not all assess
/// through it; none of them works the context out again. Thread-safe.
/// </summary>
internal sealed class Assessor
{
    public Assessor(SettlementRuleSet rules, PolicyCatalog policies)
    {
        Rules = rules;
        Policies = policies;
        Folding = new DecisionFolding(rules);
    }

    /// <summary>Gets the rules in force.</summary>
    public SettlementRuleSet Rules { get; }

    /// <summary>Gets the policy catalogue the visits are judged under.</summary>
    public PolicyCatalog Policies { get; }

    /// <summary>Gets the folding of assessments into decisions.</summary>
    public DecisionFolding Folding { get; }

    /// <summary>A case's assessment, or its problems when it is invalid (then nothing is run).</summary>
    public Assessment? TryAssess(SettlementCase @case, DateTime? asOf, AssessmentDepth depth, CancellationToken cancellationToken, out IReadOnlyList<InputError> errors)
    {
        errors = CaseValidator.Validate(@case);
        return errors.Count > 0 ? null : RunValid(@case, asOf, depth, cancellationToken);
    }

    /// <summary>A case's assessment.</summary>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    public Assessment Assess(SettlementCase @case, DateTime? asOf, AssessmentDepth depth, CancellationToken cancellationToken) =>
        TryAssess(@case, asOf, depth, cancellationToken, out var errors) ?? throw new InvalidCaseException(errors);

    /// <summary>
    /// One evaluation as callers see it — the case's problems, or its decision in a language — observed
    /// (<see cref="RulesCoreTelemetry"/>: an activity and the decision's metrics) when someone listens.
    /// </summary>
    public EvaluationResult Evaluate(SettlementCase @case, DateTime? asOf, bool trace, string language, CancellationToken cancellationToken)
    {
        if (!RulesCoreTelemetry.Listened)
        {
            return Unobserved(@case, asOf, trace, language, cancellationToken);
        }

        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = RulesCoreTelemetry.Source.StartActivity(RulesCoreTelemetry.EvaluateActivity);
        var result = Unobserved(@case, asOf, trace, language, cancellationToken);
        if (result.Decision is { } decision)
        {
            RulesCoreTelemetry.Record(decision, activity, start);
        }
        else if (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "invalid case");
            activity.SetTag("rulescore.errors", result.Errors.Count);
        }

        return result;
    }

    /// <summary>Decides a case in both languages with its trace, unobserved, for nothing but the compiled code it leaves behind.</summary>
    public void Rehearse(SettlementCase @case, CancellationToken cancellationToken)
    {
        Unobserved(@case, null, trace: true, Languages.Chinese, cancellationToken);
        Unobserved(@case, null, trace: true, Languages.English, cancellationToken);
    }

    private EvaluationResult Unobserved(SettlementCase @case, DateTime? asOf, bool trace, string language, CancellationToken cancellationToken)
    {
        var errors = CaseValidator.Validate(@case, out var unknown);
        if (errors.Count > 0)
        {
            return new EvaluationResult { Errors = errors };
        }

        return new EvaluationResult
        {
            Decision = unknown.IsEmpty
                ? Folding.Fold(RunValid(@case, asOf, trace ? AssessmentDepth.Traced : AssessmentDepth.Findings, cancellationToken), language)
                : PartialDecisions.Decide(Folding, Search(@case, unknown, asOf, traced: false, cancellationToken), @case, language),
        };
    }

    /// <summary>The completions of a valid partial case, run.</summary>
    public PartialSearch Search(SettlementCase @case, UnknownFactSet unknown, DateTime? asOf, bool traced, CancellationToken cancellationToken) =>
        PartialSearch.Run(this, @case, unknown, asOf, traced, cancellationToken);

    /// <summary>
    /// A case's unknown facts, the case valid; <see langword="null"/> when it lists none.
    /// </summary>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    public UnknownFactSet? UnknownOf(SettlementCase @case)
    {
        if (@case?.UnknownFacts is { Count: 0 })
        {
            return null;
        }

        var errors = CaseValidator.Validate(@case, out var unknown);
        return errors.Count > 0 ? throw new InvalidCaseException(errors) : unknown.IsEmpty ? null : unknown;
    }

    /// <summary>The visit of a valid case as asked on a day (the caller's, else the case's, else the visit day).</summary>
    public Visit VisitOf(SettlementCase @case, DateTime? asOf) => new(@case, asOf ?? @case.AsOf ?? @case.Encounter.Date, Policies);

    /// <summary>One session of the rules over a validated complete case, fired; its evidence recorded when a why-not asks for it.</summary>
    public Assessment RunValid(SettlementCase @case, DateTime? asOf, AssessmentDepth depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var visit = VisitOf(@case, asOf);
        var diagnose = depth == AssessmentDepth.Diagnosed;
        var facts = CanonicalFacts.Of(visit, @case);

        var sink = new FindingSink();
        // A why-not walks every rule; a decision needs only the rules that can fire in the visit's situation.
        var place = VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling);
        var session = (diagnose ? Rules.Factory : Rules.FactoryFor(place, visit.Encounter.Setting)).CreateSession();
        Rules.Limit(session, diagnose ? Rules.Definitions : Rules.DefinitionsIn(place, visit.Encounter.Setting), @case.Person.InsuredRegion, @case.Hospital.Region, visit.Date);
        session.DependencyResolver = sink;
        var recorder = depth == AssessmentDepth.Findings ? null : new TraceRecorder(session);
        var evidence = diagnose ? new LhsEvidence(session) : null;
        if (diagnose)
        {
            // A why-not answers about a rule that throws too: its failing condition reads as not evaluated.
            RuleFailures.Tolerate(session);
        }

        // Every rule fires at most once per match; a bound far above what any valid case needs stops a runaway.
        var limit = 64 + (16 * facts.Count);
        try
        {
            session.InsertAll(facts);
            cancellationToken.ThrowIfCancellationRequested();
            var fired = session.Fire(limit, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (fired >= limit && RuleFailures.Looping(session, Rules.AssemblyOf) is { } looping)
            {
                throw looping;
            }
        }
        catch (NRules.RuleExecutionException e)
        {
            throw RuleFailures.Of(e, session, Rules.AssemblyOf);
        }

        return new Assessment(@case, visit, sink.Findings, session, recorder, evidence);
    }
}
