using System.Text;
using RulesCore.Settlement;

namespace RulesCore.Testing;

/// <summary>
/// Thrown when a settlement assertion fails. A plain exception type, so the assertions work under xunit, NUnit and
/// MSTest alike (each reports an unexpected exception as a failure, with this message).
/// </summary>
public sealed class SettlementAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected, followed by the decision's findings and trace.</param>
    public SettlementAssertionException(string message)
        : base(message)
    {
    }
}
