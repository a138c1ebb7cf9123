namespace RulesCore.NationalPlatform.Codes;

/// <summary>Condition identifiers as a case accepts them: a lowercase letter, then letters and digits, at most 64 characters.</summary>
internal static class ConditionIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value!.Length > MaxLength || value[0] < 'a' || value[0] > 'z')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }
}
