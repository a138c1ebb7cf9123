namespace RulesCore.Settlement.Policies;

/// <summary>One problem in a policy pack.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.parameters.intraProvinceFilingExempt[0].value</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PolicyPackError(string Path, string Message);
