namespace RulesCore.Engine;

/// <summary>What a rule's action can do: insert facts of the one type the rule declares.</summary>
/// <typeparam name="TFact">The declared type of derived fact.</typeparam>
/// <remarks>Valid only during the action it is passed to; not thread-safe.</remarks>
public interface IRuleContext<in TFact> where TFact : class
{
    /// <summary>Inserts a derived fact. A fact equal to one already present is not inserted again.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact fact);
}

/// <summary>What a rule's action can do: insert facts of the two types the rule declares.</summary>
/// <typeparam name="TFact1">The first declared type of derived fact.</typeparam>
/// <typeparam name="TFact2">The second declared type of derived fact.</typeparam>
/// <remarks>Valid only during the action it is passed to; not thread-safe.</remarks>
public interface IRuleContext<in TFact1, in TFact2> where TFact1 : class where TFact2 : class
{
    /// <summary>Inserts a derived fact of the first declared type.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact1 fact);

    /// <summary>Inserts a derived fact of the second declared type.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact2 fact);
}

/// <summary>What a rule's action can do: insert facts of the three types the rule declares.</summary>
/// <typeparam name="TFact1">The first declared type of derived fact.</typeparam>
/// <typeparam name="TFact2">The second declared type of derived fact.</typeparam>
/// <typeparam name="TFact3">The third declared type of derived fact.</typeparam>
/// <remarks>Valid only during the action it is passed to; not thread-safe.</remarks>
public interface IRuleContext<in TFact1, in TFact2, in TFact3> where TFact1 : class where TFact2 : class where TFact3 : class
{
    /// <summary>Inserts a derived fact of the first declared type.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact1 fact);

    /// <summary>Inserts a derived fact of the second declared type.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact2 fact);

    /// <summary>Inserts a derived fact of the third declared type.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    void Insert(TFact3 fact);
}

/// <summary>The session-bound implementation of the typed contexts; one per rule per session.</summary>
internal sealed class RuleContext<TFact1, TFact2, TFact3>(Session session)
    : IRuleContext<TFact1, TFact2, TFact3>
    where TFact1 : class where TFact2 : class where TFact3 : class
{
    public void Insert(TFact1 fact) => session.Yield(fact);

    public void Insert(TFact2 fact) => session.Yield(fact);

    public void Insert(TFact3 fact) => session.Yield(fact);
}

internal sealed class RuleContext<TFact>(Session session) : IRuleContext<TFact> where TFact : class
{
    public void Insert(TFact fact) => session.Yield(fact);
}

internal sealed class RuleContext<TFact1, TFact2>(Session session) : IRuleContext<TFact1, TFact2>
    where TFact1 : class where TFact2 : class
{
    public void Insert(TFact1 fact) => session.Yield(fact);

    public void Insert(TFact2 fact) => session.Yield(fact);
}
