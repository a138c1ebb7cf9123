namespace RulesCore.Engine.Tests;

public class SessionTests
{
    [Fact]
    public void Fire_RecursiveRules_ReachFixpoint()
    {
        var rules = RuleSet.Compile(SampleRules.ReachFromLink(), SampleRules.ReachTransitive());

        var session = SampleRules.Run(rules, new object[] { new Link(1, 2), new Link(2, 3), new Link(3, 1) });

        var expected = from a in new[] { 1, 2, 3 } from b in new[] { 1, 2, 3 } select new Reach(a, b);
        Assert.Equal(expected.ToHashSet(), session.Query<Reach>().ToHashSet());
    }

    [Fact]
    public void Fire_Refraction_EachActivationFiresOnce()
    {
        var rules = RuleSet.Compile(SampleRules.ReachFromLink(), SampleRules.ReachTransitive());

        var session = SampleRules.Run(rules, new object[] { new Link(1, 2), new Link(2, 3) });

        var activations = session.Trace.Select(f => (f.Rule.Id, string.Join(",", f.Matched))).ToList();
        Assert.Equal(activations.Distinct().Count(), activations.Count);
        Assert.Equal(3, activations.Count); // two links, then reach(1,2)+link(2,3)
    }

    [Fact]
    public void Fire_Twice_SecondFiresNothing()
    {
        var session = SampleRules.CompiledFamily.CreateSession();
        session.InsertAll(new object[] { new Person(1, 30), new Link(1, 2) });

        var first = session.Fire();
        var second = session.Fire();

        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal(first, session.Trace.Count);
    }

    [Fact]
    public void Fire_ReturnsNumberOfFirings()
    {
        var session = SampleRules.CompiledFamily.CreateSession();
        session.Insert(new Person(1, 30));

        var fired = session.Fire();

        Assert.Equal(3, fired); // adult, root, lonely
        Assert.Equal(session.Trace.Count, fired);
    }

    [Fact]
    public void Insert_AfterFire_Throws()
    {
        var session = SampleRules.CompiledFamily.CreateSession();
        session.Fire();

        Assert.Throws<InvalidOperationException>(() => session.Insert(new Person(1, 1)));
        Assert.Throws<InvalidOperationException>(() => session.InsertAll(new object[] { new Person(1, 1) }));
    }

