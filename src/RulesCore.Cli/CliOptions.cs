using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// Every option of the command line, each defined once — its name, the placeholder of its value, its description and
/// the check of its value, in the reader's language — and added to each command that takes it. A single-valued option
/// given twice takes the last value; a repeatable one (<c>--policy-pack</c>, <c>--rules</c>) takes one value each time.
/// </summary>
internal sealed class CliOptions
{
    /// <summary>The most workers <c>--parallel</c> takes.</summary>
    public const int MaxParallel = 256;

    private readonly string _language;

    public CliOptions(string language)
    {
        _language = language;
        Format = Single(
            "--format",
            "text|json",
            T("text（默认）：给人看的文本；json：给程序读的文档（哪一种见命令的说明）。", "text (default): what a person reads; json: a document for programs (the command's description says which)."),
            text => text is "text" or "json" ? (true, text) : (false, string.Empty),
            T("--format 只能是 text 或 json。", "--format is text or json."),
            "text",
            "json");
        Language = Single(
            "--lang",
            "zh-CN|en",
            T("输出语言（默认 zh-CN）。", "the language of the output (default zh-CN)."),
            text => Languages.IsSupported(text) ? (true, text) : (false, string.Empty),
            T("--lang 只能是 zh-CN 或 en。", "--lang is zh-CN or en."),
            Languages.Chinese,
            Languages.English);
        AsOf = Single<DateTime?>(
            "--as-of",
            "yyyy-MM-dd",
            T("按哪一天判断（1900-01-01 至 2999-12-31）。", "the day to decide on (1900-01-01 to 2999-12-31)."),
            text => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CaseLimits.IsInDateRange(date) ? (true, date) : (false, null),
            T("--as-of 是 1900-01-01 至 2999-12-31 之间的日期，格式 yyyy-MM-dd。", "--as-of is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd."));
        PolicyPacks = Repeatable("--policy-pack", "FILE", T("加入或替换一个政策包（可重复）。", "add or replace a policy pack (repeatable)."));
        RuleAssemblies = Repeatable("--rules", "DLL", T("加载集成方的规则程序集（可重复）。", "load integrators' rules from an assembly (repeatable)."));
        Ndjson = new Option<bool>("--ndjson")
        {
            Arity = ArgumentArity.Zero,
            Description = T(
                "NDJSON：每行一个病例（UTF-8 JSON），按输入顺序每行输出一个紧凑的判断文档或错误文档；不给 FILE 或 FILE 为 - 时读取标准输入，多个 FILE 依次读取。坏行得到自己的错误文档，其余照常判断；空行也得到错误文档（INVALID_JSON），所以输出第 n 行对应输入第 n 行。每行最多 4 MiB（一个病例文档的上限，超出为 TOO_LARGE），整个输入流不限长度；内存占用与输入长度无关。",
                "NDJSON: one case per line (UTF-8 JSON) in, one compact decision or error document per line out, in input order; no FILE or - reads standard input, several FILEs are read one after another. A bad line gets its error document and the stream goes on; a blank line gets an error document too (INVALID_JSON), so line n of the output answers line n of the input. Each line up to 4 MiB (a case document's limit, else TOO_LARGE); the stream has no limit and memory does not grow with it."),
        };
        Parallel = Single<int?>(
            "--parallel",
            "N",
            T("--ndjson 同时判断的行数上限（默认为处理器数，1 为单线程）。", "with --ndjson, at most N lines decided at once (default: the processor count; 1: one worker)."),
            text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxParallel ? (true, n) : (false, null),
            T($"--parallel 是 1 至 {MaxParallel} 之间的整数。", $"--parallel is a whole number from 1 to {MaxParallel}."));
        WhyNot = Single<string?>(
            "--why-not",
            "RULE|CODE",
            T("规则 id 或发现代码（见 rulescore rules）。", "a rule id or a finding code (rulescore rules lists them)."),
            text => (true, text),
            string.Empty);
        Hospitals = Single<string?>(
            "--hospitals",
            "DIRECTORY",
            T(
                "医院目录：JSON 数组或 CSV（UTF-8，各列为 id, name, region, level, inpatient, generalOutpatient, chronicConditions, intraProvinceOnly），按扩展名 .json / .csv 读取；最多 200000 家医院、64 MiB，超出即拒绝（TOO_LARGE）。",
                "a hospital directory: a JSON array or CSV (UTF-8, with the columns id, name, region, level, inpatient, generalOutpatient, chronicConditions, intraProvinceOnly), read by its extension .json / .csv; at most 200000 hospitals and 64 MiB, else refused (TOO_LARGE)."),
            text => (true, text),
            string.Empty);
        Region = Single<RegionCode?>(
            "--region",
            "CODE",
            T("在哪里找（六位行政区划代码：省、市或区县）；默认为病例中医院所在的统筹区。", "where to look (a six-digit region code: a province, city or county); default: the pooling region of the case's hospital."),
            text => RegionCode.TryParse(text, out var region) ? (true, region) : (false, null),
            T("--region 是六位行政区划代码（GB/T 2260），例如 420100。", "--region is a six-digit region code (GB/T 2260), e.g. 420100."));
        Person = Message("--person", "1101.json", T("人员信息获取（1101）的应答：带 infcode/output 的整个报文，或只是 output。", "the person query's (1101) response: the whole envelope with infcode/output, or just output."));
        Chronic = Message("--chronic", "5301.json", T("人员慢特病备案查询（5301）的应答；不给时门慢特资格为未知。", "the chronic qualification query's (5301) response; without it the qualifications are unknown."));
        Designations = Repeatable("--designations", "5302.json", T("人员定点信息查询（5302）的应答，带所查的 biz_appy_type（与应答并列，或在保留的请求 input.data 中）；可重复。", "the designation query's (5302) response, with the biz_appy_type asked for (beside it, or in the request's input.data kept with it); repeatable."));
        Encounter = Message("--encounter", "ENCOUNTER.json", T("HIS 发出的挂号或入院信息：2201 的 input.data 或 2401 的 input.mdtrtinfo（整个请求、input 或记录本身均可），须有 med_type 和 begntime。", "the registration or admission the HIS sent: 2201 input.data or 2401 input.mdtrtinfo (the whole request, its input, or the record), with med_type and begntime."));
        Discharge = Message("--discharge", "2402.json", T("出院办理（2402）的 input.dscginfo；住院未出院时不给。", "the discharge's (2402) input.dscginfo; not given while still admitted."));
        Fees = Message("--fees", "2204.json", T("费用明细上传（2204/2301）的应答；不给时病例没有费用项目。", "the fee detail upload's (2204/2301) response; without it the case has no items."));
        Hospital = Message("--hospital", "HOSPITAL.json", T("医院自己的配置：一条医院目录记录（id、name、region、crossRegionServices）；id 用平台的 fixmedins_code。", "the hospital's own configuration: one hospital-directory entry (id, name, region, crossRegionServices); its id is the platform's fixmedins_code."));
        CodeTables = Repeatable("--code-tables", "FILE", T("覆盖内置代码表的代码表文件（某参保省份的，或适用于所有参保地的）；可重复。", "code tables overriding the shipped ones (for an insured province, or for every insured region); repeatable."));
        Help = new HelpOption("--help", "-h") { Description = T("显示本帮助。", "show this help."), Recursive = false };
        Version = new Option<bool>("--version") { Arity = ArgumentArity.Zero, Description = T("显示版本。", "show the version.") };
        Arguments = new Argument<List<string>>("FILE") { Arity = ArgumentArity.ZeroOrMore };
    }

