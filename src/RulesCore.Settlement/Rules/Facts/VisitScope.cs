namespace RulesCore.Settlement.Rules;

/// <summary>Where the treatment happens relative to the insured pooling region.</summary>
public enum VisitScope
{
    /// <summary>In the insured pooling region (本地就医).</summary>
    Local,

    /// <summary>Elsewhere in the insured province (省内异地).</summary>
    IntraProvince,

    /// <summary>In another province (跨省异地).</summary>
    CrossProvince,
}
