using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Samples.Http;
using RulesCore.Settlement;

namespace RulesCore.Samples.Tests;

/// <summary>
/// Starting the sample as an operator does: a bad hospital directory or policy pack, or a port in use, is said on
/// standard error — what is wrong, no stack trace — with exit code 2; configured files are found from the content root.
/// </summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rulescore-http-startup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("directory.json", "[ { \"id\": \"H1\", ", "  $: INVALID_JSON: ")]
    [InlineData("directory.csv", "id,name,region,level,inpatient,generalOutpatient\nH1,\"unterminated,420106,,true,true\n", "INVALID_CSV")]
    [InlineData("missing.csv", null, "  $: UNREADABLE_FILE: The file cannot be read: not found.")]
    public async Task ABadHospitalDirectory_IsListedOnStandardError_WithExitCode2_AndNoStackTrace(string file, string? content, string expected)
    {
        if (content is not null)
        {
            File.WriteAllText(Path.Combine(_dir, file), content);
        }

        var (exit, output, error) = await SampleProcess.RunAsync(_dir, "--urls", "http://127.0.0.1:0", "--Hospitals", file);

        Assert.Equal(StartupFailure.ExitCode, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Hospital directory '{Path.Combine(_dir, file)}' was rejected:", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
        AssertNoStackTrace(output + error);
    }

    [Fact]
    public async Task APortInUse_IsOneLineOnStandardError_WithExitCode2()
    {
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((IPEndPoint)occupied.LocalEndpoint).Port;

        var (exit, output, error) = await SampleProcess.RunAsync(_dir, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal($"port {port} on 127.0.0.1 is already in use: choose another with --urls http://127.0.0.1:PORT\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        AssertNoStackTrace(output);
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--RulesCore:Nope", "x", "configuration: Unknown RulesCore setting 'Nope' (known: DefaultLanguage, PolicyPacks, WarmUp).\n")]
    [InlineData("--Telemetry:Exporter", "zipkin", "configuration: Telemetry:Exporter is console or otlp.\n")]
    public async Task ASettingTheServiceDoesNotAccept_IsOneLineOnStandardError_WithExitCode2(string key, string value, string expected)
    {
        var (exit, output, error) = await SampleProcess.RunAsync(_dir, "--urls", "http://127.0.0.1:0", key, value);

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal(expected, error.Replace("\r\n", "\n", StringComparison.Ordinal));
        AssertNoStackTrace(output);
    }

    [Fact]
    public void TheDefaultAddress_IsTheOneTheReadmeNames()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var section = readme[readme.IndexOf("### The HTTP sample", StringComparison.Ordinal)..];

        Assert.Equal("http://127.0.0.1:5080", EvaluationService.DefaultUrl);
        Assert.Contains("`http://127.0.0.1:5080`", section[..section.IndexOf("\n### ", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyPacks_InAppSettings_AreFoundFromTheContentRoot_NotTheCurrentDirectory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "packs"));
        var pack = Path.Combine(_dir, "packs", "430100.json");
        File.WriteAllText(pack, """
            { "schemaVersion": 1, "region": "430100", "name": "test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }
            """, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_dir, "appsettings.json"), """{ "RulesCore": { "PolicyPacks": [ "packs/430100.json" ] } }""");
        Assert.NotEqual(_dir, Directory.GetCurrentDirectory());

        await using var app = EvaluationService.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", _dir]);

        Assert.Contains(pack, app.Services.GetRequiredService<ISettlementEvaluator>().Policies.Packs.Select(p => p.Origin));
    }

    [Fact]
    public async Task AnUnreadablePolicyPack_IsNamedByTheFullPathTried_FromTheContentRoot_WithExitCode2()
    {
        var missing = Path.Combine(_dir, "packs", "missing.json");

        var (exit, output, error) = await SampleProcess.RunAsync(AppContext.BaseDirectory,
            "--urls", "http://127.0.0.1:0", "--contentRoot", _dir, "--RulesCore:PolicyPacks:0", "packs/missing.json");

        Assert.Equal(StartupFailure.ExitCode, exit);
        Assert.Equal($"Policy pack '{missing}' was rejected:\n  $: UNREADABLE_FILE: The file cannot be read: not found ({missing}).\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        AssertNoStackTrace(output);
    }

    private static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
