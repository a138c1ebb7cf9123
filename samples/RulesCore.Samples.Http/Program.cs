// A minimal HTTP front for HIS vendors in other languages (Java, Python, Delphi):
//   POST /evaluate?lang=en&asOf=2025-03-12   body: a case document   →   200 decision | 400 error document
// Every refusal is the error document: 413 (a body over the 4 MiB document limit, refused before it is streamed),
// 408 (slower than 240 bytes/s, or the whole request over 30 s), 503 (evaluations over the concurrency limit).
// Bound to 127.0.0.1 (loopback) unless --urls says otherwise.
// usage: dotnet run --project samples/RulesCore.Samples.Http [-- --urls http://127.0.0.1:5080]
using RulesCore.Samples.Http;

var app = EvaluationService.Build(args);
app.Run();
