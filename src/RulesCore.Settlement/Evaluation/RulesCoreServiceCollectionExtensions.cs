using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RulesCore.Settlement;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RulesCore with a service collection.</summary>
public static class RulesCoreServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISettlementEvaluator"/> with the shipped policy packs and rules (see the overload taking options).</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services) => services.AddRulesCore((Action<SettlementOptions>?)null);

    /// <summary>
    /// Registers <see cref="ISettlementEvaluator"/> as a singleton (thread-safe; the rule set is compiled once), or
    /// adds to the registration an earlier call made: calls compose — packs, rules and parameters accumulate, the last
    /// call wins for <see cref="SettlementOptions.DefaultLanguage"/>. <paramref name="configure"/> runs now, so a
    /// malformed or unreadable pack fails here, at start-up, not at the first decision; so does a pack that conflicts
    /// with one added before (two for one region). An <see cref="ISettlementEvaluator"/> registered by other means is
    /// kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options, e.g. adds policy packs.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidPolicyPackException">A pack is malformed, unreadable, or conflicts with another.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services, Action<SettlementOptions>? configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var registration = services.LastOrDefault(d => d.ServiceType == typeof(Registration))?.ImplementationInstance as Registration;
        if (registration is null)
        {
            registration = new Registration();
            services.AddSingleton(registration);
            services.TryAddSingleton<ISettlementEvaluator>(_ => new SettlementEvaluator(registration.Options));
        }

        configure?.Invoke(registration.Options);
        RulesCore.Settlement.Policies.PolicyCatalog.Create(registration.Options.PolicyPacks, registration.Options.Parameters);
        return services;
    }

    /// <summary>
    /// Registers RulesCore (as <see cref="AddRulesCore(IServiceCollection, Action{SettlementOptions}?)"/>) with options
    /// from configuration, e.g. the <c>RulesCore</c> section of appsettings.json:
    /// <c>{ "RulesCore": { "DefaultLanguage": "en", "PolicyPacks": [ "packs/430100.json" ] } }</c>. Pack files are read
    /// now; a malformed or missing one fails here. Calls compose: add rules or more packs with another
    /// <c>AddRulesCore(options =&gt; …)</c> call.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section: <c>DefaultLanguage</c> (<c>zh-CN</c> or <c>en</c>), <c>PolicyPacks</c> (file paths).</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The section names an unsupported language or an unknown key.</exception>
    /// <exception cref="InvalidPolicyPackException">A pack is malformed, unreadable, or conflicts with another.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        foreach (var key in configuration.GetChildren().Select(c => c.Key))
        {
            if (!string.Equals(key, "DefaultLanguage", StringComparison.OrdinalIgnoreCase) && !string.Equals(key, "PolicyPacks", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Unknown RulesCore setting '{key}' (known: DefaultLanguage, PolicyPacks).", nameof(configuration));
            }
        }

        return services.AddRulesCore(options =>
        {
            if (configuration["DefaultLanguage"] is { Length: > 0 } language)
            {
                options.DefaultLanguage = language;
            }

            foreach (var pack in configuration.GetSection("PolicyPacks").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                options.AddPolicyPackFile(pack!);
            }
        });
    }

    /// <summary>The options every <c>AddRulesCore</c> call on one collection adds to.</summary>
    internal sealed class Registration
    {
        public SettlementOptions Options { get; } = new();
    }
}
