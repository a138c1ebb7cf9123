namespace RulesCore.Engine.Tests;

// Small fact vocabulary shared by the engine tests: people, links between them, and what rules derive.
public sealed record Person(int Id, int Age);

public sealed record Link(int From, int To);

public sealed record Adult(int Id);

public sealed record Reach(int From, int To);

public sealed record Root(int Id);

public sealed record Lonely(int Id);

public sealed record ParentAdult(int Id);

public sealed record Elder(int Older, int Younger);

public sealed record Noise(string Text);

public interface IMarker
{
    int Value { get; }
}

public record Base(int Value) : IMarker;

public sealed record Derived(int Value) : Base(Value);

public sealed record Counter(int N);

public sealed record Flag(string Name);

/// <summary>Rule sets used by several test classes.</summary>
public static class SampleRules
{
    public static RuleDefinition Adults() => Rule.Create("adult")
        .Match<Person>(p => p.Age >= 18)
        .Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));

    public static RuleDefinition ReachFromLink() => Rule.Create("reach.link")
        .Match<Link>()
        .Then<Reach>((ctx, l) => ctx.Insert(new Reach(l.From, l.To)));

    public static RuleDefinition ReachTransitive() => Rule.Create("reach.transitive")
        .Match<Reach>()
        .Match<Link>((r, l) => r.To == l.From)
        .Then<Reach>((ctx, r, l) => ctx.Insert(new Reach(r.From, l.To)));

    public static RuleDefinition Roots() => Rule.Create("root")
        .Match<Person>()
        .Not<Link>((p, l) => l.To == p.Id)
        .Then<Root>((ctx, p) => ctx.Insert(new Root(p.Id)));

    public static RuleDefinition LonelyAdults() => Rule.Create("lonely")
        .Match<Adult>()
        .Not<Reach>((a, r) => r.From == a.Id)
        .Then<Lonely>((ctx, a) => ctx.Insert(new Lonely(a.Id)));

    public static RuleDefinition ParentAdults() => Rule.Create("parent.adult")
        .Match<Adult>()
        .Exists<Link>((a, l) => l.From == a.Id)
        .Then<ParentAdult>((ctx, a) => ctx.Insert(new ParentAdult(a.Id)));

    public static RuleDefinition Elders() => Rule.Create("elder")
        .Match<Person>()
        .Match<Link>((p, l) => l.From == p.Id)
        .Match<Person>((p, l, q) => q.Id == l.To && q.Age < p.Age)
        .Then<Elder>((ctx, p, l, q) => ctx.Insert(new Elder(p.Id, q.Id)));

    /// <summary>Joins, negation, existence and recursion, across several strata.</summary>
    public static RuleDefinition[] Family() =>
        new[] { LonelyAdults(), Elders(), Adults(), ReachTransitive(), ParentAdults(), Roots(), ReachFromLink() };

    public static RuleSet CompiledFamily { get; } = RuleSet.Compile(Family());

    /// <summary>Runs facts through a rule set; returns the session after firing.</summary>
    public static Session Run(RuleSet rules, IEnumerable<object> facts)
    {
        var session = rules.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    /// <summary>The derived facts (those not inserted), as a set.</summary>
    public static HashSet<object> Derived(Session session, IEnumerable<object> inserted)
    {
        var set = new HashSet<object>(session.Facts);
        set.ExceptWith(inserted);
        return set;
    }
}
