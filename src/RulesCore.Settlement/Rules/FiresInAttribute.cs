namespace RulesCore.Settlement.Rules;

/// <summary>
/// The situations a shipped rule can fire in, read from its conditions: a rule whose first pattern asks for an
/// out-of-region visit (<c>!s.IsLocal</c>) can fire only out of region; a rule that needs a derived fact only emergency
/// visits have can fire only in emergency care. Rules without it (and every integrator's rule)
/// are in every situation's rule set. A property test proves each situation's rule set decides as the full set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class FiresInAttribute : Attribute
{
    public FiresInAttribute(Situation situations) => Situations = situations;

    public Situation Situations { get; }
}
