using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>The evaluator a command line asks for: the shipped rules and packs, with its <c>--rules</c> assemblies and <c>--policy-pack</c> files.</summary>
internal static class CommandEvaluator
{
    /// <summary>What a policy pack file is called in a message: 无法读取政策包 'x' / cannot read the policy pack 'x'.</summary>
    public static readonly LocalizedText PolicyPackFile = new("政策包", "policy pack");

    public static SettlementEvaluator Create(CommandInput input) => new(Options(input));

    /// <summary>The evaluator's options the command line asks for: its policy packs and rule assemblies.</summary>
    public static SettlementOptions Options(CommandInput input)
    {
        // Rules first: the parameters their assemblies declare may be set by the packs.
        var options = new SettlementOptions();
        foreach (var path in input.RuleAssemblies)
        {
            RulesAssemblyException.AddFrom(options, path);
        }

        foreach (var pack in input.PolicyPacks)
        {
            using var file = InputFile.Open(pack, PolicyPackFile);
            options.AddPolicyPack(file, pack);
        }

        return options;
    }
}
