namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets init-only setters and records compile for netstandard2.0. Defined for every target framework on purpose:
    /// init setters carry this type in their signature, so each of our assemblies must use its own copy on every
    /// target; otherwise code compiled against the netstandard2.0 build fails with MissingMethodException when it runs
    /// on the net8.0 build.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
