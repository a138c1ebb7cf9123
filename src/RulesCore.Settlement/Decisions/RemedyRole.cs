namespace RulesCore.Settlement.Decisions;

/// <summary>
/// What a remedy is for at the moment the question is asked; readers group remedies by role, <see cref="Fix"/> first.
/// The same remedy may have another role at another moment (filing first is a fix before the visit, a step for next
/// time after it).
/// </summary>
public enum RemedyRole
{
    /// <summary>Done now, it changes this visit's outcome (before the visit: file, renew, obtain the qualification…; after it: file retroactively within the window or before discharge, ask the insured region about its window).</summary>
    Fix,

    /// <summary>The route to reimbursement if the visit does not settle directly: keep the documents, pay in full, claim at the insured region.</summary>
    Claim,

    /// <summary>Helps later visits only (after the visit: file before the next one; before it: e.g. paying arrears when the waiting period outlasts the visit).</summary>
    NextTime,
}
