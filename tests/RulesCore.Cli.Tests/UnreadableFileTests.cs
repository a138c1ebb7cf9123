using System.Text.Json;

namespace RulesCore.Cli.Tests;

/// <summary>
/// A file that cannot be read — a case, a policy pack, a rules assembly — is named with the reason in the user's
/// language (not found, a directory, permission denied), never a .NET exception's name.
/// </summary>
public sealed class UnreadableFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rulescore-unreadable-" + Guid.NewGuid().ToString("N"))).FullName;

    private string Missing => Path.Combine(_dir, "missing.json");

    private static string Case => Cli.Sample("000-damaged-card-chip.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A file this process cannot read, or null where permissions do not stop it (running as root).</summary>
    private string? Forbidden()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return null;
        }

        var path = Path.Combine(_dir, "forbidden.json");
        File.WriteAllText(path, "{}");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            File.OpenRead(path).Dispose();
            return null; // root reads it anyway
        }
        catch (UnauthorizedAccessException)
        {
            return path;
        }
    }

    private static void NoExceptionName(string text) => Assert.DoesNotMatch("[A-Z][A-Za-z]*Exception", text);

    public static TheoryData<string, string, string> Reasons => new()
    {
        { "missing", "文件不存在", "not found" },
        { "directory", "这是一个目录，不是文件", "is a directory" },
    };

    private string PathFor(string kind) => kind == "missing" ? Missing : _dir;

    [Theory]
    [MemberData(nameof(Reasons))]
    public void ACaseFile_InText_AndJson(string kind, string chinese, string english)
    {
        var path = PathFor(kind);

        var (exit, zh, zhErr) = Cli.Run("evaluate", path);
        var (_, en, _) = Cli.Run("evaluate", path, "--lang", "en");
        var (_, json, _) = Cli.Run("evaluate", path, "--format", "json", "--lang", "en");
        var (_, jsonZh, _) = Cli.Run("evaluate", path, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Empty(zhErr);
        Assert.Contains($"  $     UNREADABLE_FILE  无法读取文件：{chinese}。", zh, StringComparison.Ordinal);
        Assert.Contains($"  $     UNREADABLE_FILE  The file cannot be read: {english}.", en, StringComparison.Ordinal);
        var error = JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal("UNREADABLE_FILE", error.GetProperty("code").GetString());
        Assert.Equal($"The file cannot be read: {english}.", error.GetProperty("message").GetString());
        Assert.Contains($"无法读取文件：{chinese}。", jsonZh, StringComparison.Ordinal);
        foreach (var text in new[] { zh, en, json, jsonZh })
        {
            NoExceptionName(text);
        }
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void APolicyPack_GivenToAnyCommand_OrValidated(string kind, string chinese, string english)
    {
        var path = PathFor(kind);

        foreach (var args in new[] { new[] { "evaluate", Case, "--policy-pack", path }, new[] { "policy", "420100", "--policy-pack", path }, new[] { "validate-policy", path } })
        {
            var (exit, stdout, zh) = Cli.Run(args);
            var (_, _, en) = Cli.Run(args.Append("--lang").Append("en").ToArray());

            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Equal($"rulescore: 无法读取政策包 '{path}'：{chinese}。\n", zh);
            Assert.Equal($"rulescore: cannot read the policy pack '{path}': {english}.\n", en);
        }
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void ARulesAssembly(string kind, string chinese, string english)
    {
        var path = kind == "missing" ? Path.Combine(_dir, "missing.dll") : _dir;

        var (exit, _, zh) = Cli.Run("rules", "--rules", path);
        var (_, _, en) = Cli.Run("evaluate", Case, "--rules", path, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal($"rulescore: 无法加载规则程序集 '{path}'（{chinese}）。\n", zh);
        Assert.Equal($"rulescore: cannot load the rules assembly '{path}' ({english}).\n", en);
    }

    [Fact]
    public void ARulesAssembly_ThatIsNotOne()
    {
        var path = Path.Combine(_dir, "not-an-assembly.dll");
        File.WriteAllText(path, "MZ but not really");

        Assert.Equal($"rulescore: 无法加载规则程序集 '{path}'（不是 .NET 程序集）。\n", Cli.Run("rules", "--rules", path).Err);
        Assert.Equal($"rulescore: cannot load the rules assembly '{path}' (not a .NET assembly).\n", Cli.Run("rules", "--rules", path, "--lang", "en").Err);
    }

    [Fact]
    public void PermissionDenied_IsSaidSo_ForEveryKindOfFile()
    {
        var path = Forbidden();
        if (path is null)
        {
            // Running as root (or on Windows): the file is readable, so only the mapping can be checked.
            var readable = Path.Combine(_dir, "readable.json");
            File.WriteAllText(readable, "{}");
            Assert.Equal(InputFile.PermissionDenied, InputFile.ReasonFor(readable, new UnauthorizedAccessException()));
            Assert.Equal(("没有读取权限", "permission denied"), (InputFile.PermissionDenied.Chinese, InputFile.PermissionDenied.English));
            Assert.Equal(InputFile.IsDirectory, InputFile.ReasonFor(_dir, new UnauthorizedAccessException()));
            Assert.Equal(InputFile.NotFound, InputFile.ReasonFor(Missing, new FileNotFoundException()));
            return;
        }

        Assert.Contains("无法读取文件：没有读取权限。", Cli.Run("evaluate", path).Out, StringComparison.Ordinal);
        Assert.Contains("The file cannot be read: permission denied.", Cli.Run("evaluate", path, "--format", "json", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Equal($"rulescore: 无法读取政策包 '{path}'：没有读取权限。\n", Cli.Run("validate-policy", path).Err);
        Assert.Equal($"rulescore: cannot read the policy pack '{path}': permission denied.\n", Cli.Run("validate-policy", path, "--lang", "en").Err);
        Assert.Equal($"rulescore: cannot load the rules assembly '{path}' (permission denied).\n", Cli.Run("rules", "--rules", path, "--lang", "en").Err);
        Assert.Equal($"rulescore: 无法加载规则程序集 '{path}'（没有读取权限）。\n", Cli.Run("rules", "--rules", path).Err);
    }

    [Fact]
    public void NoCommand_NamesAnExceptionType_ForAnUnreadableFile()
    {
        foreach (var path in new[] { Missing, _dir })
        {
            foreach (var args in new[]
            {
                new[] { "evaluate", path }, new[] { "evaluate", path, "--format", "json" }, new[] { "explain", path },
                new[] { "evaluate", "--ndjson", path }, new[] { "validate-policy", path }, new[] { "policy", "420100", "--policy-pack", path },
                new[] { "rules", "--rules", path },
            })
            {
                var (exit, stdout, stderr) = Cli.Run(args);
                Assert.Equal(2, exit);
                NoExceptionName(stdout + stderr);
            }
        }
    }
}
