using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// What a remedy sees when the planner asks it for actions: the case as it stands, the filing the finding is about
/// (if any), the filing gap the rules derived, the visit, the hospitals worth going to instead, and the policies; with
/// the changes to facts remedies share (replace a filing, add a filing for the treatment region).
/// </summary>
internal sealed record PlanContext(SettlementCase Case, Filing? Filing, FilingGap? Gap, Visit Visit, IReadOnlyList<Hospital> Hospitals, PolicyCatalog Policies)
{
    /// <summary>Gets whether the question is asked before the visit.</summary>
    public bool AskedBefore => Visit.AskedBefore;

    /// <summary>Gets whether the visit has not ended on the as-of day (a step done now still counts).</summary>
    public bool StillOpen => Visit.AsOf <= Visit.Until;

    /// <summary>Gets the treatment pooling region on the visit day.</summary>
    public RegionCode TreatmentPooling => Policies.Resolve(Case.Hospital.Region, Visit.Date).PoolingRegion;

    /// <summary>An action of a remedy on a target (<c>filing:F1</c>, <c>person:identity</c>…), in the remedy's words for the moment.</summary>
    public PlanAction Action(RemedyDefinition remedy, string target, DateTime? before, Func<SettlementCase, SettlementCase> apply) =>
        new(remedy.Code + " " + target, remedy.Code, target, remedy.Who, remedy.Where, remedy.Text(AskedBefore), before, null, apply);

    /// <summary>The case with one filing changed.</summary>
    public static SettlementCase Replace(SettlementCase c, string id, Func<Filing, Filing> change) =>
        c with { Filings = c.Filings.Select(f => f.Id == id ? change(f) : f).ToArray() };

    /// <summary>A new temporary filing for the treatment pooling region from a day (an id no filing of the case has).</summary>
    public SettlementCase AddFiling(SettlementCase c, DateTime from)
    {
        var id = "NEW";
        for (var n = 2; c.Filings.Any(f => f.Id == id); n++)
        {
            id = "NEW" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var treatment = Policies.Resolve(c.Hospital.Region, Visit.Date).PoolingRegion;
        return c with
        {
            Filings = c.Filings.Append(new Filing
            {
                Id = id, Reason = FilingReason.OtherTemporary, DestinationRegion = treatment, ValidFrom = from,
                Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            }).ToArray(),
        };
    }
}
