using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;

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
    /// kept. With <see cref="SettlementOptions.WarmUp"/> set, a host builds and warms the evaluator when it starts,
    /// before it serves (an <see cref="Microsoft.Extensions.Hosting.IHostedService"/>): the first patient waits for no
    /// compilation.
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
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService, WarmUpOnStart>();
        }

        configure?.Invoke(registration.Options);
        RulesCore.Settlement.Policies.PolicyCatalog.Create(registration.Options.PolicyPacks, registration.Options.Parameters);
        return services;
    }

    /// <summary>
    /// Registers RulesCore (as <see cref="AddRulesCore(IServiceCollection, Action{SettlementOptions}?)"/>) with options
    /// from configuration, e.g. the <c>RulesCore</c> section of appsettings.json:
    /// <c>{ "RulesCore": { "DefaultLanguage": "en", "PolicyPacks": [ "packs/430100.json" ] } }</c>. Pack files are read
    /// now; a malformed or missing one fails here. A relative pack path is resolved against the current directory; to
    /// resolve it against the configuration file's directory, use
    /// <see cref="AddRulesCore(IServiceCollection, IConfiguration, string)"/>. Calls compose: add rules or more packs
    /// with another <c>AddRulesCore(options =&gt; …)</c> call.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section: <c>DefaultLanguage</c> (<c>zh-CN</c> or <c>en</c>), <c>PolicyPacks</c> (file paths), <c>WarmUp</c> (<c>true</c> or <c>false</c>: <see cref="SettlementOptions.WarmUp"/>).</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The section names an unsupported language or an unknown key, or <c>WarmUp</c> is neither true nor false.</exception>
    /// <exception cref="InvalidPolicyPackException">A pack is malformed, unreadable, or conflicts with another.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services, IConfiguration configuration) =>
        services.AddFromConfiguration(configuration, null);

    /// <summary>
    /// Registers RulesCore with options from configuration, as <see cref="AddRulesCore(IServiceCollection, IConfiguration)"/>
    /// does, except that a relative <c>PolicyPacks</c> path is resolved against <paramref name="baseDirectory"/>, not the
    /// current directory: pass the directory of the configuration file the paths are written in — in an ASP.NET Core or
    /// generic host, <c>builder.Environment.ContentRootPath</c>, where appsettings.json is read from (as Kestrel resolves
    /// its certificate paths). An absolute path is kept as it is. The same base applies to every source of the section
    /// (a file, the command line, environment variables): configuration does not say where a value came from.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section: <c>DefaultLanguage</c> (<c>zh-CN</c> or <c>en</c>), <c>PolicyPacks</c> (file paths), <c>WarmUp</c> (<c>true</c> or <c>false</c>: <see cref="SettlementOptions.WarmUp"/>).</param>
    /// <param name="baseDirectory">The directory relative pack paths are resolved against; itself resolved against the current directory, now, when relative.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="configuration"/> or <paramref name="baseDirectory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The section names an unsupported language or an unknown key, or <paramref name="baseDirectory"/> is empty or not a valid path.</exception>
    /// <exception cref="InvalidPolicyPackException">A pack is malformed, unreadable, or conflicts with another; an unreadable one is named by the full path tried.</exception>
    public static IServiceCollection AddRulesCore(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        if (baseDirectory is null)
        {
            throw new ArgumentNullException(nameof(baseDirectory));
        }

        if (string.IsNullOrWhiteSpace(baseDirectory))
        {
            throw new ArgumentException("The base directory is empty.", nameof(baseDirectory));
        }

        return services.AddFromConfiguration(configuration, Path.GetFullPath(baseDirectory));
    }

    private static IServiceCollection AddFromConfiguration(this IServiceCollection services, IConfiguration configuration, string? baseDirectory)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        foreach (var key in configuration.GetChildren().Select(c => c.Key))
        {
            if (!new[] { "DefaultLanguage", "PolicyPacks", "WarmUp" }.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Unknown RulesCore setting '{key}' (known: DefaultLanguage, PolicyPacks, WarmUp).", nameof(configuration));
            }
        }

        var warmUp = configuration["WarmUp"] switch
        {
            null or "" => (bool?)null,
            var text when bool.TryParse(text.Trim(), out var value) => value,
            _ => throw new ArgumentException("The RulesCore setting 'WarmUp' is true or false.", nameof(configuration)),
        };

        return services.AddRulesCore(options =>
        {
            if (warmUp is { } warm)
            {
                options.WarmUp = warm;
            }

            if (configuration["DefaultLanguage"] is { Length: > 0 } language)
            {
                options.DefaultLanguage = language;
            }

            foreach (var pack in configuration.GetSection("PolicyPacks").GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                options.AddPolicyPackFile(baseDirectory is null ? pack! : Resolve(baseDirectory, pack!));
            }
        });
    }

    /// <summary>A pack path against the base directory (an absolute one as it is); a path that is not valid is left for reading to report.</summary>
    private static string Resolve(string baseDirectory, string path)
    {
        try
        {
            return Path.Combine(baseDirectory, path);
        }
        catch (ArgumentException)
        {
            return path;
        }
    }

    /// <summary>Builds the evaluator (and with it warms it up) when the host starts, if the options ask for it.</summary>
    internal sealed class WarmUpOnStart : Microsoft.Extensions.Hosting.IHostedService
    {
        private readonly Registration _registration;
        private readonly IServiceProvider _services;

        public WarmUpOnStart(Registration registration, IServiceProvider services)
        {
            _registration = registration;
            _services = services;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (_registration.Options.WarmUp && _services.GetRequiredService<ISettlementEvaluator>() is SettlementEvaluator evaluator)
            {
                // Built with WarmUp set, it is warm already; an evaluator registered by other means is warmed here.
                evaluator.WarmUp(cancellationToken);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The options every <c>AddRulesCore</c> call on one collection adds to.</summary>
    internal sealed class Registration
    {
        public SettlementOptions Options { get; } = new();
    }
}
