using System.Text;
using System.Text.Json;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using Xunit.Abstractions;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

/// <summary>
/// Mutated and malformed case documents through the JSON reader, the evaluator and the CLI entry point: always a
/// decision or an error document with paths, never a crash. CI runs RULESCORE_FUZZ_COUNT documents (default 3,000);
/// run the full 100,000 with
/// <c>RULESCORE_FUZZ_COUNT=100000 dotnet test tests/RulesCore.Cli.Tests --filter JsonFuzz</c>
/// (RULESCORE_FUZZ_SEED picks another seed).
/// </summary>
public class JsonFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Replacements =
    {
        "null", "true", "false", "0", "-1", "1e999", "-1e999", "123456789012345678901234567890", "0.0000000000000000000000000001",
        "\"\"", "\"x\"", "\"2025-02-30\"", "\"999999\"", "[]", "{}", "[null]", "{\"a\":1}", "\"\\ud800\"", "\"" + new string('长', 3000) + "\"",
    };

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    [Fact]
    public void JsonFuzz_MutatedDocuments_AlwaysGetADecisionOrAnErrorDocument()
    {
        var count = FromEnvironment("RULESCORE_FUZZ_COUNT", 3_000);
        var seed = FromEnvironment("RULESCORE_FUZZ_SEED", 20261122);
        var random = new Random(seed);
        var seeds = Directory.GetFiles(Path.Combine(Cli.Root, "samples", "cases"), "*.json").Select(File.ReadAllBytes).ToArray();
        var evaluator = new SettlementEvaluator();
        var (decisions, rejections, cliRuns) = (0, 0, 0);
        var temp = Path.Combine(Path.GetTempPath(), "rulescore-fuzz-" + seed + "-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            for (var n = 0; n < count; n++)
            {
                var document = Mutate(seeds[random.Next(seeds.Length)], random);
                string where = $"document {n} (seed {seed})";
                if (SettlementJson.TryReadCase(document, out var c, out var errors))
                {
                    var decision = evaluator.Evaluate(c!, new EvaluationOptions { Language = n % 2 == 0 ? Languages.Chinese : Languages.English });
                    Assert.True(JsonDocument.Parse(SettlementJson.WriteDecision(decision)).RootElement.TryGetProperty("outcome", out _), where);
                    decisions++;
                }
                else
                {
                    Assert.True(errors.Count > 0, where);
                    Assert.All(errors, e => Assert.True(e.Path.Length > 0 && e.Code.Length > 0 && e.Message.Length > 0, where));
                    Assert.True(JsonDocument.Parse(SettlementJson.WriteErrors(errors)).RootElement.GetProperty("errors").GetArrayLength() > 0, where);
                    rejections++;
                }

                if (n % 25 == 0)
                {
                    File.WriteAllBytes(temp, document);
                    var (exit, stdout, stderr) = Cli.Run("evaluate", temp, "--format", "json");
                    Assert.True(exit is 0 or 2, $"{where}: exit {exit}: {stderr}");
                    var root = JsonDocument.Parse(stdout).RootElement;
                    Assert.True(exit == 0 ? root.TryGetProperty("outcome", out _) : root.GetProperty("errors").GetArrayLength() > 0, where);
                    cliRuns++;
                }
            }
        }
        finally
        {
            File.Delete(temp);
        }

        output.WriteLine($"fuzz: {count} documents (seed {seed}): {decisions} decisions, {rejections} error documents, {cliRuns} through the CLI");
        Assert.True(decisions > 0 && rejections > 0);
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        if (original.Length == 0)
        {
            return original;
        }

        var text = Encoding.UTF8.GetString(original);
        var bytes = original;
        switch (random.Next(12))
        {
            case 0: // truncation
                return bytes.Take(random.Next(bytes.Length)).ToArray();
            case 1: // byte flips
                bytes = (byte[])bytes.Clone();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 2: // invalid UTF-8 and control bytes inserted
                var at = random.Next(bytes.Length);
                return bytes.Take(at).Concat(new[] { (byte)0xff, (byte)0xc0, (byte)0x00, (byte)0xe4 }.Take(random.Next(1, 5))).Concat(bytes.Skip(at)).ToArray();
            case 3: // a range deleted
                var from = random.Next(bytes.Length);
                // (Skip is clamped: on .NET 10, Concat(...Skip(past the end)).ToArray() throws.)
                return bytes.Take(from).Concat(bytes.Skip(Math.Min(bytes.Length, from + random.Next(1, 40)))).ToArray();
            case 4: // a value of the wrong type (or a huge one)
                return Encoding.UTF8.GetBytes(ReplaceValue(text, random, Replacements[random.Next(Replacements.Length)]));
            case 5: // duplicate keys
                return Encoding.UTF8.GetBytes(text.Replace("\"person\": {", "\"person\": null, \"person\": {", StringComparison.Ordinal));
            case 6: // deep nesting
                var depth = random.Next(10, 3000);
                return Encoding.UTF8.GetBytes(ReplaceValue(text, random, new string('[', depth) + new string(']', depth)));
            case 7: // unknown property
                return Encoding.UTF8.GetBytes(text.Replace("\"encounter\": {", "\"encounter\": { \"notes\": \"x\",", StringComparison.Ordinal));
            case 8: // a required property removed
                var names = new[] { "\"setting\"", "\"insuredRegion\"", "\"card\"", "\"region\"", "\"status\"", "\"date\"" };
                var name = names[random.Next(names.Length)];
                return Encoding.UTF8.GetBytes(text.Replace(name, "\"removed" + random.Next(100) + "\"", StringComparison.Ordinal));
            case 9: // huge collections
                var item = "{ \"code\": \"X\", \"amount\": 1, \"inCatalog\": true }";
                var many = string.Join(",", Enumerable.Repeat(item, random.Next(100, 12_000)));
                return Encoding.UTF8.GetBytes(text.Replace("\"items\": [", "\"items\": [" + many + ",", StringComparison.Ordinal));
            case 10: // extreme dates
                var dates = new[] { "\"0001-01-01\"", "\"9999-12-31\"", "\"1899-12-31\"", "\"2025-13-01\"", "\"2025-1-1\"", "\"20250101\"" };
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, "\"20[0-9]{2}-[0-9]{2}-[0-9]{2}\"", _ => random.Next(3) == 0 ? dates[random.Next(dates.Length)] : _.Value));
            default: // several mutations at once
                return Mutate(Mutate(original, random), random);
        }
    }

    private static string ReplaceValue(string text, Random random, string replacement)
    {
        var colons = new List<int>();
        for (var i = text.IndexOf("\": ", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\": ", i + 1, StringComparison.Ordinal))
        {
            colons.Add(i + 3);
        }

        if (colons.Count == 0)
        {
            return text;
        }

        var start = colons[random.Next(colons.Count)];
        if (start >= text.Length)
        {
            return text + replacement;
        }

        var end = start;
        if (text[start] is '{' or '[')
        {
            // Replace the whole nested value.
            var depth = 0;
            do
            {
                depth += text[end] is '{' or '[' ? 1 : text[end] is '}' or ']' ? -1 : 0;
                end++;
            }
            while (depth > 0 && end < text.Length);
        }
        else
        {
            var inString = text[start] == '"';
            end++;
            while (end < text.Length && (inString ? text[end - 1] == '\\' || text[end] != '"' : text[end] is not (',' or '}' or ']' or '\n')))
            {
                end++;
            }

            if (inString && end < text.Length)
            {
                end++;
            }
        }

        return text.Substring(0, start) + replacement + text.Substring(end);
    }
}

public class CrossProcessDeterminismTests
{
    [Fact]
    public void DecisionJson_IsByteIdentical_AcrossProcesses()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "rulescore.dll");
        var files = new[] { "000-changsha-wuhan-expired-six-month-filing.json", "000-self-paid-items-outside-catalog.json", "002-guangxi-hechi-chronic-in-nanning-no-filing.json" }
            .Select(Cli.Sample).ToArray();
        var args = new[] { cli, "evaluate" }.Concat(files).Concat(new[] { "--format", "json" }).ToArray();

        var first = RunProcess(args);
        var second = RunProcess(args);
        var inProcess = Cli.Run(new[] { "evaluate" }.Concat(files).Concat(new[] { "--format", "json" }).ToArray()).Out;

        Assert.Equal(first, second);
        Assert.Equal(inProcess, Encoding.UTF8.GetString(first).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static byte[] RunProcess(string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        using var buffer = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(buffer);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return buffer.ToArray();
    }
}
