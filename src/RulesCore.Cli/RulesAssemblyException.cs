using System.Reflection;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>An assembly given with <c>--rules</c> that cannot be loaded: missing, not a .NET assembly, or not loadable here.</summary>
internal sealed class RulesAssemblyException(string path, LocalizedText reason) : Exception(reason.English)
{
    public static readonly LocalizedText NotAnAssembly = new("不是 .NET 程序集", "not a .NET assembly");

    public static readonly LocalizedText NotLoadable = new("无法在此加载", "cannot be loaded here");

    public static readonly LocalizedText TypesNotLoadable = new("其中的类型无法加载", "its types cannot be loaded");

    public static readonly LocalizedText NoRules = new("其中没有公开的、派生自 SettlementRule 的规则类", "it holds no public class derived from SettlementRule");

    /// <summary>A dependency the assembly needs that is not found beside it (or cannot be loaded), by name.</summary>
    public static LocalizedText MissingDependency(string name) =>
        new($"找不到它依赖的程序集 '{name}'：请把它放在同一目录", $"the assembly it depends on, '{name}', is not found: put it in the same folder");

    public string Path { get; } = path;

    public LocalizedText Reason { get; } = reason;

    /// <summary>Adds the public rule classes of the assembly at <paramref name="path"/>.</summary>
    public static void AddFrom(SettlementOptions options, string path)
    {
        // Opened first, so that a missing file, a directory or a file without permission is named as such.
        try
        {
            File.OpenRead(path).Dispose();
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            throw new RulesAssemblyException(path, InputFile.ReasonFor(path, e));
        }

        try
        {
            options.AddRules(Assembly.LoadFrom(System.IO.Path.GetFullPath(path)));
        }
        catch (BadImageFormatException)
        {
            throw new RulesAssemblyException(path, NotAnAssembly);
        }
        catch (ArgumentException e) when (e.ParamName == "assembly")
        {
            throw new RulesAssemblyException(path, NoRules);
        }
        catch (ArgumentException e) when (e.ParamName == "ruleTypes")
        {
            // The library's own sentence: a type, a member or a parameter's name, never input.
            var reason = e.Message.Replace(" (Parameter 'ruleTypes')", string.Empty, StringComparison.Ordinal);
            throw new RulesAssemblyException(path, new LocalizedText("其中的规则类或政策参数不能使用：" + reason, "a rule class or policy parameter in it cannot be used: " + reason));
        }
        catch (Exception e) when (DependencyOf(e) is { } dependency)
        {
            throw new RulesAssemblyException(path, MissingDependency(dependency));
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or TypeLoadException or MissingMethodException)
        {
            throw new RulesAssemblyException(path, TypesNotLoadable);
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            throw new RulesAssemblyException(path, Directory.Exists(path) || !File.Exists(path) ? InputFile.ReasonFor(path, e) : NotLoadable);
        }
    }

    /// <summary>The name of the dependency whose absence made loading the rules' types fail, if that is what failed.</summary>
    private static string? DependencyOf(Exception e) => e switch
    {
        FileNotFoundException { FileName: { Length: > 0 } name } => name,
        FileLoadException { FileName: { Length: > 0 } name } => name,
        ReflectionTypeLoadException types => types.LoaderExceptions.Select(x => x is null ? null : DependencyOf(x)).FirstOrDefault(n => n is not null),
        TypeLoadException { InnerException: { } inner } => DependencyOf(inner),
        _ => null,
    };
}
