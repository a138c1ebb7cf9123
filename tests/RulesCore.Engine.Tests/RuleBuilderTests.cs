namespace RulesCore.Engine.Tests;

public class RuleBuilderTests
{
    [Fact]
    public void Create_WithMetadata_RecordsIt()
    {
        var rule = Rule.Create("person.adult")
            .Named("Adults")
            .Describe("People of age")
            .Tagged("age", "people")
            .Priority(7)
            .Match<Person>(p => p.Age >= 18)
            .Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));

        Assert.Equal("person.adult", rule.Id);
        Assert.Equal("Adults", rule.Name);
        Assert.Equal("People of age", rule.Description);
        Assert.Equal(new[] { "age", "people" }, rule.Tags);
        Assert.Equal(7, rule.Priority);
        Assert.Equal(new[] { typeof(Adult) }, rule.Yields);
        Assert.Equal(1, rule.Arity);
        Assert.Equal("person.adult", rule.ToString());
    }

    [Fact]
    public void Create_WithoutName_UsesIdAndDefaults()
    {
        var rule = SampleRules.Adults();

        Assert.Equal("adult", rule.Name);
        Assert.Equal(string.Empty, rule.Description);
        Assert.Empty(rule.Tags);
        Assert.Equal(0, rule.Priority);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("has space")]
    [InlineData("tab\tinside")]
    public void Create_InvalidId_Throws(string? id)
    {
        var e = Assert.Throws<ArgumentException>(() => Rule.Create(id!));
        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void Metadata_InvalidValues_Throw()
    {
        var builder = Rule.Create("x");
        Assert.Throws<ArgumentException>(() => builder.Named(" "));
        Assert.Throws<ArgumentNullException>(() => builder.Describe(null!));
        Assert.Throws<ArgumentException>(() => builder.Tagged("ok", ""));
        Assert.Throws<ArgumentNullException>(() => builder.Tagged(null!));
    }

    [Fact]
    public void Then_NullAction_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Rule.Create("x").Then<Flag>(null!));
        Assert.Throws<ArgumentNullException>(() => Rule.Create("x").Match<Person>().Then<Flag>(null!));
        Assert.Throws<ArgumentNullException>(() => Rule.Create("x").Match<Person>().Match<Link>().Then<Flag, Adult>(null!));
    }

    [Fact]
    public void Patterns_DescribeTheLeftHandSide()
    {
        var rule = Rule.Create("x")
            .Match<Person>()
            .Match<Link>((p, l) => l.From == p.Id)
            .Not<Adult>((p, l, a) => a.Id == l.To)
            .Exists<Noise>()
            .Then<Flag>((ctx, p, l) => ctx.Insert(new Flag("f")));

        Assert.Equal(2, rule.Arity);
        Assert.Collection(
            rule.Patterns,
            p => Assert.Equal((PatternKind.Match, typeof(Person), 0, false), (p.Kind, p.FactType, p.Position, p.HasCondition)),
            p => Assert.Equal((PatternKind.Match, typeof(Link), 1, true), (p.Kind, p.FactType, p.Position, p.HasCondition)),
            p => Assert.Equal((PatternKind.Not, typeof(Adult), 2, true), (p.Kind, p.FactType, p.Position, p.HasCondition)),
            p => Assert.Equal((PatternKind.Exists, typeof(Noise), 2, false), (p.Kind, p.FactType, p.Position, p.HasCondition)));
    }

    [Fact]
    public void Builders_AreImmutable_BranchesDoNotInterfere()
    {
        var common = Rule.Create("x").Priority(1).Match<Person>();
        var withLink = common.Exists<Link>().Then<Flag>((ctx, p) => ctx.Insert(new Flag("a")));
        var plain = common.Then<Flag>((ctx, p) => ctx.Insert(new Flag("b")));

        Assert.Equal(2, withLink.Patterns.Count);
        Assert.Single(plain.Patterns);
    }

    [Fact]
    public void Then_WithSeveralYieldTypes_DeclaresThemAll()
    {
        var rule = Rule.Create("x").Match<Person>()
            .Then<Adult, Root, Flag>((ctx, p) =>
            {
                ctx.Insert(new Adult(p.Id));
                ctx.Insert(new Root(p.Id));
                ctx.Insert(new Flag("seen"));
            });

        Assert.Equal(new[] { typeof(Adult), typeof(Root), typeof(Flag) }, rule.Yields);
        var session = SampleRules.Run(RuleSet.Compile(rule), new object[] { new Person(1, 30) });
        Assert.Equal(new object[] { new Adult(1), new Root(1), new Flag("seen") }, session.Trace.Single().Yielded);
    }

    private sealed class AdultRule : Rule
    {
        public int Builds { get; private set; }

        protected override RuleDefinition Define()
        {
            Builds++;
            return Create("person.adult").Match<Person>(p => p.Age >= 18).Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));
        }
    }

    private sealed class BrokenRule : Rule
    {
        protected override RuleDefinition Define() => null!;
    }

    [Fact]
    public void RuleClass_DefinitionBuiltOnceAndUsable()
    {
        var rule = new AdultRule();

        var first = rule.Definition;
        Assert.Same(first, rule.Definition);
        Assert.Equal(1, rule.Builds);
        Assert.Equal("person.adult", rule.ToString());

        var session = SampleRules.Run(RuleSet.Compile(rule.Definition), new object[] { new Person(1, 40) });
        Assert.Equal(new[] { new Adult(1) }, session.Query<Adult>());
    }

    [Fact]
    public void RuleClass_DefineReturnsNull_ThrowsNamingTheClass()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new BrokenRule().Definition);
        Assert.Contains(nameof(BrokenRule), e.Message);
    }
}
