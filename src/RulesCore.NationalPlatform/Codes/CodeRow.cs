using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Codes;

/// <summary>One row of a code table: a platform code, what it means in a case, and how well that is known.</summary>
/// <param name="Table">The table.</param>
/// <param name="Code">The platform's code (<c>14</c>, <c>M039</c>, <c>xxxx99</c>).</param>
/// <param name="Value">
/// What the code maps to (the values each <see cref="CodeTable"/> allows); <see langword="null"/> in a province's
/// override withdraws the row below it, so that the code is refused as unknown.
/// </param>
/// <param name="Name">What the code is called, in both languages (门诊慢特病 / chronic or special outpatient).</param>
/// <param name="Confidence">How well the mapping is supported.</param>
/// <param name="Source">Where the mapping comes from, in both languages.</param>
public sealed record CodeRow(CodeTable Table, string Code, string? Value, LocalizedText Name, MappingConfidence Confidence, LocalizedText Source);
