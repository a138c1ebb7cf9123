using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>CHOOSE_NETWORKED_HOSPITAL</c>: go to a hospital that has opened the visit's service (选择联网定点医疗机构).</summary>
internal sealed class ChooseNetworkedHospital : RemedyDefinition
{
    /// <summary>Why another hospital cannot help a visit that has taken place.</summary>
    public static readonly LocalizedText VisitOver = new("就医已经发生，换医院只对今后的就诊有用。", "The visit has taken place: another hospital helps only the next one.");

    public override string Code => RemedyCodes.ChooseNetworkedHospital;

    /// <summary>Another hospital helps this visit only before it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("在APP“异地联网定点医药机构查询”中查找已开通相应服务的医院，今后到那里就医。", "Use the app's networked-hospital search (异地联网定点医药机构查询) to find a hospital that has opened this service, and go there in future.");

    public override LocalizedText? Before { get; } = new("就医前在APP“异地联网定点医药机构查询”中选择已开通相应服务的医院。", "Before the visit, use the app's networked-hospital search (异地联网定点医药机构查询) to choose a hospital that has opened this service.");

    public override LocalizedText Where { get; } = new("国家医保服务平台APP › 异地联网定点医药机构查询", "national medical insurance app › networked-hospital search (异地联网定点医药机构查询)");

    /// <summary>Before the visit: one action per hospital of the directory where no hospital problem remains ("go there instead").</summary>
    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (!plan.AskedBefore)
        {
            yield break;
        }

        foreach (var h in plan.Hospitals)
        {
            var name = h.Name is { } n ? n : h.Id;
            var text = new LocalizedText($"改到{name}（{h.Region.Name ?? h.Region.ToString()}）就医：该院已开通本次就医所需的异地直接结算。", $"Go to {name} ({h.Region.Describe(Languages.English)}) instead: it has opened cross-region settlement for this visit.");
            yield return plan.Action(this, "hospital:" + h.Id, plan.Visit.Date, x => x with { Hospital = h }) with { Text = text, Hospital = h.Id, Group = "hospital" };
        }
    }

    public override LocalizedText? Impossible(UnfixableContext context) =>
        !context.Visit.AskedBefore ? VisitOver
        : !context.HasDirectory ? new("没有配置医院目录，无法核实换到哪家医院能直接结算；请在APP“异地联网定点医药机构查询”中查找。", "No hospital directory is configured, so no other hospital can be verified; search the app's networked-hospital list.")
        : new("医院目录中，就医统筹区内没有能让本次就医直接结算的医院。", "No hospital of the treatment pooling region in the directory would let this visit settle directly.");
}
