using System.Globalization;
using System.Reflection;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>The <c>rulescore</c> command line: parses arguments, runs a command, returns the exit code.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int RuleFailed = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false, Stream? stdin = null)
    {
        // Messages follow --lang even when the arguments around it are wrong.
        var say = new Output(stderr, colour: false, Arguments.LanguageOf(args));
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(CommandHelp.Usage(say.Language));
                return args.Length == 0 ? InvalidInput : Ok;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return Ok;
            }

            var parsed = Arguments.Parse(args.Skip(1).ToArray());
            if (parsed.Help && CommandHelp.Find(args[0]) is { } help)
            {
                stdout.WriteLine(help.Text(say.Language));
                return Ok;
            }

            if (parsed.Error is { } error)
            {
                stderr.WriteLine("rulescore: " + Output.Escape(error.In(say.Language)));
                stderr.WriteLine(say.T("用法见 'rulescore --help'。", "Run 'rulescore --help' for usage."));
                return InvalidInput;
            }

            var output = new Output(stdout, colour, parsed.Language);
            return args[0] switch
            {
                "evaluate" => Evaluate(parsed, output, say, stdin, explain: false),
                "explain" => Evaluate(parsed, output, say, stdin, explain: true),
                "rules" => Rules(parsed, output),
                "policy" => Policy(parsed, output, say),
                "validate-policy" => ValidatePolicy(parsed, output, say),
                "hospitals" => HospitalsCommand.Run(parsed, output, say, stdin),
                "plan" => PlanCommand.Run(parsed, output, say, stdin),
                _ => UnknownCommand(args[0], say),
            };
        }
        catch (RuleSetException e)
        {
            stderr.WriteLine(say.T("rulescore: 规则不一致：", "rulescore: the rules are inconsistent:"));
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine("  " + Output.Escape(problem));
            }

            return InvalidInput;
        }
        catch (RuleFailedException e)
        {
            stderr.WriteLine("rulescore: " + RuleFailure(e, say));
            return RuleFailed;
        }
        catch (RulesAssemblyException e)
        {
            stderr.WriteLine(say.T($"rulescore: 无法加载规则程序集 '{Output.Escape(e.Path)}'（{e.Reason.Chinese}）。", $"rulescore: cannot load the rules assembly '{Output.Escape(e.Path)}' ({e.Reason.English})."));
            return InvalidInput;
        }
        catch (UnreadableFileException e)
        {
            stderr.WriteLine(say.T(
                $"rulescore: 无法读取{e.What.Chinese} '{Output.Escape(e.Path)}'：{e.Reason.Chinese}。",
                $"rulescore: cannot read the {e.What.English} '{Output.Escape(e.Path)}': {e.Reason.English}."));
            return InvalidInput;
        }
        catch (InvalidPolicyPackException e)
        {
            stderr.WriteLine(say.T($"政策包 '{Output.Escape(e.Origin)}' 未被采用：", $"Policy pack '{Output.Escape(e.Origin)}' was rejected:"));
            foreach (var error in e.Errors)
            {
                stderr.WriteLine($"  {Output.Escape(error.Path)}: {error.Code}: {(say.English ? Output.Escape(error.Message) : TextReport.InChinese(error))}");
            }

            return InvalidInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine(say.T($"rulescore: 意外错误（{e.GetType().Name}）。请连同所用命令行一起报告。", $"rulescore: unexpected failure ({e.GetType().Name}). Please report it with the command line used."));
            return Failure;
        }
    }

    /// <summary>A rule's failure in the reader's language: the rule, its assembly, where it failed and what it threw (escaped, capped).</summary>
    internal static string RuleFailure(RuleFailedException e, Output say) => RuleFailure(e, say.Language, withMessage: true);

    /// <summary>
    /// A rule's failure in a language: with what the rule threw — its type, and its message only where
    /// <paramref name="withMessage"/> (the operator's terminal: an error document never carries the rule's own text,
    /// which may quote the case).
    /// </summary>
    internal static string RuleFailure(RuleFailedException e, string language, bool withMessage)
    {
        var rule = Output.Escape(e.RuleId);
        var assembly = Output.Escape(e.RuleAssembly);
        var thrown = e.InnerException is { } inner ? Output.Escape(Capped(inner.GetType().FullName + (withMessage ? ": " + inner.Message : string.Empty))) : string.Empty;
        var ours = e.RuleAssembly == typeof(SettlementRule).Assembly.GetName().Name;
        var say = new LocalizedTexts(language);
        var whose = ours
            ? say.T("这是 RulesCore 的缺陷，请连同所用命令行一起报告。", "This is a bug in RulesCore; please report it with the command line used.")
            : say.T("这是该规则的缺陷，不是病例的问题：请联系规则的作者。", "This is a bug in the rule, not a problem with the case: tell the rule's author.");
        return e.Stage switch
        {
            RuleFailureStage.Looping => say.T(
                $"规则 '{rule}'（程序集 {assembly}）不断触发，超过任何病例所需的次数：规则集陷入了循环。{whose}",
                $"rule '{rule}' (assembly {assembly}) kept firing beyond what any case needs: the rule set is looping. {whose}"),
            _ => say.T(
                $"规则 '{rule}'（程序集 {assembly}）{StageIn(e.Stage).Chinese}抛出异常：{thrown}。{whose}",
                $"rule '{rule}' (assembly {assembly}) threw {StageIn(e.Stage).English}: {thrown}. {whose}"),
        };
    }

    /// <summary>Chooses between a Chinese and an English text.</summary>
    private readonly struct LocalizedTexts(string language)
    {
        public string T(string chinese, string english) => language == Languages.English ? english : chinese;
    }

    private static LocalizedText StageIn(RuleFailureStage stage) => stage switch
    {
        RuleFailureStage.Definition => new("在定义时", "while it was defined"),
        RuleFailureStage.Condition => new("在条件中", "in a condition"),
        _ => new("在动作中", "in an action"),
    };

    private static string Capped(string text) => text.Length <= 300 ? text : text.Substring(0, 300) + "…";

    private static int UnknownCommand(string command, Output say)
    {
        var name = Output.Escape(command.Length > 40 ? command.Substring(0, 40) : command);
        say.Writer.WriteLine(say.T($"rulescore: 没有 '{name}' 这个命令。用法见 'rulescore --help'。", $"rulescore: unknown command '{name}'. Run 'rulescore --help' for usage."));
        return InvalidInput;
    }

    /// <summary>What a policy pack file is called in a message: 无法读取政策包 'x' / cannot read the policy pack 'x'.</summary>
    private static readonly LocalizedText PolicyPackFile = new("政策包", "policy pack");

    internal static SettlementEvaluator Evaluator(Arguments arguments) => new(Options(arguments));

    /// <summary>The evaluator's options the command line asks for: its policy packs and rule assemblies.</summary>
    internal static SettlementOptions Options(Arguments arguments)
    {
        // Rules first: the parameters their assemblies declare may be set by the packs.
        var options = new SettlementOptions();
        foreach (var path in arguments.RuleAssemblies)
        {
            RulesAssemblyException.AddFrom(options, path);
        }

        foreach (var pack in arguments.PolicyPacks)
        {
            using var file = InputFile.Open(pack, PolicyPackFile);
            options.AddPolicyPack(file, pack);
        }

        return options;
    }

    private static int Evaluate(Arguments arguments, Output output, Output say, Stream? stdin, bool explain)
    {
        if (explain && (arguments.Ndjson || arguments.Parallel is not null))
        {
            say.Writer.WriteLine(say.T("rulescore: --ndjson 和 --parallel 只用于 evaluate。", "rulescore: --ndjson and --parallel are for evaluate only."));
            return InvalidInput;
        }

        if (arguments.WhyNot is not null && !explain)
        {
            say.Writer.WriteLine(say.T("rulescore: --why-not 只用于 explain。", "rulescore: --why-not is for explain only."));
            return InvalidInput;
        }

        if (arguments.Ndjson)
        {
            if (arguments.Format == "text" && arguments.FormatGiven)
            {
                say.Writer.WriteLine(say.T("rulescore: --ndjson 只输出 JSON。", "rulescore: --ndjson writes JSON only."));
                return InvalidInput;
            }

            return NdjsonEvaluation.Run(
                Evaluator(arguments),
                new EvaluationOptions { Language = arguments.Language, AsOf = arguments.AsOf },
                arguments.Positional,
                arguments.Parallel ?? Environment.ProcessorCount,
                output.Writer,
                stdin,
                arguments.Language);
        }

        if (arguments.Parallel is not null)
        {
            say.Writer.WriteLine(say.T("rulescore: --parallel 只与 --ndjson 一起使用。", "rulescore: --parallel goes with --ndjson only."));
            return InvalidInput;
        }

        if (arguments.Positional.Count == 0 || (explain && arguments.Positional.Count != 1))
        {
            say.Writer.WriteLine(explain
                ? say.T("rulescore: explain 只接受一个病例文件。", "rulescore: explain takes exactly one case file.")
                : say.T("rulescore: evaluate 需要一个或多个病例文件。", "rulescore: evaluate takes one or more case files."));
            return InvalidInput;
        }

        var evaluator = Evaluator(arguments);
        var options = new EvaluationOptions { Language = arguments.Language, AsOf = arguments.AsOf };
        if (arguments.WhyNot is { } asked)
        {
            return WhyNot(evaluator, arguments, options, asked, output, say, stdin);
        }

        var json = arguments.Format == "json" && !explain;
        var single = arguments.Positional.Count == 1;
        var status = Ok;
        for (var i = 0; i < arguments.Positional.Count; i++)
        {
            var file = arguments.Positional[i];
            var (@case, decision, errors) = Decide(evaluator, file, options, stdin, arguments.Language);
            if (decision is null)
            {
                status = InvalidInput;
            }

            if (json)
            {
                var document = decision is null ? SettlementJson.WriteErrors(TextReport.InLanguage(errors, arguments.Language), indented: single) : SettlementJson.WriteDecision(decision, indented: single);
                output.Writer.WriteLine(document);
                continue;
            }

            if (i > 0)
            {
                output.Writer.WriteLine();
            }

            if (decision is null)
            {
                TextReport.Errors(output, file, errors);
            }
            else if (explain)
            {
                TextReport.Explain(output, file, @case!, decision, evaluator.Rules);
            }
            else
            {
                TextReport.Decision(output, file, @case!, decision);
            }
        }

        return status;
    }

    /// <summary><c>explain FILE --why-not RULE|CODE</c>: why a rule did not fire, or a finding was not raised, for one case.</summary>
    private static int WhyNot(SettlementEvaluator evaluator, Arguments arguments, EvaluationOptions options, string asked, Output output, Output say, Stream? stdin)
    {
        if (!evaluator.Rules.Any(r => r.Id == asked || r.Findings.Contains(asked)))
        {
            var shown = Output.Escape(asked.Length > 60 ? asked.Substring(0, 60) : asked);
            say.Writer.WriteLine(say.T(
                $"rulescore: 没有 id 为 '{shown}' 的规则，也没有这个发现代码。规则和代码见 'rulescore rules'。",
                $"rulescore: no rule has the id '{shown}' and no finding has that code. 'rulescore rules' lists both."));
            return InvalidInput;
        }

        var file = arguments.Positional[0];
        var (@case, errors) = Read(file, stdin, arguments.Language);
        if (@case is null)
        {
            if (arguments.Format == "json")
            {
                output.Writer.WriteLine(SettlementJson.WriteErrors(TextReport.InLanguage(errors, arguments.Language), indented: true));
            }
            else
            {
                TextReport.Errors(output, file, errors);
            }

            return InvalidInput;
        }

        var answer = evaluator.Explain(@case, asked, options);
        if (arguments.Format == "json")
        {
            output.Writer.WriteLine(SettlementJson.WriteWhyNot(answer, indented: true));
        }
        else
        {
            TextReport.WhyNot(output, file, @case, answer);
        }

        return Ok;
    }

    private static (SettlementCase? Case, SettlementDecision? Decision, IReadOnlyList<InputError> Errors) Decide(SettlementEvaluator evaluator, string name, EvaluationOptions options, Stream? stdin, string language)
    {
        var (@case, errors) = Read(name, stdin, language);
        return @case is null ? (null, null, errors) : (@case, evaluator.Evaluate(@case, options), Array.Empty<InputError>());
    }

    /// <summary>A case from a file or standard input (<c>-</c>) through the bounded reader, or its errors (an unreadable file's in the reader's language).</summary>
    internal static (SettlementCase? Case, IReadOnlyList<InputError> Errors) Read(string name, Stream? stdin, string language)
    {
        SettlementCase? @case;
        IReadOnlyList<InputError> errors;
        try
        {
            // One bounded reader for every source: a file, a pipe, a device, standard input (read, never closed: a
            // second '-' finds it at its end).
            using var file = name == "-" ? null : File.OpenRead(name);
            SettlementJson.TryReadCase(file ?? stdin ?? Console.OpenStandardInput(), out @case, out errors, SettlementJsonOptions.Default);
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            return (null, new[] { InputFile.CaseError(InputFile.ReasonFor(name, e), language) });
        }

        return (@case, errors);
    }

    private static int Rules(Arguments arguments, Output output)
    {
        var rules = Evaluator(arguments).Rules;
        if (arguments.Format == "json")
        {
            output.Writer.WriteLine(CliJson.Rules(rules, output.Language));
            return Ok;
        }

        TextReport.Rules(output, rules);
        return Ok;
    }

    private static int Policy(Arguments arguments, Output output, Output say)
    {
        if (arguments.Positional.Count != 1 || !RegionCode.TryParse(arguments.Positional[0], out var region))
        {
            say.Writer.WriteLine(say.T("rulescore: policy 需要一个六位行政区划代码（GB/T 2260），例如 420300。", "rulescore: policy takes one six-digit region code (GB/T 2260), e.g. 420300."));
            return InvalidInput;
        }

        var date = arguments.AsOf ?? DateTime.Today;
        TextReport.Policy(output, Evaluator(arguments).Policies.Resolve(region, date));
        return Ok;
    }

    private static int ValidatePolicy(Arguments arguments, Output output, Output say)
    {
        if (arguments.Positional.Count != 1)
        {
            say.Writer.WriteLine(say.T("rulescore: validate-policy 需要一个政策包文件。", "rulescore: validate-policy takes one policy pack file."));
            return InvalidInput;
        }

        PolicyPack pack;
        using (var file = InputFile.Open(arguments.Positional[0], PolicyPackFile))
        {
            pack = PolicyCatalog.ReadPack(file, arguments.Positional[0]);
        }

        PolicyCatalog.Create(new[] { pack });
        var region = pack.Region?.Describe(output.Language) ?? output.T("全国", "national");
        output.Writer.WriteLine(output.T(
            $"有效：{Output.Escape(pack.Origin)} — {Output.Escape(pack.Name)}，{region}，{pack.Entries.Count} 项",
            $"ok: {Output.Escape(pack.Origin)} — {Output.Escape(pack.Name)}, {region} ({pack.Level.ToString().ToLowerInvariant()}), {pack.Entries.Count} entries"));
        return Ok;
    }
}

