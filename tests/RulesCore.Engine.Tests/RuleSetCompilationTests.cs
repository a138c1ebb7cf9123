namespace RulesCore.Engine.Tests;

public class RuleSetCompilationTests
{
    private static RuleDefinition Yielding<TIn, TOut>(string id, Func<TIn, TOut> make) where TIn : class where TOut : class =>
        Rule.Create(id).Match<TIn>().Then<TOut>((ctx, x) => ctx.Insert(make(x)));

    [Fact]
    public void Compile_DuplicateIds_RejectedNamingTheIdAndPositions()
    {
        var e = Assert.Throws<RuleSetCompilationException>(() =>
            RuleSet.Compile(SampleRules.Adults(), SampleRules.Roots(), SampleRules.Adults()));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(RuleSetProblemKind.DuplicateId, problem.Kind);
        Assert.Equal(new[] { "adult" }, problem.RuleIds);
        Assert.Contains("'adult'", problem.Message);
        Assert.Contains("0, 2", problem.Message);
        Assert.Contains(problem.Message, e.Message);
    }

    [Fact]
    public void Compile_IdsDifferingOnlyInCase_AreDistinct()
    {
        var rules = RuleSet.Compile(Rule.Create("a").Match<Person>().Then<Flag>((c, p) => { }), Rule.Create("A").Match<Person>().Then<Flag>((c, p) => { }));

        Assert.Equal(2, rules.Rules.Count);
    }

    [Fact]
    public void Compile_RuleNegatingWhatItYields_Rejected()
    {
        var rule = Rule.Create("self").Match<Person>().Not<Flag>().Then<Flag>((ctx, p) => ctx.Insert(new Flag("x")));

        var problem = Assert.Single(Assert.Throws<RuleSetCompilationException>(() => RuleSet.Compile(rule)).Problems);

        Assert.Equal(RuleSetProblemKind.NegationCycle, problem.Kind);
        Assert.Equal(new[] { "self" }, problem.RuleIds);
        Assert.Contains("Flag", problem.Message);
    }

    [Fact]
    public void Compile_TwoRuleNegationCycle_RejectedNamingBoth()
    {
        var a = Rule.Create("a").Match<Person>().Not<Root>((p, r) => r.Id == p.Id).Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));
        var b = Yielding<Adult, Root>("b", x => new Root(x.Id));

        var problem = Assert.Single(Assert.Throws<RuleSetCompilationException>(() => RuleSet.Compile(a, b)).Problems);

        Assert.Equal(RuleSetProblemKind.NegationCycle, problem.Kind);
        Assert.Equal(new[] { "a", "b" }, problem.RuleIds);
        Assert.Contains("'a' negates Root, which 'b' yields", problem.Message);
    }

    [Fact]
    public void Compile_ThreeRuleCycleThroughNegation_RejectedWithTheWholeCycle()
    {
        var a = Rule.Create("a").Match<Person>().Not<Lonely>().Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));
        var b = Yielding<Adult, Root>("b", x => new Root(x.Id));
        var c = Yielding<Root, Lonely>("c", x => new Lonely(x.Id));

        var problem = Assert.Single(Assert.Throws<RuleSetCompilationException>(() => RuleSet.Compile(c, b, a)).Problems);

        Assert.Equal(new[] { "a", "b", "c" }, problem.RuleIds);
        Assert.Contains("'a' -> 'b' -> 'c'", problem.Message);
    }

    [Fact]
    public void Compile_NegationCycleThroughBaseType_Rejected()
    {
        var a = Rule.Create("a").Match<Counter>().Not<Base>().Then<Flag>((ctx, c) => ctx.Insert(new Flag("f")));
        var b = Yielding<Flag, Derived>("b", f => new Derived(1));

        Assert.Throws<RuleSetCompilationException>(() => RuleSet.Compile(a, b));
    }

    [Fact]
    public void Compile_SeveralProblems_AllListed()
    {
        var self = Rule.Create("self").Match<Person>().Not<Flag>().Then<Flag>((ctx, p) => ctx.Insert(new Flag("x")));

        var e = Assert.Throws<RuleSetCompilationException>(() => RuleSet.Compile(SampleRules.Adults(), SampleRules.Adults(), self));

        Assert.Equal(new[] { RuleSetProblemKind.DuplicateId, RuleSetProblemKind.NegationCycle }, e.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void Compile_PositiveRecursion_Accepted()
    {
        var rules = RuleSet.Compile(SampleRules.ReachTransitive(), SampleRules.ReachFromLink());

        Assert.Equal(2, rules.Strata.Count);
    }

    [Fact]
    public void Compile_NegationOfAnUnrelatedType_Accepted()
    {
        var rule = Rule.Create("x").Match<Person>().Not<Noise>().Then<Flag>((ctx, p) => ctx.Insert(new Flag("quiet")));

        Assert.Single(RuleSet.Compile(rule).Strata);
    }

    [Fact]
    public void Compile_NullInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSet.Compile((IEnumerable<RuleDefinition>)null!));
        var e = Assert.Throws<ArgumentNullException>(() => RuleSet.Compile(SampleRules.Adults(), null!));
        Assert.Contains("index 1", e.Message);
    }

    [Fact]
    public void Compile_SameDefinitionsIntoTwoRuleSets_Independent()
    {
        var shared = SampleRules.Adults();
        var one = RuleSet.Compile(shared);
        var two = RuleSet.Compile(SampleRules.LonelyAdults(), SampleRules.ReachFromLink(), shared);

        Assert.Single(SampleRules.Run(one, new object[] { new Person(1, 30) }).Query<Adult>());
        Assert.Single(SampleRules.Run(two, new object[] { new Person(1, 30) }).Query<Lonely>());
    }
}
