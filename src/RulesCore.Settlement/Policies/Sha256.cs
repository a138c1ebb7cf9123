using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RulesCore.Settlement.Policies;

/// <summary>SHA-256 of UTF-8 text as lower-case hex: the fingerprints of rules and policy packs.</summary>
internal static class Sha256
{
    public static string Hex(string text)
    {
        using var sha = SHA256.Create();
        return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