/// <summary>Parsed options and positional arguments of a command.</summary>
internal sealed class Arguments
{
    public List<string> Positional { get; } = new();

    public List<string> PolicyPacks { get; } = new();

    public List<string> RuleAssemblies { get; } = new();

    public string Format { get; private set; } = "text";

    /// <summary>Whether <c>--format</c> was given (rather than the default).</summary>
    public bool FormatGiven { get; private set; }

    /// <summary><c>--ndjson</c>: one case per line in, one document per line out.</summary>
    public bool Ndjson { get; private set; }

    /// <summary><c>--parallel N</c>: at most N lines decided at once with <c>--ndjson</c>.</summary>
    public int? Parallel { get; private set; }

    /// <summary><c>--why-not RULE|CODE</c>: with <c>explain</c>, why a rule did not fire or a finding was not raised.</summary>
    public string? WhyNot { get; private set; }

    /// <summary><c>--help</c> or <c>-h</c>: the command's own help.</summary>
    public bool Help { get; private set; }

    public string Language { get; private set; } = Languages.Chinese;

    public DateTime? AsOf { get; private set; }

    public LocalizedText? Error { get; private set; }

    /// <summary><c>--hospitals FILE</c>: the hospital directory (.json or .csv) of <c>hospitals</c>.</summary>
    public string? Hospitals { get; private set; }

