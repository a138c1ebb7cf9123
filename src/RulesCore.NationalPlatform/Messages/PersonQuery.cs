namespace RulesCore.NationalPlatform.Messages;

/// <summary>
/// What the person query (1101 人员信息获取) answered, as far as a case needs it: the insurance rows
/// (<c>output.insuinfo[]</c>). Nothing personal is kept — not the name, ID number, birth date, employer or person number
/// (<c>baseinfo</c>, <c>emp_name</c>…): the reader never decodes them.
/// </summary>
public sealed record PersonQuery
{
    /// <summary>Gets the insurance rows (<c>insuinfo</c>), in the order the platform gave them.</summary>
    public IReadOnlyList<InsuranceRecord> Insurance { get; init; } = Array.Empty<InsuranceRecord>();

    /// <summary>Gets the path of the output object in the document read (<c>output</c> in an envelope, empty for a bare output).</summary>
    internal string Prefix { get; init; } = string.Empty;
}
