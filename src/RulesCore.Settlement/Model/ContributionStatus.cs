namespace RulesCore.Settlement.Model;

/// <summary>Contribution status (缴费状态).</summary>
public enum ContributionStatus
{
    /// <summary>Contributions paid; benefits active.</summary>
    Active = 1,

    /// <summary>Contributions lapsed (断缴); benefits stopped.</summary>
    Lapsed = 2,

    /// <summary>Re-joined after a lapse; benefits resume after a waiting period (待遇等待期).</summary>
    WaitingPeriod = 3,
}
