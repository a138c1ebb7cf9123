using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.FaultyRules;

/// <summary>What the faulty rules share: their texts, and the hospital ids that make them misbehave.</summary>
public static class Faults
{
    public const string ThrowInCondition = "THROW-IN-CONDITION";
    public const string ThrowInAction = "THROW-IN-ACTION";
    public const string Loop = "LOOP";

    /// <summary>A condition that throws for the hospital that asks for it.</summary>
    public static bool Fails(Hospital hospital) =>
        hospital.Id == ThrowInCondition ? throw new InvalidOperationException("the example condition failed") : false;

    /// <summary>An action that throws.</summary>
    public static Raised Throws() => throw new InvalidOperationException("the example action failed");
}

/// <summary>What every faulty rule says of itself.</summary>
public abstract class FaultyRule : SettlementRule
{
    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new("有缺陷的示例规则（测试用）。", "An example rule with a bug (for tests).");

    public override LocalizedText Basis { get; } = new("测试", "tests");
}

/// <summary>A rule whose condition throws for one hospital.</summary>
[Name("faulty.condition")]
public sealed class ConditionThrowsRule : FaultyRule
{
    public static readonly FindingDefinition Never = new("FAULTY_CONDITION", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("不会出现。", "Never raised."));


    public override void Define()
    {
        Hospital hospital = null!;
        When().Match(() => hospital, h => Faults.Fails(h));
        Raise(ctx => Found(ctx, Never, On(hospital)));
    }
}

/// <summary>A rule whose action throws for one hospital.</summary>
[Name("faulty.action")]
public sealed class ActionThrowsRule : FaultyRule
{
    public static readonly FindingDefinition Never = new("FAULTY_ACTION", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("不会出现。", "Never raised."));


    public override void Define()
    {
        Hospital hospital = null!;
        When().Match(() => hospital, h => h.Id == Faults.ThrowInAction);
        Raise(ctx => Faults.Throws());
    }
}

/// <summary>A counter the looping rule inserts, one more each time it fires.</summary>
public sealed class Tick(int count)
{
    public int Count { get; } = count;
}

/// <summary>A rule that keeps firing for one hospital: each tick inserts the next.</summary>
[Name("faulty.loop")]
public sealed class LoopingRule : FaultyRule
{
    public static readonly FindingDefinition Never = new("FAULTY_LOOP", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("不会出现。", "Never raised."));


    public override void Define()
    {
        Hospital hospital = null!;
        When().Match(() => hospital, h => h.Id == Faults.Loop);
        Then().Do(ctx => ctx.Insert(new Tick(0)));
    }
}

/// <summary>The other half of the loop: every tick inserts the next.</summary>
[Name("faulty.tick")]
public sealed class TickRule : FaultyRule
{
    public static readonly FindingDefinition Never = new("FAULTY_TICK", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("不会出现。", "Never raised."));


    public override void Define()
    {
        Tick tick = null!;
        When().Match(() => tick);
        Then().Do(ctx => ctx.Insert(new Tick(tick.Count + 1)));
    }
}

/// <summary>
/// A rule that never fires, but whose class needs RulesCore.Testing to load: copied alone, the assembly misses a
/// dependency.
/// </summary>
[Name("faulty.dependent")]
[AppliesIn(RegionRole.Insured, "460000")]
public sealed class DependentRule : FaultyRule, IEquatable<RulesCore.Testing.CaseBuilder>
{
    public static readonly FindingDefinition Never = new("FAULTY_DEPENDENT", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("不会出现。", "Never raised."));


    public bool Equals(RulesCore.Testing.CaseBuilder? other) => false;

    public override void Define()
    {
        Hospital hospital = null!;
        When().Match(() => hospital, h => h.Id == "never");
        Raise(ctx => Found(ctx, Never, On(hospital)));
    }
}
