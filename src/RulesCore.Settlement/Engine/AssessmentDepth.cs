namespace RulesCore.Settlement.Engine;

/// <summary>How much an assessment records beside the findings.</summary>
internal enum AssessmentDepth
{
    /// <summary>Findings only: the rules of the visit's situation.</summary>
    Findings,

    /// <summary>Findings and the trace of rule firings.</summary>
    Traced,

    /// <summary>Every rule, the trace and the conditions' evidence, tolerating a throwing rule: for why-not answers.</summary>
    Diagnosed,
}
