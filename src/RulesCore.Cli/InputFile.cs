using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// Opening the files a command line names — cases, policy packs, rule assemblies — and saying why one cannot be read in
/// the user's words: not found, a directory, permission denied (never a .NET exception's name).
/// </summary>
internal static class InputFile
{
    public static readonly LocalizedText NotFound = new("文件不存在", "not found");

    public static readonly LocalizedText IsDirectory = new("这是一个目录，不是文件", "is a directory");

    public static readonly LocalizedText PermissionDenied = new("没有读取权限", "permission denied");

    public static readonly LocalizedText ReadError = new("读取出错", "read error");

    /// <summary>Opens <paramref name="path"/> for reading, or throws <see cref="UnreadableFileException"/> with the reason.</summary>
    public static FileStream Open(string path, LocalizedText what)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw new UnreadableFileException(what, path, ReasonFor(path, e));
        }
    }

    /// <summary>Whether <paramref name="e"/> is how opening or reading a file fails (rather than a defect).</summary>
    public static bool IsUnreadable(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException;

    /// <summary>Why <paramref name="path"/> could not be opened or read, given what opening it threw.</summary>
    public static LocalizedText ReasonFor(string path, Exception e)
    {
        if (!string.IsNullOrEmpty(path) && Directory.Exists(path))
        {
            return IsDirectory;
        }

        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException or ArgumentException => NotFound,
            UnauthorizedAccessException or System.Security.SecurityException => PermissionDenied,
            _ when !string.IsNullOrEmpty(path) && !File.Exists(path) => NotFound,
            _ => ReadError,
        };
    }

    /// <summary>The error a case file that cannot be read gets in place of a decision: <c>UNREADABLE_FILE</c>, in both languages.</summary>
    public static InputError CaseError(LocalizedText reason) =>
        new("$", InputErrorCodes.UnreadableFile, new LocalizedText($"无法读取文件：{reason.Chinese}。", $"The file cannot be read: {reason.English}."));
}