    /// <summary><c>--format text|json</c>.</summary>
    public Option<string> Format { get; }

    /// <summary><c>--lang zh-CN|en</c>: the language of the output (messages follow it even when the command line is wrong).</summary>
    public Option<string> Language { get; }

    /// <summary><c>--as-of yyyy-MM-dd</c>.</summary>
    public Option<DateTime?> AsOf { get; }

    /// <summary><c>--policy-pack FILE</c>, repeatable.</summary>
    public Option<List<string>> PolicyPacks { get; }

    /// <summary><c>--rules DLL</c>, repeatable.</summary>
    public Option<List<string>> RuleAssemblies { get; }

    /// <summary><c>--ndjson</c>: one case per line in, one document per line out.</summary>
    public Option<bool> Ndjson { get; }

    /// <summary><c>--parallel N</c>: at most N lines decided at once with <c>--ndjson</c>.</summary>
    public Option<int?> Parallel { get; }

    /// <summary><c>--why-not RULE|CODE</c>: with <c>explain</c>, why a rule did not fire or a finding was not raised.</summary>
    public Option<string?> WhyNot { get; }

    /// <summary><c>--hospitals DIRECTORY</c>: a hospital directory (.json or .csv).</summary>
    public Option<string?> Hospitals { get; }

    /// <summary><c>--region CODE</c>: where <c>hospitals</c> looks.</summary>
    public Option<RegionCode?> Region { get; }

