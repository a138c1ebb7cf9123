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
        var log = new List<string>();

        // README:engine-example:begin
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
        var root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "RulesCore.Engine.Tests", "ReadmeExampleTests.cs"));
        var begin = Array.FindIndex(source, l => l.Contains("README:engine-example:begin"));
        var end = Array.FindIndex(source, l => l.Contains("README:engine-example:end"));
        var example = source.Skip(begin + 1).Take(end - begin - 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

        var readme = File.ReadAllLines(Path.Combine(root, "README.md")).Select(l => l.Trim()).ToArray();

        Assert.NotEmpty(example);
        var start = Array.IndexOf(readme, example[0]);
        Assert.True(start >= 0, "README.md does not show the engine example.");
        Assert.Equal(example, readme.Skip(start).Where(l => l.Length > 0).Take(example.Length).ToArray());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RulesCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
