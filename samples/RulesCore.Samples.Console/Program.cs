// An HIS registration desk embedding RulesCore: read a case, ask before the visit, show the answer.
// usage: dotnet run --project samples/RulesCore.Samples.Console -- [case.json] [zh-CN|en]
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

var file = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "cases", "000-changsha-wuhan-expired-six-month-filing.json");
var language = args.Length > 1 ? args[1] : Languages.English;

var evaluator = new SettlementEvaluator();                    // build once, share: thread-safe
if (!SettlementJson.TryReadCase(File.ReadAllBytes(file), out var settlementCase, out var errors))
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine($"{error.Path}: {error.Code}: {error.Message}");
    }

    return 2;
}

var decision = evaluator.Evaluate(settlementCase!, new EvaluationOptions { Language = language });
Console.WriteLine(decision.Headline);   // the verdict in the reader's words, fitting the moment asked
foreach (var finding in decision.Findings)
{
    Console.WriteLine($"- [{finding.Cause}] {finding.Code}: {finding.Message}");
    foreach (var remedy in finding.Remedies)
    {
        Console.WriteLine($"    [{remedy.Role}] {remedy.Text}");   // Fix for this visit, Claim route, or NextTime
    }
}

return 0;
