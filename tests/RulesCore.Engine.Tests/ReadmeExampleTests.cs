namespace RulesCore.Engine.Tests;

/// <summary>The README's engine example, compiled and run; and a check that the README still shows it.</summary>
public class ReadmeExampleTests
{
    public sealed record Person(string Id, int Age);

    public sealed record Guardian(string WardId);

    public sealed record Adult(string Id);

    [Fact]
    public void ReadmeExample_DerivesAdultsWithoutGuardians()
    {
        // README:engine-example:begin
        var log = new List<string>();
        RuleDefinition adult = Rule.Create("person.adult")
            .Named("Adults without a guardian")
            .Match<Person>(p => p.Age >= 18)
            .Not<Guardian>((p, g) => g.WardId == p.Id)
            .Then<Adult>((ctx, p) => ctx.Insert(new Adult(p.Id)));

        RuleSet rules = RuleSet.Compile(adult);        // once: validated, stratified, immutable, thread-safe
        Session session = rules.CreateSession();       // per evaluation: cheap, single-threaded
        session.InsertAll(new object[] { new Person("p1", 30), new Person("p2", 40), new Guardian("p2") });
        session.Fire();

        IReadOnlyList<Adult> adults = session.Query<Adult>();   // [Adult { Id = p1 }]
        foreach (Firing firing in session.Trace)                // why: which rule fired on which facts
        {
            log.Add($"{firing.Rule.Id}: {string.Join(", ", firing.Matched)} => {string.Join(", ", firing.Yielded)}");
        }
        // README:engine-example:end

        Assert.Equal(new[] { new Adult("p1") }, adults);
        Assert.Equal(new[] { "person.adult: Person { Id = p1, Age = 30 } => Adult { Id = p1 }" }, log);
    }

    [Fact]
    public void Readme_ShowsTheCompiledExample()
    {
        Assert.True(RepositoryFiles.ReadmeShows("README:engine-example", "tests/RulesCore.Engine.Tests/ReadmeExampleTests.cs"), "README.md does not show the engine example.");
    }
}
