using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Decisions;

/// <summary>The four causes a visit fails to settle directly.</summary>
public enum Cause
{
    /// <summary>The filing (备案).</summary>
    Filing = 1,

    /// <summary>The hospital and the services it opened (定点医疗机构).</summary>
    Hospital = 2,

    /// <summary>What is covered: qualifications, condition lists, the catalogue (待遇与目录).</summary>
    Coverage = 3,

    /// <summary>The insurance account: contributions, identity, card, permissions (参保状态).</summary>
    Account = 4,
}
