namespace RulesCore.Settlement.Model;

/// <summary>Text in both supported languages: a rule's description and basis, a policy value's source.</summary>
/// <param name="Chinese">The text in Simplified Chinese (<see cref="Languages.Chinese"/>).</param>
/// <param name="English">The text in English (<see cref="Languages.English"/>).</param>
public sealed record LocalizedText(string Chinese, string English)
{
    /// <summary>The text in a language: English for <see cref="Languages.English"/>, Chinese otherwise.</summary>
    /// <param name="language">The language tag.</param>
    /// <returns>The text.</returns>
    public string In(string language) => language == Languages.English ? English : Chinese;

    /// <summary>Gets the Chinese text.</summary>
    /// <returns>The Chinese text.</returns>
    public override string ToString() => Chinese;
}
