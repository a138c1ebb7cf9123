namespace RulesCore.Settlement.Model;

/// <summary>
/// The insured person's insurance account (参保信息). <see cref="Name"/> and <see cref="IdNumber"/> are optional and
/// personal: no rule reads them, and no decision, error, message, trace or <see cref="ToString"/> ever contains them.
/// </summary>
public sealed record InsuranceAccount
{
    /// <summary>Gets the person's name (姓名), if the caller passes it along; personal data, never echoed.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the person's identity number (身份证号), if the caller passes it along; personal data, never echoed.</summary>
    public string? IdNumber { get; init; }

    /// <summary>Gets the insured region (参保地), a pooling region. Required.</summary>
    public required RegionCode InsuredRegion { get; init; }

    /// <summary>Gets the scheme. Required.</summary>
    public required InsuranceScheme Scheme { get; init; }

    /// <summary>Gets the contribution status. Required.</summary>
    public required Contribution Contribution { get; init; }

    /// <summary>Gets whether name and identity number match the insurance registry.</summary>
    public required bool IdentityVerified { get; init; }

    /// <summary>Gets the state of the social security card. Required.</summary>
    public required CardStatus Card { get; init; }

    /// <summary>Gets whether the e-voucher (医保电子凭证) is activated.</summary>
    public required bool EVoucherActivated { get; init; }

    /// <summary>Gets whether personal-account payment (个人账户支付权限) is enabled.</summary>
    public required bool PersonalAccountPaymentEnabled { get; init; }

    /// <summary>Describes the account with the personal fields redacted.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>Whether members were printed.</returns>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name is null ? "null" : "[redacted]")
            .Append(", IdNumber = ").Append(IdNumber is null ? "null" : "[redacted]")
            .Append(", InsuredRegion = ").Append(InsuredRegion)
            .Append(", Scheme = ").Append(Scheme)
            .Append(", Contribution = ").Append(Contribution)
            .Append(", IdentityVerified = ").Append(IdentityVerified)
            .Append(", Card = ").Append(Card)
            .Append(", EVoucherActivated = ").Append(EVoucherActivated)
            .Append(", PersonalAccountPaymentEnabled = ").Append(PersonalAccountPaymentEnabled);
        return true;
    }
}
