using NRules;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// What one session of the rules made of a validated case: the case, the visit (the as-of day applied once), the
/// findings as the rules raised them, the facts they derived that consumers read (the filing gap), and — when asked
/// for — the trace and the session with its evidence for why-not answers. Folding turns it into the decision.
/// </summary>
internal sealed class Assessment
{
    public Assessment(SettlementCase @case, Visit visit, List<Raised> findings, ISession session, TraceRecorder? trace, LhsEvidence? evidence)
    {
        Case = @case;
        Visit = visit;
        Findings = findings;
        Session = session;
        Trace = trace;
        Evidence = evidence;
    }

    /// <summary>Gets the validated case.</summary>
    public SettlementCase Case { get; }

    /// <summary>Gets the visit as the rules saw it: its as-of day, regions, policies and whether it is asked before the visit.</summary>
    public Visit Visit { get; }

    /// <summary>Gets the findings the rules raised, in firing order.</summary>
    public List<Raised> Findings { get; }

    /// <summary>Gets the fired session (its working memory holds every fact, inserted and derived).</summary>
    public ISession Session { get; }

    /// <summary>Gets the rule firings, when a trace was asked for.</summary>
    public TraceRecorder? Trace { get; }

    /// <summary>Gets the conditions' evidence, for a why-not.</summary>
    public LhsEvidence? Evidence { get; }

    /// <summary>Gets the filing gap the rules derived (its deadline for filing now), if any.</summary>
    /// <remarks>Read as an enumerable: <c>Queryable.FirstOrDefault</c> on NRules' query would compile an expression per call.</remarks>
    public FilingGap? Gap => Enumerable.FirstOrDefault(Session.Query<FilingGap>());
}