    /// <summary><c>--person 1101.json</c>: the person query's response.</summary>
    public Option<string?> Person { get; }

    /// <summary><c>--chronic 5301.json</c>: the chronic qualification query's response.</summary>
    public Option<string?> Chronic { get; }

    /// <summary><c>--designations 5302.json</c>, repeatable: the designation queries' responses.</summary>
    public Option<List<string>> Designations { get; }

    /// <summary><c>--encounter ENCOUNTER.json</c>: the registration or admission the HIS sent.</summary>
    public Option<string?> Encounter { get; }

    /// <summary><c>--discharge 2402.json</c>: the discharge the HIS sent.</summary>
    public Option<string?> Discharge { get; }

    /// <summary><c>--fees 2204.json</c>: the fee detail upload's response.</summary>
    public Option<string?> Fees { get; }

    /// <summary><c>--hospital HOSPITAL.json</c>: the hospital's own configuration.</summary>
    public Option<string?> Hospital { get; }

    /// <summary><c>--code-tables FILE</c>, repeatable: code tables over the shipped ones.</summary>
    public Option<List<string>> CodeTables { get; }

    /// <summary>The options naming platform messages, in the order of the usage line.</summary>
    public IReadOnlyList<Option> PlatformMessages => new Option[] { Person, Chronic, Designations, Encounter, Discharge, Fees, Hospital };

    /// <summary><c>-h</c>, <c>--help</c>.</summary>
    public HelpOption Help { get; }

    /// <summary><c>rulescore --version</c>.</summary>
    public Option<bool> Version { get; }

    /// <summary>A command's arguments: case files, a region code, a policy pack (each command checks how many it takes).</summary>
    public Argument<List<string>> Arguments { get; }

    private string T(string chinese, string english) => _language == Languages.English ? english : chinese;

    /// <summary>
    /// An option with one value; given again, the last value counts (each value is checked). A value that is not one of
    /// <paramref name="completions"/> (when given) gets the nearest one, if it looks misspelt.
    /// </summary>
    private Option<TValue> Single<TValue>(string name, string helpName, string description, Func<string, (bool Valid, TValue Value)> parse, string invalid, params string[] completions)
    {
        var option = new Option<TValue>(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                var value = default(TValue)!;
                foreach (var token in result.Tokens)
                {
                    (var valid, value) = parse(token.Value);
                    if (!valid)
                    {
                        result.AddError(invalid + Spelling.DidYouMean(token.Value, completions).In(_language));
                        return default!;
                    }
                }

                return value;
            },
        };
        if (completions.Length > 0)
        {
            option.CompletionSources.Add(completions);
        }

        return option;
    }

    /// <summary>A platform message's file (<c>-</c> for standard input); given again, the last one counts.</summary>
    private Option<string?> Message(string name, string helpName, string description) =>
        Single<string?>(name, helpName, description, text => (true, text), string.Empty);

    private static Option<List<string>> Repeatable(string name, string helpName, string description) => new(name)
    {
        HelpName = helpName,
        Description = description,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
