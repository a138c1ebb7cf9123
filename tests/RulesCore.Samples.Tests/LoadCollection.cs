namespace RulesCore.Samples.Tests;

/// <summary>
/// Tests that keep a processor busy for seconds (plans of 1,000 filings) and count slots: they run alone, after the
/// others, so that neither slows the other down.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load";
}
