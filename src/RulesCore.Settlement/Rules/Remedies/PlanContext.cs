using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// What a remedy sees when the planner asks it for actions: the case as it stands, the filing the finding is about
/// (if any), the filing gap the rules derived, the visit, the hospitals worth going to instead (judged the first time a
/// remedy asks), and the policies; with the changes to facts remedies share (replace a filing, add a filing for the
/// treatment region).
/// </summary>
internal sealed record PlanContext(SettlementCase Case, Filing? Filing, FilingGap? Gap, Visit Visit, Lazy<IReadOnlyList<Hospital>> HospitalChoices, PolicyCatalog Policies)
{
    /// <summary>Gets the hospitals of the directory worth going to instead (none without a directory, or after the visit).</summary>
    public IReadOnlyList<Hospital> Hospitals => HospitalChoices.Value;

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

    /// <summary>
    /// Gets the reason a new filing keeps: that of the person's latest filing for the treatment pooling region, else of
    /// their latest filing at all (a long-term resident stays long-term); <see langword="null"/> when they hold none, and
    /// the new filing is temporary (<see cref="AssumedTemporary"/>).
    /// </summary>
    public FilingReason? KeptReason =>
        Case.Filings.OrderByDescending(Visit.IsForTreatmentRegion).ThenByDescending(f => f.ValidFrom).Select(f => (FilingReason?)f.Reason).FirstOrDefault();

    /// <summary>What a step that files anew says when the person holds no filing to go by: it assumes a temporary one.</summary>
    public static readonly LocalizedText AssumedTemporary = new(
        "（没有已办备案可参照，此处按临时外出就医备案；如长期在当地居住或工作，可办理长期备案，不降低报销比例。）",
        " (With no earlier filing to go by, this assumes a temporary filing; if you live or work there long-term, a long-term filing carries no reduction.)");

    /// <summary>
    /// An action that files anew for the treatment pooling region from a day, in the remedy's words for the moment (or
    /// <paramref name="text"/>), with the reason it assumes where the person holds no filing.
    /// </summary>
    public PlanAction FileAnew(RemedyDefinition remedy, DateTime? before, DateTime from, LocalizedText? text = null)
    {
        var action = Action(remedy, "filing:new", before, x => AddFiling(x, from));
        action = text is null ? action : action with { Text = text };
        return KeptReason is null ? action with { Text = new LocalizedText(action.Text.Chinese + AssumedTemporary.Chinese, action.Text.English + AssumedTemporary.English) } : action;
    }

    /// <summary>
    /// A new filing for the treatment pooling region from a day (an id no filing of the case has), for the reason the
    /// person's existing filing gives (<see cref="KeptReason"/>), else temporary.
    /// </summary>
    private SettlementCase AddFiling(SettlementCase c, DateTime from)
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
                Id = id, Reason = KeptReason ?? FilingReason.OtherTemporary, DestinationRegion = treatment, ValidFrom = from,
                Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            }).ToArray(),
        };
    }
}
