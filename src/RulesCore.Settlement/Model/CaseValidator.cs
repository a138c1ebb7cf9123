using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>Checks a case before any rule sees it. Messages name fields, never values.</summary>
internal static class CaseValidator
{
    public const int MaxErrors = 100;

    public static bool IsConditionIdentifier(string? value)
    {
        if (string.IsNullOrEmpty(value) || value!.Length > 64 || value[0] < 'a' || value[0] > 'z')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyList<InputError> Validate(SettlementCase? @case) => Validate(@case, out _);

    /// <summary>A case's problems, and its unknown facts (none when it has problems).</summary>
    public static IReadOnlyList<InputError> Validate(SettlementCase? @case, out UnknownFactSet unknown)
    {
        var errors = new ValidationErrors();
        unknown = UnknownFactSet.None;
        if (@case is null)
        {
            errors.Add("$", InputErrorCodes.Required, "缺少病例。", "The case is required.");
            return errors.ToList();
        }

        var listed = @case.UnknownFacts is { Count: 0 } ? UnknownFactSet.None : UnknownFactSet.Of(@case, ref errors);
        CaseFieldChecks.OptionalDate(@case.AsOf, new ValidationPath("asOf"), ref errors);
        CaseSectionChecks.ValidatePerson(@case.Person, listed, ref errors);
        CaseSectionChecks.ValidateFilings(@case.Filings, listed.Has(FactKind.Filings), ref errors);
        CaseSectionChecks.ValidateQualifications(@case.Qualifications, listed, ref errors);
        CaseSectionChecks.ValidateHospital(@case.Hospital, "hospital", listed.Has(FactKind.CrossRegionServices), ref errors);
        CaseSectionChecks.ValidateEncounter(@case.Encounter, listed, ref errors);
        var list = errors.ToList();
        if (list.Count == 0)
        {
            unknown = listed;
        }

        return list;
    }

    /// <summary>
    /// Checks a hospital as a case's hospital is checked, its paths under <paramref name="path"/> (<c>hospital</c> in a
    /// case, <c>[3]</c> in a hospital directory), and the directory's optional <paramref name="level"/> as free text.
    /// </summary>
    internal static IReadOnlyList<InputError> ValidateHospital(Hospital? hospital, string path, string? level = null)
    {
        var errors = new ValidationErrors();
        CaseSectionChecks.ValidateHospital(hospital, path, servicesUnknown: false, ref errors);
        CaseFieldChecks.Text(level, new ValidationPath(path, ".level"), ref errors);
        return errors.ToList();
    }
}
