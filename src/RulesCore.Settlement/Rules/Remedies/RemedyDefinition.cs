using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The home of a remedy, as <see cref="FindingDefinition"/> is the home of a finding: its code, what it says at each
/// moment (before the visit, and on or after it), who carries it out and where, the change to the case's facts the
/// planner tries for it, and why it may be impossible. One class per remedy in <c>Rules/Remedies/</c>; the rule set
/// finds every one.
/// </summary>
internal abstract class RemedyDefinition
{
    /// <summary>Gets the remedy code (<see cref="RemedyCodes"/>).</summary>
    public abstract string Code { get; }

    /// <summary>Gets what it says when asked on or after the visit day: what can still be done.</summary>
    public abstract LocalizedText After { get; }

    /// <summary>Gets what it says when asked before the visit (what to do before going), where that differs.</summary>
    public virtual LocalizedText? Before => null;

    /// <summary>Gets who carries it out as a plan step.</summary>
    public virtual PlanActor Who => PlanActor.Patient;

    /// <summary>Gets where it is done (app screen, office, hotline), for plan steps.</summary>
    public virtual LocalizedText Where => new(string.Empty, string.Empty);

    /// <summary>
    /// What it is for at a moment: by default a <see cref="RemedyRole.Fix"/> while the visit is still open (before it, on
    /// its day, or before discharge) and a step for <see cref="RemedyRole.NextTime"/> once it is over. A remedy whose
    /// effect reaches this visit at other moments says so; it is a fix only when it can change this visit's outcome.
    /// </summary>
    public virtual RemedyRole Role(RemedyMoment moment) => moment.StillOpen ? RemedyRole.Fix : RemedyRole.NextTime;

    /// <summary>What it says at a moment: before the visit, or on or after it.</summary>
    public LocalizedText Text(bool beforeVisit) => beforeVisit && Before is { } before ? before : After;

    /// <summary>
    /// The changes to the case's facts that carry it out now, as plan actions (none when it changes no fact, or cannot
    /// be done at this moment).
    /// </summary>
    public virtual IEnumerable<PlanAction> Actions(PlanContext plan) => Array.Empty<PlanAction>();

    /// <summary>
    /// Why a problem it is offered for cannot be fixed for this visit, where the reason is this remedy's (e.g. a
    /// qualification cannot be backdated); <see langword="null"/> otherwise.
    /// </summary>
    public virtual LocalizedText? Impossible(UnfixableContext context) => null;
}
