namespace RulesCore.Settlement.Decisions;

/// <summary>A policy pack a decision relied on.</summary>
/// <param name="Region">The pack's region code, or <c>national</c>.</param>
/// <param name="Name">The pack's name.</param>
/// <param name="Hash">A SHA-256 (hex) of the pack's content: it changes whenever any value, date, source or confidence does.</param>
public sealed record PolicyProvenance(string Region, string Name, string Hash);
