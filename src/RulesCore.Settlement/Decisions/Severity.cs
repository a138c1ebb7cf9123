namespace RulesCore.Settlement.Decisions;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Caps the outcome.</summary>
    Blocking = 1,

    /// <summary>Worth knowing; the visit still settles (e.g. some items are self-paid).</summary>
    Warning = 2,

    /// <summary>Information, usually good news (e.g. an exemption applies).</summary>
    Info = 3,
}
