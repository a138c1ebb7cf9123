using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>A condition threw on the facts it was given (its exception's type only: a message could hold fact values).</summary>
internal sealed class ConditionFailedException : Exception
{
    public ConditionFailedException(string exceptionType)
        : base("The condition threw " + exceptionType + ".")
    {
        ExceptionType = exceptionType;
    }

    public string ExceptionType { get; }
}
