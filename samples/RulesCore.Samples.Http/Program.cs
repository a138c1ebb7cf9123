// A small HTTP service for HIS vendors in other languages (Java, Python, Delphi):
//   POST /evaluate?lang=en&asOf=2025-03-12          body: a case (application/json)      → 200 decision
//   POST /evaluate/ndjson?lang=en                    body: one case per line (application/x-ndjson)
//                                                    → one decision or error document per line, in order, streamed
//   POST /plan?lang=en                               body: a case (application/json)      → 200 plan
//   POST /evaluate/platform?lang=en                  body: the HIS's national-platform messages { "person", "encounter",
//                                                    "hospital", … } → 200 { "decision", "case", "assumptions" }
//   GET  /health                                     → 200 {"status":"ready","rules":N} (the port opens once the rules are
//                                                      compiled), or 200 {"status":"degraded",…,"saturated":["plan"]}
//                                                      while every slot of a pool is taken
//   GET  /openapi/v1.json                            → the OpenAPI description, with the contract's schemas
// Every error response is RFC 7807 problem details (application/problem+json) carrying the error document's
// schemaVersion and errors: 400 (invalid case or query), 404, 405, 408 (slower than 240 bytes/s, or a request over
// 30 s: its evaluation stops too), 413 (a body over the 4 MiB document limit, refused before it is streamed), 415, 503
// with Retry-After (no slot free within 200 ms: evaluations have 2 × cores slots, plans max(1, cores / 2) of their own). A
// client that goes away stops its evaluation. On SIGTERM or Ctrl+C it stops accepting and lets requests in flight
// finish (up to 30 s).
// Telemetry (the library's ActivitySource and Meter "RulesCore", the service's Meter "RulesCore.Samples.Http"):
// --Telemetry:Exporter console|otlp; off by default.
// Listens on http://127.0.0.1:5080 (loopback) unless --urls says otherwise. The console log escapes control characters.
// Exit code 2, with the reason on standard error and no stack trace: a --Hospitals directory or RulesCore:PolicyPacks
// pack that cannot be read or is invalid (every problem listed), or the port already in use (one line).
// usage: dotnet run --project samples/RulesCore.Samples.Http [-- --urls http://127.0.0.1:5080] [--Hospitals FILE]
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using RulesCore.Samples.Http;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;

WebApplication app;
try
{
    app = EvaluationService.Build(args);
}
catch (InvalidHospitalDirectoryException e)
{
    return StartupFailure.Rejected(Console.Error, "Hospital directory", e.Origin, e.Errors);
}
catch (InvalidPolicyPackException e)
{
    return StartupFailure.Rejected(Console.Error, "Policy pack", e.Origin, e.Errors);
}
catch (ArgumentException e)
{
    return StartupFailure.Misconfigured(Console.Error, e);
}

var urls = app.Configuration["urls"]; // read now: a failed start disposes the application's services
try
{
    app.Run();
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    return StartupFailure.AddressInUse(Console.Error, e, urls);
}

return 0;
