namespace RulesCore.Samples.Tests;

/// <summary>
/// Tests that hold evaluations through a process-wide listener to the library's telemetry (<see cref="HeldEvaluations"/>)
/// and count slots: they run alone, after the others, which would otherwise see a listener where they expect none
/// (telemetry is off by default) and share the processors the held requests' deadlines are measured on.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "load";
}
