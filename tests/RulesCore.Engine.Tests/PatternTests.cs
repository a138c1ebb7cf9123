namespace RulesCore.Engine.Tests;

public class PatternTests
{
    private static Session Run(RuleDefinition rule, params object[] facts) => SampleRules.Run(RuleSet.Compile(rule), facts);

    [Fact]
    public void Match_WithCondition_FiresOnlyForMatchingFacts()
    {
        var session = Run(SampleRules.Adults(), new Person(1, 17), new Person(2, 18), new Person(3, 70));

        Assert.Equal(new[] { new Adult(2), new Adult(3) }, session.Query<Adult>());
    }

    [Fact]
    public void Match_WithoutCondition_FiresForEveryFactOfTheType()
    {
        var session = Run(SampleRules.ReachFromLink(), new Link(1, 2), new Person(1, 1), new Link(2, 3));

        Assert.Equal(2, session.Trace.Count);
    }

    [Fact]
    public void Match_BaseType_MatchesDerivedFacts()
    {
        var rule = Rule.Create("x").Match<Base>(b => b.Value > 0).Then<Flag>((ctx, b) => ctx.Insert(new Flag(b.GetType().Name)));

        var session = Run(rule, new Base(1), new Derived(2), new Derived(-1));

        Assert.Equal(new[] { new Flag("Base"), new Flag("Derived") }, session.Query<Flag>());
    }

    [Fact]
    public void Match_Interface_MatchesImplementations()
    {
        var rule = Rule.Create("x").Match<IMarker>().Then<Counter>((ctx, m) => ctx.Insert(new Counter(m.Value)));

        var session = Run(rule, new Base(1), new Derived(2), new Noise("n"));

        Assert.Equal(new[] { new Counter(1), new Counter(2) }, session.Query<Counter>());
    }

    [Fact]
    public void Match_DerivedType_DoesNotMatchBaseFacts()
    {
        var rule = Rule.Create("x").Match<Derived>().Then<Flag>((ctx, d) => ctx.Insert(new Flag("d")));

        Assert.Empty(Run(rule, new Base(1)).Trace);
    }

    [Fact]
    public void Join_TwoTypes_FiresPerJoinedPair()
    {
        var rule = Rule.Create("x")
            .Match<Person>()
            .Match<Link>((p, l) => l.From == p.Id)
            .Then<Reach>((ctx, p, l) => ctx.Insert(new Reach(p.Id, l.To)));

        var session = Run(rule, new Person(1, 30), new Person(2, 30), new Link(1, 5), new Link(1, 6), new Link(3, 7));

        Assert.Equal(new[] { new Reach(1, 5), new Reach(1, 6) }, session.Query<Reach>());
        Assert.Equal(new object[] { new Person(1, 30), new Link(1, 6) }, session.Trace[1].Matched);
    }

    [Fact]
    public void Join_ThreeTypes_BindsAllThree()
    {
        var session = Run(SampleRules.Elders(), new Person(1, 60), new Person(2, 30), new Person(3, 90), new Link(1, 2), new Link(1, 3), new Link(2, 1));

        Assert.Equal(new[] { new Elder(1, 2) }, session.Query<Elder>());
        Assert.Equal(new object[] { new Person(1, 60), new Link(1, 2), new Person(2, 30) }, session.Trace.Single().Matched);
    }

    [Fact]
    public void Join_FourTypes_BindsAllFour()
    {
        var rule = Rule.Create("x")
            .Match<Person>()
            .Match<Link>((p, l) => l.From == p.Id)
            .Match<Person>((p, l, q) => q.Id == l.To)
            .Match<Flag>((p, l, q, f) => f.Name == $"{p.Id}-{q.Id}")
            .Then<Elder>((ctx, p, l, q, f) => ctx.Insert(new Elder(p.Id, q.Id)));

        var session = Run(rule, new Person(1, 60), new Person(2, 30), new Link(1, 2), new Link(2, 1), new Flag("1-2"));

        Assert.Equal(new[] { new Elder(1, 2) }, session.Query<Elder>());
        Assert.Equal(4, session.Trace.Single().Matched.Count);
    }

    [Fact]
    public void Join_SameTypeTwice_CanBindTheSameFact()
    {
        var rule = Rule.Create("x").Match<Person>().Match<Person>((a, b) => a.Age == b.Age)
            .Then<Elder>((ctx, a, b) => ctx.Insert(new Elder(a.Id, b.Id)));

        var session = Run(rule, new Person(1, 30), new Person(2, 30));

        Assert.Equal(new[] { new Elder(1, 1), new Elder(1, 2), new Elder(2, 1), new Elder(2, 2) }, session.Query<Elder>());
    }