    [Fact]
    public void Insert_Null_Throws()
    {
        var session = SampleRules.CompiledFamily.CreateSession();

        Assert.Equal("fact", Assert.Throws<ArgumentNullException>(() => session.Insert(null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => session.InsertAll(null!)).ParamName);
        var e = Assert.Throws<ArgumentNullException>(() => session.InsertAll(new object[] { new Person(1, 1), null! }));
        Assert.Contains("position 1", e.Message);
    }

    [Fact]
    public void Insert_EqualFact_IsNotInsertedTwice()
    {
        var session = SampleRules.CompiledFamily.CreateSession();

        Assert.True(session.Insert(new Person(1, 30)));
        Assert.False(session.Insert(new Person(1, 30)));
        Assert.Equal(1, session.InsertAll(new object[] { new Person(1, 30), new Person(2, 30), new Person(2, 30) }));
        session.Fire();

        Assert.Equal(2, session.Query<Person>().Count);
        Assert.Equal(2, session.Query<Adult>().Count);
    }

    [Fact]
    public void Yield_EqualToPresentFact_IsListedButNotInsertedAgain()
    {
        var rule = Rule.Create("x").Match<Person>().Then<Flag>((ctx, p) => ctx.Insert(new Flag("seen")));
        var session = SampleRules.Run(RuleSet.Compile(rule), new object[] { new Person(1, 1), new Person(2, 2) });

        Assert.Single(session.Query<Flag>());
        Assert.Same(session.Trace[0].Yielded[0], session.Trace[1].Yielded[0]);
    }

    [Fact]
    public void Query_ByBaseTypeOrInterface_ReturnsAssignableFactsInInsertionOrder()
    {
        var session = RuleSet.Compile().CreateSession();
        session.InsertAll(new object[] { new Derived(2), new Noise("n"), new Base(1) });

        Assert.Equal(new Base[] { new Derived(2), new Base(1) }, session.Query<Base>());
        Assert.Equal(2, session.Query<IMarker>().Count);
        Assert.Equal(3, session.Query<object>().Count);
        Assert.Equal(new object[] { new Derived(2), new Noise("n"), new Base(1) }, session.Facts);
    }

    [Fact]
    public void Trace_RecordsRuleMatchedAndYieldedFacts()
    {
        var session = SampleRules.Run(RuleSet.Compile(SampleRules.Adults(), SampleRules.ParentAdults()), new object[] { new Person(7, 30), new Link(7, 1) });

        Assert.Collection(
            session.Trace,
            f =>
            {
                Assert.Equal("adult", f.Rule.Id);
                Assert.Equal(0, f.Stratum);
                Assert.Equal(new object[] { new Person(7, 30) }, f.Matched);
                Assert.Equal(new object[] { new Adult(7) }, f.Yielded);
            },
            f =>
            {
                Assert.Equal("parent.adult", f.Rule.Id);
                Assert.Equal(1, f.Stratum);
                Assert.Equal(new object[] { new Adult(7) }, f.Matched);
                Assert.Equal(new object[] { new ParentAdult(7) }, f.Yielded);
            });
    }

    [Fact]
    public void Trace_RuleThatYieldsNothing_StillRecorded()
    {
        var rule = Rule.Create("quiet").Match<Person>().Then<Flag>((ctx, p) => { });

        var session = SampleRules.Run(RuleSet.Compile(rule), new object[] { new Person(1, 1) });

        Assert.Empty(Assert.Single(session.Trace).Yielded);
    }

    [Fact]
    public void Condition_Throws_WrappedWithRuleId()
    {
        var rule = Rule.Create("bad.condition").Match<Person>(p => throw new FormatException("secret-name")).Then<Flag>((ctx, p) => { });
        var session = RuleSet.Compile(rule).CreateSession();
        session.Insert(new Person(1, 1));

        var e = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(RuleExecutionFailure.ConditionFailed, e.Failure);
        Assert.Equal("bad.condition", e.RuleId);
        Assert.IsType<FormatException>(e.InnerException);
        Assert.DoesNotContain("secret-name", e.Message);
    }

    [Fact]
    public void Action_Throws_WrappedWithRuleId()
    {
        var rule = Rule.Create("bad.action").Match<Person>().Then<Flag>((ctx, p) => throw new InvalidOperationException("boom"));
        var session = RuleSet.Compile(rule).CreateSession();
        session.Insert(new Person(1, 1));

        var e = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(RuleExecutionFailure.ActionFailed, e.Failure);
        Assert.Equal("bad.action", e.RuleId);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void Action_InsertsNull_Fails()
    {
        var rule = Rule.Create("null.yield").Match<Person>().Then<Flag>((ctx, p) => ctx.Insert(null!));
        var session = RuleSet.Compile(rule).CreateSession();
        session.Insert(new Person(1, 1));

        var e = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(RuleExecutionFailure.ActionFailed, e.Failure);
        Assert.Equal("null.yield", e.RuleId);
    }

    [Fact]
    public void Action_CannotInsertAnUndeclaredType()
    {
        // The typed context only accepts declared types; even a cast to another context type fails.
        var rule = Rule.Create("sneaky").Match<Person>().Then<Flag>((ctx, p) => ((IRuleContext<Adult>)ctx).Insert(new Adult(p.Id)));
        var session = RuleSet.Compile(rule).CreateSession();
        session.Insert(new Person(1, 30));

        var e = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(RuleExecutionFailure.ActionFailed, e.Failure);
        Assert.IsType<InvalidCastException>(e.InnerException);
        Assert.Empty(session.Query<Adult>());
    }

    [Fact]
    public void RunawayFiring_ThrowsNamingTheRule()
    {
        var rule = Rule.Create("count.up").Match<Counter>().Then<Counter>((ctx, c) => ctx.Insert(new Counter(c.N + 1)));
        var session = RuleSet.Compile(rule).CreateSession(new SessionOptions { MaxFirings = 50 });
        session.Insert(new Counter(0));

        var e = Assert.Throws<RuleExecutionException>(() => session.Fire());

        Assert.Equal(RuleExecutionFailure.RunawayFiring, e.Failure);
        Assert.Equal("count.up", e.RuleId);
        Assert.Contains("50", e.Message);
        Assert.Contains("'count.up'", e.Message);
        Assert.True(session.Trace.Count <= 50);
    }

    [Fact]
    public void RunawayGuard_CountsActivationsOfOneRound()
    {
        var rule = Rule.Create("pairs").Match<Person>().Match<Person>().Then<Flag>((ctx, a, b) => { });
        var session = RuleSet.Compile(rule).CreateSession(new SessionOptions { MaxFirings = 10 });
        session.InsertAll(Enumerable.Range(0, 5).Select(i => (object)new Person(i, i)));

        Assert.Equal(RuleExecutionFailure.RunawayFiring, Assert.Throws<RuleExecutionException>(() => session.Fire()).Failure);
    }

    [Fact]
    public void RunawayGuard_NotReachedByTerminatingRules()
    {
        var rule = Rule.Create("count.to.ten").Match<Counter>(c => c.N < 10).Then<Counter>((ctx, c) => ctx.Insert(new Counter(c.N + 1)));
        var session = RuleSet.Compile(rule).CreateSession(new SessionOptions { MaxFirings = 10 });
        session.Insert(new Counter(0));

        Assert.Equal(10, session.Fire());
        Assert.Equal(11, session.Query<Counter>().Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void SessionOptions_NonPositiveMaxFirings_Throws(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SessionOptions { MaxFirings = value });
        Assert.Equal("MaxFirings", e.ParamName);
    }

    [Fact]
    public void SessionOptions_DefaultMaxFirings()
    {
        Assert.Equal(SessionOptions.DefaultMaxFirings, new SessionOptions().MaxFirings);
    }

    [Fact]
    public void EmptyRuleSet_FiresNothing()
    {
        var session = SampleRules.Run(RuleSet.Compile(), new object[] { new Person(1, 1) });

        Assert.Empty(session.Trace);
        Assert.Same(session.RuleSet, session.RuleSet);
    }
}