    /// <summary><c>--region CODE</c>: where <c>hospitals</c> looks (default: the treatment pooling region).</summary>
    public RegionCode? Region { get; private set; }

    /// <summary>The language asked for (<c>--lang en</c> or <c>--lang=en</c>), else Chinese; used for messages even when parsing fails.</summary>
    public static string LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang=" + Languages.English || (args[i] == "--lang" && i + 1 < args.Length && args[i + 1] == Languages.English))
            {
                return Languages.English;
            }
        }

        return Languages.Chinese;
    }

    /// <summary>The most workers <c>--parallel</c> takes.</summary>
    public const int MaxParallel = 256;

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Length && result.Error is null; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') is var eq and > 0)
            {
                inline = arg.Substring(eq + 1);
                arg = arg.Substring(0, eq);
            }

            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 < args.Length)
                {
                    return args[++i];
                }

                result.Error = new($"{arg} 需要一个值。", $"{arg} needs a value.");
                return null;
            }

            switch (arg)
            {
                case "--format":
                    var format = Value();
                    if (format is "text" or "json")
                    {
                        result.Format = format;
                        result.FormatGiven = true;
                    }
                    else if (format is not null)
                    {
                        result.Error = new("--format 只能是 text 或 json。", "--format is text or json.");
                    }

                    break;
                case "--lang":
                    var language = Value();
                    if (Languages.IsSupported(language))
                    {
                        result.Language = language!;
                    }
                    else if (language is not null)
                    {
                        result.Error = new("--lang 只能是 zh-CN 或 en。", "--lang is zh-CN or en.");
                    }

                    break;
                case "--as-of":
                    var text = Value();
                    if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CaseLimits.IsInDateRange(date))
                    {
                        result.AsOf = date;
                    }
                    else if (text is not null)
                    {
                        result.Error = new("--as-of 是 1900-01-01 至 2999-12-31 之间的日期，格式 yyyy-MM-dd。", "--as-of is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd.");
                    }

                    break;
                case "--help" or "-h" when inline is null:
                    result.Help = true;
                    break;
                case "--ndjson" when inline is null:
                    result.Ndjson = true;
                    break;
                case "--parallel":
                    var count = Value();
                    if (int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxParallel)
                    {
                        result.Parallel = n;
                    }
                    else if (count is not null)
                    {
                        result.Error = new($"--parallel 是 1 至 {MaxParallel} 之间的整数。", $"--parallel is a whole number from 1 to {MaxParallel}.");
                    }

                    break;
                case "--why-not":
                    result.WhyNot = Value();
                    break;
                case "--rules":
                    if (Value() is { } assembly)
                    {
                        result.RuleAssemblies.Add(assembly);
                    }

                    break;
                case "--hospitals":
                    result.Hospitals = Value() ?? result.Hospitals;
                    break;
                case "--region":
                    var code = Value();
                    if (RegionCode.TryParse(code, out var region))
                    {
                        result.Region = region;
                    }
                    else if (code is not null)
                    {
                        result.Error = new("--region 是六位行政区划代码（GB/T 2260），例如 420100。", "--region is a six-digit region code (GB/T 2260), e.g. 420100.");
                    }

                    break;
                case "--policy-pack":
                    if (Value() is { } pack)
                    {
                        result.PolicyPacks.Add(pack);
                    }

                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        var option = arg.Length > 40 ? arg.Substring(0, 40) : arg;
                        result.Error = new($"没有 '{option}' 这个选项。", $"unknown option '{option}'.");
                    }
                    else
                    {
                        result.Positional.Add(args[i]);
                    }

                    break;
            }
        }

        return result;
    }
}

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
