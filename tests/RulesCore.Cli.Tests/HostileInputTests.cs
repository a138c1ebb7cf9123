using System.Diagnostics;
using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

/// <summary>
/// The command line against hostile input: devices, FIFOs and standard input read with the same bound as files;
/// text output that never writes a control character taken from input; one date range for <c>--as-of</c>.
/// </summary>
public class HostileInputTests
{
    private static string Valid => File.ReadAllText(Cli.Sample("settles-directly-long-term-resident.json"));

    private static string Temp(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), "rulescore-hostile-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Whether text holds a control character other than a line feed (what a terminal would act on).</summary>
    private static bool HasControl(string text) => text.Any(c => c != '\n' && CaseLimits.IsControlCharacter(c));

    [Fact]
    public void Evaluate_DevZero_IsRefusedAfterTheLimit_NotReadWhole()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix-like system
        }

        var (exit, stdout, _) = Cli.Run("evaluate", "/dev/zero", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("\"TOO_LARGE\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyPack_FromDevZero_IsRefusedAfterTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix-like system
        }

        var (exit, _, stderr) = Cli.Run("validate-policy", "/dev/zero", "--lang", "en");
        var (exit2, _, stderr2) = Cli.Run("evaluate", Cli.Sample("settles-directly-long-term-resident.json"), "--policy-pack", "/dev/zero");

        Assert.Equal((2, 2), (exit, exit2));
        Assert.Contains("$: TOO_LARGE: The document is larger than 1048576 bytes.", stderr, StringComparison.Ordinal);
        Assert.Contains("$: TOO_LARGE: 文档超过 1048576 字节。", stderr2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_Fifo_IsReadWithTheSameBound_TheWriterIsCutOff()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo is Linux here
        }

        var fifo = Path.Combine(Path.GetTempPath(), "rulescore-fifo-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        const long Offered = 50L * 1024 * 1024;
        long written = 0;
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var chunk = new byte[64 * 1024];
                chunk.AsSpan().Fill((byte)' ');
                while (written < Offered)
                {
                    stream.Write(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // The reader closed the FIFO: what we want.
            }
        });

        try
        {
            var (exit, stdout, _) = Cli.Run("evaluate", fifo, "--format", "json");
            await writer.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(2, exit);
            Assert.Contains("\"TOO_LARGE\"", stdout, StringComparison.Ordinal);
            Assert.True(written < 8L * 1024 * 1024, $"{written} bytes were taken from the FIFO");
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public void Evaluate_StandardInput_IsReadWithTheSameBound()
    {
        var (exit, stdout, _) = Cli.Run(false, new MemoryStream(Encoding.UTF8.GetBytes(Valid)), "evaluate", "-", "--format", "json");
        var (tooBig, tooBigOut, _) = Cli.Run(false, new MemoryStream(new byte[5 * 1024 * 1024]), "evaluate", "-", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"outcome\": \"direct\"", stdout, StringComparison.Ordinal);
        Assert.Equal(2, tooBig);
        Assert.Contains("\"TOO_LARGE\"", tooBigOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StandardInputTwice_DecidesOnceAndReportsTheEmptySecond()
    {
        var (exit, stdout, stderr) = Cli.Run(false, new MemoryStream(Encoding.UTF8.GetBytes(Valid)), "evaluate", "-", "-", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Empty(stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"outcome\":\"direct\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"INVALID_JSON\"", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TerminalCannotBeMadeToLie_ByAnUnknownPropertyName(bool colour)
    {
        const string Lie = "\\u001b[2J\\u001b[H\\u001b[32;1mDIRECT — settles directly at the desk\\u001b[0m";
        var file = Temp(Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"" + Lie + "\": 1,", StringComparison.Ordinal));

        var (exit, stdout, stderr) = Cli.Run(colour, "evaluate", file, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("\u001b[2J", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[32;1mDIRECT", stdout, StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J", stdout, StringComparison.Ordinal);
        Assert.False(HasControl(stderr));
        if (!colour)
        {
            Assert.False(HasControl(stdout));
        }
    }

    [Fact]
    public void TerminalCannotBeMadeToLie_ByAnIdOrCode()
    {
        var file = Temp(Valid.Replace("\"id\": \"F1\"", "\"id\": \"\\u001b[2J\\rF1\"", StringComparison.Ordinal));

        var (exit, stdout, _) = Cli.Run("evaluate", file, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("filings[0].id", stdout, StringComparison.Ordinal);
        Assert.Contains("INVALID_CHARACTER", stdout, StringComparison.Ordinal);
        Assert.False(HasControl(stdout));
    }

    [Fact]
    public void TerminalCannotBeMadeToLie_ByAFileNameOrAPack()
    {
        var pack = Temp("""{ "region": "330100", "name": "x", "parameters": { "\u001b[2Jx": [] } }""");
        var name = Temp(Valid, "\u001b[31m.json");

        var (exit, _, stderr) = Cli.Run("validate-policy", pack);
        var (exit2, stdout2, _) = Cli.Run("evaluate", name, "--lang", "en");
        var (exit3, _, stderr3) = Cli.Run("evaluate", "--\u001b[2J");

        Assert.Equal((2, 0, 2), (exit, exit2, exit3));
        Assert.Contains(": UNKNOWN_PROPERTY: 没有这个政策参数（已知参数：", stderr, StringComparison.Ordinal);
        Assert.False(HasControl(stderr));
        Assert.False(HasControl(stdout2));
        Assert.Contains("\\u001B[31m.json", stdout2, StringComparison.Ordinal);
        Assert.False(HasControl(stderr3));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("3000-01-01")]
    [InlineData("9999-12-31")]
    public void AsOf_OutsideTheCaseDateRange_IsRefused(string date)
    {
        var (exit, _, stderr) = Cli.Run("evaluate", Cli.Sample("settles-directly-long-term-resident.json"), "--as-of", date, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("between 1900-01-01 and 2999-12-31", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_AtTheEdgesOfTheRange_IsAccepted()
    {
        Assert.Equal(0, Cli.Run("evaluate", Cli.Sample("settles-directly-long-term-resident.json"), "--as-of", "2999-12-31").Exit);
        Assert.Equal(0, Cli.Run("policy", "420100", "--as-of", "1900-01-01").Exit);
    }

    [Fact]
    public void Evaluate_WithAByteOrderMark_Decides()
    {
        var file = Path.Combine(Path.GetTempPath(), "rulescore-bom-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, Valid, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (exit, stdout, _) = Cli.Run("evaluate", file, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"outcome\": \"direct\"", stdout, StringComparison.Ordinal);
    }
}
