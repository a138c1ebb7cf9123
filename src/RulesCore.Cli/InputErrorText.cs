using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>Input errors in the reader's language, for tables that show <see cref="InputError.Message"/>.</summary>
internal static class InputErrorText
{
    /// <summary>The errors with each message in <paramref name="language"/>: the library words every error in both (<see cref="InputError.Text"/>).</summary>
    public static IReadOnlyList<InputError> InLanguage(IReadOnlyList<InputError> errors, string language) =>
        errors.Select(e => e with { Message = e.Text.In(language) }).ToList();
}
