using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>Where steps are done that more than one remedy shares.</summary>
internal static class Places
{
    public static readonly LocalizedText AppFiling = new("国家医保服务平台APP › 异地备案", "national medical insurance app › cross-region filing (异地备案)");
}
