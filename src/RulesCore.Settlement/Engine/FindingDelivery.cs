using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>How rules hand their findings to the evaluator.</summary>
internal enum FindingDelivery
{
    /// <summary>Through an action into the session's sink: cheapest; correct because producers outrank readers.</summary>
    Collect,

    /// <summary>As linked facts, truth-maintained by NRules whatever the priorities (the reference form in tests).</summary>
    Yield,
}
