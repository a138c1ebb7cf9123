using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform;

/// <summary>
/// A mapping of confidence <see cref="MappingConfidence.B"/> or <see cref="MappingConfidence.C"/> that a built case rests
/// on (e.g. <c>psn_insu_stas</c> 2 → lapsed): shown beside the case, never part of it. A reader who knows better for
/// their region overrides the code tables (<see cref="PlatformOptions.AddCodeTables(PlatformCodeTables)"/>).
/// </summary>
public sealed record PlatformAssumption
{
    /// <summary>Gets where the value was read, a path under the message's name (<c>person.output.insuinfo[0].psn_insu_stas</c>).</summary>
    public string Field { get; init; } = string.Empty;

    /// <summary>Gets the code read (<c>2</c>), or empty for a mapping that reads no code (the person query answered).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets what it became in the case: the member and its value (<c>person.contribution.status = lapsed</c>).</summary>
    public string Becomes { get; init; } = string.Empty;

    /// <summary>Gets how well the mapping is supported.</summary>
    public MappingConfidence Confidence { get; init; }

    /// <summary>Gets the assumption in a sentence, in both languages: what was read, what it became, and why that is not certain.</summary>
    public LocalizedText Text { get; init; } = new(string.Empty, string.Empty);
}