    [Fact]
    public void Not_WithJoin_FiresOnlyWhenNoMatchingFactExists()
    {
        var session = Run(SampleRules.Roots(), new Person(1, 1), new Person(2, 2), new Person(3, 3), new Link(1, 2), new Link(9, 3));

        Assert.Equal(new[] { new Root(1) }, session.Query<Root>());
    }

    [Fact]
    public void Not_Unbound_FiresOnceWhenNoFactOfTheTypeExists()
    {
        var rule = Rule.Create("x").Not<Person>().Then<Flag>(ctx => ctx.Insert(new Flag("empty")));

        Assert.Single(Run(rule, new Link(1, 2)).Trace);
        Assert.Empty(Run(rule, new Person(1, 2)).Trace);
    }

    [Fact]
    public void Not_UnboundWithCondition_TestsTheCondition()
    {
        var rule = Rule.Create("x").Not<Person>(p => p.Age > 100).Then<Flag>(ctx => ctx.Insert(new Flag("none old")));

        Assert.Single(Run(rule, new Person(1, 99)).Trace);
        Assert.Empty(Run(rule, new Person(1, 101)).Trace);
    }

    [Fact]
    public void Exists_FiresOnceHoweverManyFactsMatch()
    {
        var session = Run(SampleRules.ParentAdults(), new Adult(1), new Adult(2), new Link(1, 5), new Link(1, 6), new Link(1, 7));

        Assert.Equal(new[] { new ParentAdult(1) }, session.Query<ParentAdult>());
        Assert.Single(session.Trace);
        Assert.Equal(new object[] { new Adult(1) }, session.Trace[0].Matched);
    }

    [Fact]
    public void Exists_Unbound_FiresOnceWhenAnyFactExists()
    {
        var rule = Rule.Create("x").Exists<Person>(p => p.Age > 50).Then<Flag>(ctx => ctx.Insert(new Flag("someone old")));

        Assert.Single(Run(rule, new Person(1, 60), new Person(2, 70)).Trace);
        Assert.Empty(Run(rule, new Person(1, 10)).Trace);
    }

    [Fact]
    public void Not_OverDerivedFacts_WaitsForTheStratumThatYieldsThem()
    {
        // "lonely" negates Reach, which a recursive rule derives; declared first, it must still run after it.
        var rules = RuleSet.Compile(SampleRules.LonelyAdults(), SampleRules.ReachTransitive(), SampleRules.ReachFromLink(), SampleRules.Adults());

        var session = SampleRules.Run(rules, new object[] { new Person(1, 30), new Person(2, 40), new Person(3, 50), new Link(1, 2), new Link(2, 3) });

        Assert.Equal(new[] { new Lonely(3) }, session.Query<Lonely>());
    }

    [Fact]
    public void Exists_OverDerivedFacts_SeesFactsFromEarlierStrata()
    {
        var rule = Rule.Create("has.adult").Match<Person>().Exists<Adult>((p, a) => a.Id == p.Id)
            .Then<Flag>((ctx, p) => ctx.Insert(new Flag($"adult {p.Id}")));
        var rules = RuleSet.Compile(rule, SampleRules.Adults());

        var session = SampleRules.Run(rules, new object[] { new Person(1, 30), new Person(2, 3) });

        Assert.Equal(new[] { new Flag("adult 1") }, session.Query<Flag>());
    }

    [Fact]
    public void Negation_OverBaseType_DependsOnRulesYieldingDerivedTypes()
    {
        var makesDerived = Rule.Create("make").Match<Counter>().Then<Derived>((ctx, c) => ctx.Insert(new Derived(c.N)));
        var noBase = Rule.Create("none").Match<Counter>().Not<Base>((c, b) => b.Value == c.N).Then<Flag>((ctx, c) => ctx.Insert(new Flag("none")));
        var rules = RuleSet.Compile(noBase, makesDerived);

        Assert.Equal(new[] { "make", "none" }, rules.Strata.Select(s => s.Single().Id));
        Assert.Empty(SampleRules.Run(rules, new object[] { new Counter(1) }).Query<Flag>());
    }

    [Fact]
    public void Negation_OverInterface_DependsOnRulesYieldingImplementations()
    {
        var makesBase = Rule.Create("make").Match<Counter>().Then<Base>((ctx, c) => ctx.Insert(new Base(c.N)));
        var noMarker = Rule.Create("none").Match<Counter>().Not<IMarker>().Then<Flag>((ctx, c) => ctx.Insert(new Flag("none")));
        var rules = RuleSet.Compile(noMarker, makesBase);

        Assert.Equal(new[] { "make", "none" }, rules.Strata.Select(s => s.Single().Id));
    }
}
