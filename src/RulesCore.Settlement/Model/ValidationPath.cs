namespace RulesCore.Settlement.Model;

/// <summary>A JSON path, formatted only when an error needs it.</summary>
internal readonly struct ValidationPath
{
    private readonly string _parent;
    private readonly string _prefix;
    private readonly int _index;
    private readonly string _suffix;

    public ValidationPath(string prefix, int index = -1, string suffix = "")
        : this(string.Empty, prefix, index, suffix)
    {
    }

    /// <summary>A path below <paramref name="parent"/>: <c>hospital</c> + <c>.id</c>, or <c>[3]</c> + <c>.crossRegionServices.chronicConditions</c> + <c>[0]</c>.</summary>
    public ValidationPath(string parent, string child, int index = -1)
        : this(parent, child, index, string.Empty)
    {
    }

    private ValidationPath(string parent, string prefix, int index, string suffix)
    {
        _parent = parent;
        _prefix = prefix;
        _index = index;
        _suffix = suffix;
    }

    public override string ToString() => _index < 0 ? _parent + _prefix : $"{_parent}{_prefix}[{_index}]{_suffix}";
}
