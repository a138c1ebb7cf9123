using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>A file named on the command line (a policy pack, a hospital directory) that cannot be read.</summary>
internal sealed class UnreadableFileException(LocalizedText what, string path, LocalizedText reason) : Exception(reason.English)
{
    /// <summary>What the file was to be: 政策包 / the policy pack.</summary>
    public LocalizedText What { get; } = what;

    public string Path { get; } = path;

    public LocalizedText Reason { get; } = reason;
}
