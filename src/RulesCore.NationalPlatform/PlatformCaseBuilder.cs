using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;

namespace RulesCore.NationalPlatform;

/// <summary>
/// Builds a partial case from platform messages: what the messages carry is mapped through the code tables, everything
/// they do not carry — the person's filings always, the card, the personal-account permission, and whatever was not
/// asked — is listed in <see cref="Settlement.Model.SettlementCase.UnknownFacts"/>, never guessed; every mapping of
/// confidence B or C used is returned beside the case as a <see cref="PlatformAssumption"/>. Unknown codes
/// (<c>med_type</c> 12 or 99xx, a local <c>insutype</c>, a <c>psn_insu_stas</c> outside the table, a <c>chrgitm_lv</c>
/// outside the table) are errors naming their path, never a guess. No personal data reaches the case, the assumptions or
/// an error. Immutable after construction, and thread-safe.
/// </summary>
/// <remarks>
/// A case built from messages the readers of <see cref="PlatformJson"/> accepted is always accepted by the evaluator
/// (the package's tests check this over generated messages). Messages made in code are checked for what the readers
/// would check (amounts, dates, codes), the hospital as the evaluator checks it.
/// </remarks>
public sealed class PlatformCaseBuilder
{
    private readonly IReadOnlyList<PlatformCodeTables> _tables;

    /// <summary>Creates a builder with the shipped code tables only.</summary>
    public PlatformCaseBuilder()
        : this(new PlatformOptions())
    {
    }

    /// <summary>Creates a builder with the integrator's code tables over the shipped ones.</summary>
    /// <param name="options">The options; later changes to them do not change this builder.</param>
    public PlatformCaseBuilder(PlatformOptions options)
    {
        _tables = (options ?? throw new ArgumentNullException(nameof(options))).CodeTables.ToArray();
        _ = PlatformCodeTables.National;
    }

    /// <summary>Builds the case.</summary>
    /// <param name="messages">The messages.</param>
    /// <returns>The partial case and the assumptions it rests on.</returns>
    /// <exception cref="InvalidPlatformMessageException">The messages cannot make a case; every problem is listed with its path.</exception>
    public PlatformCase Build(PlatformMessages messages) =>
        TryBuild(messages, out var result, out var errors) ? result! : throw new InvalidPlatformMessageException(errors);

    /// <summary>Builds the case without throwing for invalid messages.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="result">The case and its assumptions, when the messages make one.</param>
    /// <param name="errors">Every problem, each with its path under the message's name; empty when a case was built.</param>
    /// <returns>Whether a case was built.</returns>
    public bool TryBuild(PlatformMessages messages, out PlatformCase? result, out IReadOnlyList<InputError> errors)
    {
        result = new CaseAssembly(_tables).Build(messages ?? throw new ArgumentNullException(nameof(messages)), out errors);
        return result is not null;
    }

    /// <summary>Reads the messages (<see cref="PlatformJson.TryReadMessages"/>) and builds the case: from what the HIS holds to a case, in one call.</summary>
    /// <param name="messages">The messages as JSON.</param>
    /// <param name="options">Limits for each document; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>The partial case and the assumptions it rests on.</returns>
    /// <exception cref="InvalidPlatformMessageException">A message cannot be read, or the messages cannot make a case; every problem is listed with its path.</exception>
    public PlatformCase Build(PlatformJsonMessages messages, SettlementJsonOptions? options = null) =>
        TryBuild(messages, out var result, out var errors, options) ? result! : throw new InvalidPlatformMessageException(errors);

    /// <summary>Reads the messages and builds the case without throwing for invalid input.</summary>
    /// <param name="messages">The messages as JSON.</param>
    /// <param name="result">The case and its assumptions, when the messages make one.</param>
    /// <param name="errors">Every problem, each with its path under the message's name; empty when a case was built.</param>
    /// <param name="options">Limits for each document; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether a case was built.</returns>
    public bool TryBuild(PlatformJsonMessages messages, out PlatformCase? result, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null)
    {
        result = null;
        return PlatformJson.TryReadMessages(messages, out var read, out errors, options) && TryBuild(read!, out result, out errors);
    }
}
