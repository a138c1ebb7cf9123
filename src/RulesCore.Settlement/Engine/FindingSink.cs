using NRules.Extensibility;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The findings of one session, collected by the rules' actions. It is the session's dependency resolver, so an
/// action reaches it through <see cref="IContext.Resolve"/>; one per session, never shared between threads.
/// </summary>
internal sealed class FindingSink : IDependencyResolver
{
    public List<Raised> Findings { get; } = new();

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FindingSink) ? this : throw new InvalidOperationException("Settlement rules resolve no services.");

    internal static void Collect(IContext context, Raised finding) => ((FindingSink)context.Resolve(typeof(FindingSink))).Findings.Add(finding);
}
