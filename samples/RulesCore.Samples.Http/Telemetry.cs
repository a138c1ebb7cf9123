using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RulesCore.Settlement;

namespace RulesCore.Samples.Http;

/// <summary>
/// OpenTelemetry, when configured: the library's ActivitySource "RulesCore" (an activity around each evaluation) and
/// Meter "RulesCore" (rulescore.decisions, rulescore.findings, rulescore.evaluation.duration), and the service's own
/// Meter "RulesCore.Samples.Http" (<see cref="ServiceMetrics"/>: slots in use, refusals, stopped evaluations), exported
/// to the console (<c>--Telemetry:Exporter console</c>) or over OTLP (<c>--Telemetry:Exporter otlp</c>; endpoint from
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, default http://localhost:4317). Unset: no telemetry at all.
/// </summary>
public static class Telemetry
{
    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var exporter = builder.Configuration["Telemetry:Exporter"];
        if (string.IsNullOrEmpty(exporter))
        {
            return;
        }

        var otlp = exporter.Equals("otlp", StringComparison.OrdinalIgnoreCase);
        if (!otlp && !exporter.Equals("console", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Telemetry:Exporter is console or otlp.");
        }

        // The hookup itself: the library's names, and an exporter.
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => (otlp ? tracing.AddOtlpExporter() : tracing.AddConsoleExporter()).AddSource(RulesCoreTelemetry.Name))
            .WithMetrics(metrics => (otlp ? metrics.AddOtlpExporter() : metrics.AddConsoleExporter()).AddMeter(RulesCoreTelemetry.Name, ServiceMetrics.Name));
    }
}
