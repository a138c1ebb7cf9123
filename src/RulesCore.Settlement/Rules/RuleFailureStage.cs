namespace RulesCore.Settlement.Rules;

/// <summary>Where a rule failed: see <see cref="RuleFailedException"/>.</summary>
public enum RuleFailureStage
{
    /// <summary>Building the rule: its constructor or <c>Define()</c> threw, or NRules could not compile what it defined.</summary>
    Definition = 1,

    /// <summary>A condition of the rule threw while facts were matched.</summary>
    Condition,

    /// <summary>An action of the rule threw when it fired.</summary>
    Action,

    /// <summary>The rules kept firing beyond the bound no case needs: the rule named fired most in the loop.</summary>
    Looping,
}
