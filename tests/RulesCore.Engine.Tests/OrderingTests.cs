namespace RulesCore.Engine.Tests;

/// <summary>The documented tie-break of the trace: stratum, priority, declaration order, fact insertion order.</summary>
public class OrderingTests
{
    private static RuleDefinition FlagRule(string id, int priority, string flag) =>
        Rule.Create(id).Priority(priority).Match<Person>().Then<Flag>((ctx, p) => ctx.Insert(new Flag($"{flag}{p.Id}")));

    [Fact]
    public void Priority_HigherFiresFirstWithinAStratum()
    {
        var rules = RuleSet.Compile(FlagRule("low", 1, "l"), FlagRule("high", 10, "h"), FlagRule("mid", 5, "m"));

        var session = SampleRules.Run(rules, new object[] { new Person(1, 1) });

        Assert.Equal(new[] { "high", "mid", "low" }, session.Trace.Select(f => f.Rule.Id));
        Assert.Equal(new[] { "high", "mid", "low" }, rules.Strata.Single().Select(r => r.Id));
    }

    [Fact]
    public void Priority_NeverOvertakesAnEarlierStratum()
    {
        var late = Rule.Create("late").Priority(100).Match<Adult>().Then<Flag>((ctx, a) => ctx.Insert(new Flag("late")));
        var rules = RuleSet.Compile(late, SampleRules.Adults());

        var session = SampleRules.Run(rules, new object[] { new Person(1, 30) });

        Assert.Equal(new[] { "adult", "late" }, session.Trace.Select(f => f.Rule.Id));
    }

    [Fact]
    public void DeclarationOrder_BreaksPriorityTies()
    {
        var rules = RuleSet.Compile(FlagRule("b", 0, "b"), FlagRule("a", 0, "a"), FlagRule("c", 0, "c"));

        var session = SampleRules.Run(rules, new object[] { new Person(1, 1) });

        Assert.Equal(new[] { "b", "a", "c" }, session.Trace.Select(f => f.Rule.Id));
    }

    [Fact]
    public void InsertionOrder_BreaksTiesWithinARule()
    {
        var rules = RuleSet.Compile(SampleRules.Adults());

        var session = SampleRules.Run(rules, new object[] { new Person(3, 30), new Person(1, 30), new Person(2, 30) });

        Assert.Equal(new[] { 3, 1, 2 }, session.Trace.Select(f => ((Person)f.Matched[0]).Id));
    }

    [Fact]
    public void InsertionOrder_FirstPatternFirst()
    {
        var rule = Rule.Create("pair").Match<Person>().Match<Link>((p, l) => l.From == p.Id)
            .Then<Reach>((ctx, p, l) => ctx.Insert(new Reach(l.From, l.To)));

        var session = SampleRules.Run(RuleSet.Compile(rule), new object[] { new Link(2, 9), new Person(2, 1), new Link(1, 8), new Person(1, 1), new Link(2, 7) });

        Assert.Equal(new[] { new Reach(2, 9), new Reach(2, 7), new Reach(1, 8) }, session.Trace.Select(f => f.Yielded[0]));
    }

    [Fact]
    public void Strata_ReadersAfterYielders_WhateverTheDeclarationOrder()
    {
        var rules = SampleRules.CompiledFamily;

        var stratumOf = rules.Strata.SelectMany((s, i) => s.Select(r => (r.Id, i))).ToDictionary(x => x.Id, x => x.i);
        Assert.True(stratumOf["adult"] < stratumOf["lonely"]);
        Assert.True(stratumOf["reach.link"] < stratumOf["reach.transitive"] || stratumOf["reach.link"] == stratumOf["reach.transitive"]);
        Assert.True(stratumOf["reach.transitive"] < stratumOf["lonely"]);
        Assert.True(stratumOf["adult"] < stratumOf["parent.adult"]);
        Assert.Equal(0, stratumOf["elder"]);
        Assert.Equal(0, stratumOf["root"]);
        Assert.Equal(7, rules.Rules.Count);
        Assert.Equal("lonely", rules.Rules[0].Id);
    }
}
