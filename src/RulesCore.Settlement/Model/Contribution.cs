namespace RulesCore.Settlement.Model;

/// <summary>The person's contributions.</summary>
public sealed record Contribution
{
    /// <summary>Gets the status. Required.</summary>
    public required ContributionStatus Status { get; init; }

    /// <summary>Gets, for <see cref="ContributionStatus.WaitingPeriod"/>, the first day benefits apply again.</summary>
    public DateTime? BenefitsResumeOn { get; init; }
}
