using System.Buffers;
using System.Text;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests;

/// <summary>Async reading, writing into streams and buffers, and the lazily evaluated, bounded EvaluateMany.</summary>
public class StreamingTests
{
    private static SettlementCase Day(int i) => Cases.CrossProvinceOutpatient().On(D("2024-06-01").AddDays(i % 600).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .WithFiling(f => f with { Id = "F" + i, ValidUntil = i % 3 == 0 ? D("2024-05-31") : null }).Build();

    [Fact]
    public void StreamedEvaluation_KeepsOrder_AndEqualsTheBatch()
    {
        var cases = Enumerable.Range(0, 300).Select(Day).Append(Cases.CrossProvinceOutpatient().Build() with { Hospital = null! }).ToArray();
        var options = new EvaluationOptions { IncludeTrace = false, MaxDegreeOfParallelism = 3 };

        var streamed = Evaluator.EvaluateStream(cases, options, CancellationToken.None).ToList();
        var batch = Evaluator.EvaluateMany(cases, options);

        Assert.Equal(batch.Count, streamed.Count);
        Assert.Equal(
            batch.Select(r => r.Decision is null ? "invalid" : SettlementJson.WriteDecision(r.Decision, indented: false)),
            streamed.Select(r => r.Decision is null ? "invalid" : SettlementJson.WriteDecision(r.Decision, indented: false)));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => i % 3 == 0), streamed.Take(300).Select(r => r.Decision!.Outcome == Outcome.PayThenClaim));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => "filing:F" + (3 * i)), streamed.Take(300).Where(r => r.Decision!.Outcome == Outcome.PayThenClaim).Select(FirstFiling));
        Assert.Equal("hospital", Assert.Single(streamed[^1].Errors).Path);
    }

    [Fact]
    public void StreamedEvaluation_IsLazy_AndBounded_OverAnEndlessInput()
    {
        var pulled = 0;
        IEnumerable<SettlementCase> Endless()
        {
            for (var i = 0; ; i++)
            {
                pulled++;
                yield return Day(i);
            }
        }

        var results = Evaluator.EvaluateStream(Endless(), new EvaluationOptions { MaxDegreeOfParallelism = 2, IncludeTrace = false }, CancellationToken.None);
        Assert.Equal(0, pulled);

        var first = results.Take(50).ToList();

        Assert.Equal(50, first.Count);
        Assert.InRange(pulled, 50, 50 + (2 * SettlementEvaluator.ReadAheadPerWorker));
    }

    [Fact]
    public void StreamedEvaluation_StopsWhenCancelled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Evaluator.EvaluateStream(Enumerable.Range(0, 10_000).Select(Day), new EvaluationOptions { IncludeTrace = false }, cancel.Token))
            {
                if (++seen == 10)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.InRange(seen, 10, 10 + (Environment.ProcessorCount * SettlementEvaluator.ReadAheadPerWorker));
        Assert.Throws<ArgumentNullException>(() => Evaluator.EvaluateStream(null!, null, CancellationToken.None));
    }

    [Fact]
    public async Task ReadCaseAsync_ReadsValidCases_RejectsLargeOnes_AndHonoursCancellation()
    {
        var json = SettlementJson.WriteCase(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build());

        var read = await SettlementJson.ReadCaseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);
        Assert.Equal(json, SettlementJson.WriteCase(read));

        var small = new SettlementJsonOptions { MaxDocumentBytes = 100 };
        var e = await Assert.ThrowsAsync<InvalidCaseException>(() => SettlementJson.ReadCaseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), small, CancellationToken.None));
        Assert.Equal(("$", InputErrorCodes.TooLarge), (e.Errors.Single().Path, e.Errors.Single().Code));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SettlementJson.ReadCaseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task DecisionsAndErrors_WrittenToAStreamOrABuffer_AreTheSameBytesAsTheText()
    {
        var decision = Evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build());
        var errors = Evaluator.Validate(Cases.CrossProvinceOutpatient().Build() with { Hospital = null! });

        foreach (var indented in new[] { false, true })
        {
            var stream = new MemoryStream();
            SettlementJson.WriteDecision(decision, stream, indented);
            var buffer = new ArrayBufferWriter<byte>();
            SettlementJson.WriteDecision(decision, buffer, indented);
            var asynchronous = new MemoryStream();
            await SettlementJson.WriteDecisionAsync(decision, asynchronous, indented, CancellationToken.None);
            var errorStream = new MemoryStream();
            SettlementJson.WriteErrors(errors, errorStream, indented);
            var errorBuffer = new ArrayBufferWriter<byte>();
            SettlementJson.WriteErrors(errors, errorBuffer, indented);

            var text = SettlementJson.WriteDecision(decision, indented);
            Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
            Assert.Equal(text, Encoding.UTF8.GetString(buffer.WrittenSpan));
            Assert.Equal(text, Encoding.UTF8.GetString(asynchronous.ToArray()));
            Assert.Equal(SettlementJson.WriteErrors(errors, indented), Encoding.UTF8.GetString(errorStream.ToArray()));
            Assert.Equal(SettlementJson.WriteErrors(errors, indented), Encoding.UTF8.GetString(errorBuffer.WrittenSpan));
            Assert.True(stream.CanWrite, "the stream stays open");
        }
    }

    private static string FirstFiling(EvaluationResult r) => r.Decision!.Findings.SelectMany(f => f.Facts).FirstOrDefault(f => f.StartsWith("filing:", StringComparison.Ordinal)) ?? string.Empty;
}
