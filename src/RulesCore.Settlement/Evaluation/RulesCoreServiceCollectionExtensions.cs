using Microsoft.Extensions.DependencyInjection.Extensions;
using RulesCore.Settlement;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RulesCore with a service collection.</summary>
public static class RulesCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISettlementEvaluator"/> as a singleton (thread-safe; the rule set is compiled once). Does
    /// nothing if one is already registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, e.g. adds policy packs.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services, Action<SettlementOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.TryAddSingleton<ISettlementEvaluator>(_ =>
        {
            var options = new SettlementOptions();
            configure?.Invoke(options);
            return new SettlementEvaluator(options);
        });
        return services;
    }
}
