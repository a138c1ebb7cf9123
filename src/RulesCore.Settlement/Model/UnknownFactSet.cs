using System.Globalization;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>What kind of fact an unknown fact is; the order is the order of its checks when they weigh the same.</summary>
internal enum FactKind
{
    Filings,
    Qualifications,
    DesignatedHospitals,
    Contribution,
    IdentityVerified,
    Card,
    EVoucherActivated,
    PersonalAccountPaymentEnabled,
    CrossRegionServices,
    ItemInCatalog,
}

/// <summary>One fact a case lists as unknown; <see cref="Index"/> is the list index for per-entry facts, else -1.</summary>
internal readonly record struct UnknownFact(FactKind Kind, int Index)
{
    public string Path => Kind switch
    {
        FactKind.Filings => FactPaths.Filings,
        FactKind.Qualifications => FactPaths.Qualifications,
        FactKind.DesignatedHospitals => FactPaths.DesignatedHospitals(Index),
        FactKind.Contribution => FactPaths.Contribution,
        FactKind.IdentityVerified => FactPaths.IdentityVerified,
        FactKind.Card => FactPaths.Card,
        FactKind.EVoucherActivated => FactPaths.EVoucherActivated,
        FactKind.PersonalAccountPaymentEnabled => FactPaths.PersonalAccountPaymentEnabled,
        FactKind.CrossRegionServices => FactPaths.CrossRegionServices,
        _ => FactPaths.ItemInCatalog(Index),
    };
}

/// <summary>
/// The unknown facts of a case, parsed from <see cref="SettlementCase.UnknownFacts"/> and checked: each a known path
/// (an index within its list), none also given. Duplicates count once.
/// </summary>
internal sealed class UnknownFactSet
{
    public static readonly UnknownFactSet None = new(Array.Empty<UnknownFact>());

    private static readonly (string Path, FactKind Kind)[] Whole =
    {
        (FactPaths.Filings, FactKind.Filings),
        (FactPaths.Qualifications, FactKind.Qualifications),
        (FactPaths.Card, FactKind.Card),
        (FactPaths.EVoucherActivated, FactKind.EVoucherActivated),
        (FactPaths.IdentityVerified, FactKind.IdentityVerified),
        (FactPaths.PersonalAccountPaymentEnabled, FactKind.PersonalAccountPaymentEnabled),
        (FactPaths.Contribution, FactKind.Contribution),
        (FactPaths.CrossRegionServices, FactKind.CrossRegionServices),
    };

    /// <summary>The paths a reader suggests for a misspelt one.</summary>
    private static readonly string[] Spellings = Whole.Select(w => w.Path).Concat(new[] { "qualifications[0].designatedHospitals", "encounter.items[0].inCatalog" }).ToArray();

    private readonly HashSet<UnknownFact> _set;

    private UnknownFactSet(UnknownFact[] facts)
    {
        Facts = facts;
        _set = new HashSet<UnknownFact>(facts);
    }

    /// <summary>Gets the unknown facts in the order of <see cref="FactKind"/>, then of index.</summary>
    public IReadOnlyList<UnknownFact> Facts { get; }

    public bool IsEmpty => Facts.Count == 0;

    public bool Has(FactKind kind)
    {
        foreach (var f in Facts)
        {
            if (f.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public bool Has(FactKind kind, int index) => _set.Contains(new UnknownFact(kind, index));

    /// <summary>A path's fact, or <see langword="false"/> when it names none (its index is not read against a case).</summary>
    public static bool TryParse(string? path, out UnknownFact fact)
    {
        fact = default;
        if (path is null)
        {
            return false;
        }

        foreach (var (p, kind) in Whole)
        {
            if (string.Equals(p, path, StringComparison.Ordinal))
            {
                fact = new UnknownFact(kind, -1);
                return true;
            }
        }

        return TryIndexed(path, "qualifications[", "].designatedHospitals", FactKind.DesignatedHospitals, out fact)
            || TryIndexed(path, "encounter.items[", "].inCatalog", FactKind.ItemInCatalog, out fact);
    }

    private static bool TryIndexed(string path, string prefix, string suffix, FactKind kind, out UnknownFact fact)
    {
        fact = default;
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = path.Substring(prefix.Length, path.Length - prefix.Length - suffix.Length);
        if (digits.Length is 0 or > 6 || (digits.Length > 1 && digits[0] == '0') || !digits.All(c => c is >= '0' and <= '9'))
        {
            return false;
        }

        fact = new UnknownFact(kind, int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>The unknown facts of a case; a path that names no fact of it is an error at <c>unknownFacts[i]</c>.</summary>
    public static UnknownFactSet Of(SettlementCase @case, ref ValidationErrors errors)
    {
        var listed = @case.UnknownFacts;
        if (listed is null)
        {
            errors.Add("unknownFacts", InputErrorCodes.Required, "未知事实列表不能为 null（可以为空列表）。", "The list of unknown facts cannot be null (it may be empty).");
            return None;
        }

        if (listed.Count == 0 || CaseFieldChecks.Size(listed.Count, CaseLimits.MaxItems, "unknownFacts", ref errors))
        {
            return None;
        }

        var facts = new SortedSet<UnknownFact>(Comparer<UnknownFact>.Create(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Index.CompareTo(b.Index)));
        for (var i = 0; i < listed.Count; i++)
        {
            var path = new ValidationPath("unknownFacts", i).ToString();
            if (!TryParse(listed[i], out var fact))
            {
                if (listed[i] is null)
                {
                    errors.Add(path, InputErrorCodes.Required, "这里需要一个事实路径，不能为 null。", "A fact path is required here, not null.");
                }
                else
                {
                    var nearest = Spelling.DidYouMean(listed[i], Spellings);
                    errors.Add(path, InputErrorCodes.UnknownValue,
                        "不是可以列为未知的事实。可以列出：" + string.Join("、", Spellings.Select(s => s.Replace("[0]", "[i]"))) + "。" + nearest.Chinese,
                        "Not a fact that can be listed as unknown. Allowed: " + string.Join(", ", Spellings.Select(s => s.Replace("[0]", "[i]"))) + "." + nearest.English);
                }

                continue;
            }

            var count = fact.Kind == FactKind.DesignatedHospitals ? @case.Qualifications?.Count ?? 0
                : fact.Kind == FactKind.ItemInCatalog ? @case.Encounter?.Items?.Count ?? 0
                : int.MaxValue;
            if (fact.Index >= count)
            {
                errors.Add(path, InputErrorCodes.OutOfRange, $"序号 {fact.Index} 超出了病例中该列表的范围（共 {count} 项）。", $"Index {fact.Index} is beyond the case's list ({count} entries).");
                continue;
            }

            facts.Add(fact);
        }

        return facts.Count == 0 ? None : new UnknownFactSet(facts.ToArray());
    }

    /// <summary>Reports a listed member that is also given.</summary>
    public static void Given(string path, ref ValidationErrors errors) =>
        errors.Add(path, InputErrorCodes.UnknownFactGiven, path + " 已列在 unknownFacts 中，不能同时给出。", path + " is listed in unknownFacts; it cannot also be given.");
}
