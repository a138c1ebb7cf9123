using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>
/// Each command's text, in one place: its synopsis, a one-line summary (the top-level usage lists these) and its own
/// help (<c>rulescore COMMAND --help</c>): options and exit codes, in Chinese or English.
/// </summary>
internal sealed record CommandHelp(string Name, string[] Synopsis, LocalizedText Summary, LocalizedText Details)
{
    public static readonly CommandHelp Evaluate = new(
        "evaluate",
        new[]
        {
            "rulescore evaluate FILE... [--format text|json] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]...",
            "rulescore evaluate --ndjson [FILE|-]... [--parallel N] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]...",
        },
        new("每个病例文件一个结算判断；--ndjson：每行一个病例，每行一个判断。", "one decision per case file; --ndjson: one case per line in, one decision per line out."),
        new(
            """
            判断每个病例能否直接结算：结果、发现的问题、怎么办。FILE 为 - 时读取标准输入。

            选项：
              --format text|json   text（默认）：给收费员看的文本；json：判断文档。只有一个文件时，标准输出恰好是
                                   判断文档（或错误文档）；多个文件时每行一个紧凑文档。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --as-of yyyy-MM-dd   按哪一天判断（1900-01-01 至 2999-12-31），默认取病例的 asOf 或就诊日。
              --policy-pack FILE   加入或替换一个政策包（可重复）。
              --rules DLL          加载集成方的规则程序集（可重复）。
              --ndjson             NDJSON：每行一个病例（UTF-8 JSON），按输入顺序每行输出一个紧凑的判断文档或错误文档；
                                   不给 FILE 或 FILE 为 - 时读取标准输入，多个 FILE 依次读取。坏行得到自己的错误文档，
                                   其余照常判断；空行也得到错误文档（INVALID_JSON），所以输出第 n 行对应输入第 n 行。
                                   每行最多 4 MiB（一个病例文档的上限，超出为 TOO_LARGE），整个输入流不限长度；
                                   内存占用与输入长度无关。
              --parallel N         --ndjson 同时判断的行数上限（默认为处理器数，1 为单线程）。
              -h, --help           显示本帮助。

            退出码：
              0  每个病例（每一行）都已判断
              2  有病例（或行）无效、文件无法读取，或命令行有误（已打印错误）
              3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）
              1  意外错误
            """,
            """
            Decides whether each case settles directly: the outcome, the findings, what to do. FILE may be - for standard
            input.

            options:
              --format text|json   text (default): what a cashier reads; json: the decision document. With one file,
                                   stdout is exactly the decision document (or the error document); with several, one
                                   compact document per line.
              --lang zh-CN|en      the language of the output (default zh-CN).
              --as-of yyyy-MM-dd   the day to decide on (1900-01-01 to 2999-12-31); default: the case's asOf or the visit.
              --policy-pack FILE   add or replace a policy pack (repeatable).
              --rules DLL          load integrators' rules from an assembly (repeatable).
              --ndjson             NDJSON: one case per line (UTF-8 JSON) in, one compact decision or error document
                                   per line out, in input order; no FILE or - reads standard input, several FILEs are
                                   read one after another. A bad line gets its error document and the stream goes on;
                                   a blank line gets an error document too (INVALID_JSON), so line n of the output
                                   answers line n of the input. Each line up to 4 MiB (a case document's limit, else
                                   TOO_LARGE); the stream has no limit and memory does not grow with it.
              --parallel N         with --ndjson, at most N lines decided at once (default: the processor count;
                                   1: one worker).
              -h, --help           show this help.

            exit codes:
              0  every case (every line) decided
              2  some case (or line) invalid, a file unreadable, or a bad command line (errors printed)
              3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)
              1  unexpected failure
            """));

    public static readonly CommandHelp Explain = new(
        "explain",
        new[]
        {
            "rulescore explain FILE [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]...",
            "rulescore explain FILE --why-not RULE|CODE [--format text|json] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]...",
        },
        new("用文字解释判断：每个问题为什么出现、怎么办；--why-not：某条规则为什么没有触发。", "the decision in prose: each finding, why it fired, what to do; --why-not: why a rule did not fire."),
        new(
            """
            用文字解释一个病例的判断：每个发现的问题、为什么出现（依据的事实和规则）、政策依据、怎么办，
            以及触发的规则和不适用的规则。FILE 为 - 时读取标准输入。

            --why-not RULE|CODE 回答反过来的问题：某条规则（如 filing.covers）为什么没有触发，或某个发现代码
            （如 FILING_EXPIRED）为什么没有出现——对规则第一个模式的每个候选事实，说明走到了哪一步、被哪个条件
            拦下（“备案 F1 于 2025-01-31 到期，早于就诊日 2025-03-10”），并沿着缺少的推导事实追到产生它的规则。

            选项：
              --why-not RULE|CODE  规则 id 或发现代码（见 rulescore rules）。
              --format text|json   与 --why-not 一起：text（默认）或 json（schemas/why-not.schema.json）。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --as-of yyyy-MM-dd   按哪一天判断（1900-01-01 至 2999-12-31）。
              --policy-pack FILE   加入或替换一个政策包（可重复）。
              --rules DLL          加载集成方的规则程序集（可重复）。
              -h, --help           显示本帮助。

            退出码：
              0  已判断
              2  病例无效、文件无法读取，或命令行有误（已打印错误）
              3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）
              1  意外错误
            """,
            """
            Explains one case's decision in prose: each finding, why it fired (the facts and the rule), its policy basis,
            what to do, then the rules that fired and those that do not apply. FILE may be - for standard input.

            --why-not RULE|CODE answers the opposite question: why a rule (e.g. filing.covers) did not fire, or why a
            finding code (e.g. FILING_EXPIRED) was not raised — for each candidate fact of the rule's first pattern, how
            far it got and which condition stopped it ("filing F1 ended on 2025-01-31, before the visit on 2025-03-10"),
            following a missing derived fact back to the rule that would have produced it.

            options:
              --why-not RULE|CODE  a rule id or a finding code (rulescore rules lists them).
              --format text|json   with --why-not: text (default) or json (schemas/why-not.schema.json).
              --lang zh-CN|en      the language of the output (default zh-CN).
              --as-of yyyy-MM-dd   the day to decide on (1900-01-01 to 2999-12-31).
              --policy-pack FILE   add or replace a policy pack (repeatable).
              --rules DLL          load integrators' rules from an assembly (repeatable).
              -h, --help           show this help.

            exit codes:
              0  decided
              2  the case is invalid, the file unreadable, or a bad command line (errors printed)
              3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)
              1  unexpected failure
            """));

    public static readonly CommandHelp Plan = new(
        "plan",
        new[] { "rulescore plan FILE [--hospitals DIRECTORY.json|.csv] [--format text|json] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]..." },
        new("怎样才能直接结算：按顺序要办的步骤，每步办完后的结果都经过核实。", "how to make the visit settle: the steps in order, each step's result verified."),
        new(
            """
            给出一份清单：按什么顺序办哪几件事，本次就医才能尽可能直接结算。每一步写明做什么、谁来办、在哪里办
            （APP 页面或窗口）、最晚哪天办完，以及办完这一步（和之前各步）后的结算结果——都由同一套规则重新判断
            核实。最多尝试 4 步的所有组合，取能达到最好结果的最少步骤；办不了的问题单独列出原因（例如目录外项目
            仍需自费、断缴期间就医不能报销、资格认定不能追溯）。FILE 为 - 时读取标准输入。

            选项：
              --hospitals FILE     医院目录（.json 或 .csv，格式见 hospitals 命令的帮助）：尚未就医时，可以把
                                   “改到某家医院就医”作为一步，并列出能直接结算的医院。
              --format text|json   text（默认）：编号清单；json：计划文档（schemas/plan.schema.json）。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --as-of yyyy-MM-dd   按哪一天判断（1900-01-01 至 2999-12-31）；就医前问，才有就医前能办的步骤。
              --policy-pack FILE   加入或替换一个政策包（可重复）。
              --rules DLL          加载集成方的规则程序集（可重复）。
              -h, --help           显示本帮助。

            退出码：
              0  已给出计划（也可能没有能改善结果的步骤）
              2  病例或医院目录无效、文件无法读取，或命令行有误（已打印错误）
              3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）
              1  意外错误
            """,
            """
            A checklist: which things to do, in what order, so that the visit settles as well as it can. Each step says
            what to do, who does it, where (the app screen or the office), the last day it helps, and the outcome once it
            (and every step before it) is done — judged again by the same rules. Every combination of up to 4 steps is
            tried; the plan is the fewest steps that reach the best outcome. Problems no step fixes are listed with the
            reason (items outside the catalogue stay self-paid; a visit during a lapse is not reimbursed; a qualification
            cannot be backdated). FILE may be - for standard input.

            options:
              --hospitals FILE     a hospital directory (.json or .csv; the hospitals command's help describes it): before the
                                   visit, "go to hospital X instead" can be a step, and the hospitals where it would
                                   settle are listed.
              --format text|json   text (default): a numbered checklist; json: the plan document (schemas/plan.schema.json).
              --lang zh-CN|en      the language of the output (default zh-CN).
              --as-of yyyy-MM-dd   the day to decide on (1900-01-01 to 2999-12-31); asked before the visit, the steps
                                   that must come before it are possible.
              --policy-pack FILE   add or replace a policy pack (repeatable).
              --rules DLL          load integrators' rules from an assembly (repeatable).
              -h, --help           show this help.

            exit codes:
              0  a plan was made (possibly without any step that improves the outcome)
              2  the case or the directory is invalid, a file unreadable, or a bad command line (errors printed)
              3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)
              1  unexpected failure
            """));

    public static readonly CommandHelp Rules = new(
        "rules",
        new[] { "rulescore rules [--format text|json] [--lang zh-CN|en] [--rules DLL]..." },
        new("列出每条规则：标识、原因、说明、政策依据、发现、适用范围和日期。", "every rule: id, cause, description, policy basis, findings, scope and dates."),
        new(
            """
            列出每条规则：标识、原因、说明、优先级、政策依据、可能的发现、适用范围和日期。

            选项：
              --format text|json   text（默认）或 json（规则数组）。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --rules DLL          同时列出集成方程序集中的规则（可重复）。
              -h, --help           显示本帮助。

            退出码：
              0  已列出
              2  规则程序集无法加载、规则不一致，或命令行有误（已打印错误）
              3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）
              1  意外错误
            """,
            """
            Lists every rule: id, cause, description, priority, policy basis, the findings it may raise, scope and dates.

            options:
              --format text|json   text (default) or json (an array of rules).
              --lang zh-CN|en      the language of the output (default zh-CN).
              --rules DLL          list an integrator's rules from an assembly too (repeatable).
              -h, --help           show this help.

            exit codes:
              0  listed
              2  a rules assembly cannot be loaded, the rules are inconsistent, or a bad command line (errors printed)
              3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)
              1  unexpected failure
            """));

    public static readonly CommandHelp Policy = new(
        "policy",
        new[] { "rulescore policy REGION [--as-of yyyy-MM-dd] [--lang zh-CN|en] [--policy-pack FILE]..." },
        new("某地某日有效的政策：每个取值的层级和来源。", "the policy in force for a region on a date, each value with its level and source."),
        new(
            """
            显示某个地区某一天有效的政策：每个参数的取值、层级（全国、省级、市级）、可信度和来源。
            REGION 是六位行政区划代码（GB/T 2260），例如 420300。表格宽度不超过 100 列，长的取值和来源自动换行。

            选项：
              --as-of yyyy-MM-dd   哪一天（默认今天）。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --policy-pack FILE   加入或替换一个政策包（可重复）。
              -h, --help           显示本帮助。

            退出码：
              0  已显示
              2  地区代码无效、政策包无效或无法读取，或命令行有误（已打印错误）
              1  意外错误
            """,
            """
            Shows the policy in force for a region on a day: each parameter's value, level (national, province, city),
            confidence and source. REGION is a six-digit region code (GB/T 2260), e.g. 420300. The table is at most 100
            columns wide; long values and sources wrap.

            options:
              --as-of yyyy-MM-dd   the day (default: today).
              --lang zh-CN|en      the language of the output (default zh-CN).
              --policy-pack FILE   add or replace a policy pack (repeatable).
              -h, --help           show this help.

            exit codes:
              0  shown
              2  an invalid region code, a policy pack invalid or unreadable, or a bad command line (errors printed)
              1  unexpected failure
            """));

    public static readonly CommandHelp ValidatePolicy = new(
        "validate-policy",
        new[] { "rulescore validate-policy FILE [--lang zh-CN|en]" },
        new("检查一个政策包：每个问题及其 JSON 路径。", "check a policy pack; every problem with its JSON path."),
        new(
            """
            检查一个政策包文件（最多 1 MiB）：格式、参数、取值、生效期、来源；列出每个问题及其 JSON 路径。

            选项：
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              -h, --help           显示本帮助。

            退出码：
              0  政策包有效
              2  政策包无效或无法读取，或命令行有误（已打印问题）
              1  意外错误
            """,
            """
            Checks a policy pack file (at most 1 MiB): its shape, parameters, values, effective dates and sources; lists
            every problem with its JSON path.

            options:
              --lang zh-CN|en      the language of the output (default zh-CN).
              -h, --help           show this help.

            exit codes:
              0  the pack is valid
              2  the pack is invalid or unreadable, or a bad command line (problems printed)
              1  unexpected failure
            """));

    public static readonly CommandHelp Hospitals = new(
        "hospitals",
        new[] { "rulescore hospitals FILE --hospitals DIRECTORY.json|.csv [--region CODE] [--format text|json] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]... [--rules DLL]..." },
        new("在医院目录中找出这次就医能直接结算的医院。", "the hospitals of a directory where this visit would settle directly."),
        new(
            """
            在医院目录中找出这次就医能直接结算的医院（直接结算或降低比例直接结算），最好的在前：先按结算结果，
            再按降低的百分点，再按编号。每家医院都由同一套规则判断：把病例中的医院换成它。FILE 为 - 时读取标准输入。

            选项：
              --hospitals FILE     医院目录：JSON 数组或 CSV（UTF-8，表头 id,name,region,level,inpatient,
                                   generalOutpatient,chronicConditions,intraProvinceOnly），按扩展名 .json / .csv 读取；
                                   最多 200000 家医院、64 MiB，超出即拒绝（TOO_LARGE）。
              --region CODE        在哪里找（六位行政区划代码：省、市或区县）；默认为病例中医院所在的统筹区。
              --format text|json   text（默认）：表格（编号、名称、所在地、等级、结算）；json：数组
                                   [{ "id", "name", "region", "level", "outcome", "rateReductionPoints" }]。
              --lang zh-CN|en      输出语言（默认 zh-CN）。
              --as-of yyyy-MM-dd   按哪一天判断（1900-01-01 至 2999-12-31）。
              --policy-pack FILE   加入或替换一个政策包（可重复）。
              --rules DLL          加载集成方的规则程序集（可重复）。
              -h, --help           显示本帮助。

            退出码：
              0  已列出（也可能一家都没有）
              2  病例或医院目录无效、文件无法读取，或命令行有误（已打印错误）
              3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）
              1  意外错误
            """,
            """
            Lists the hospitals of a directory where this visit would settle directly (directly, or at a reduced rate),
            best first: by outcome, then fewer reduction points, then id. Each hospital is judged by the same rules, on the
            case with its hospital replaced. FILE may be - for standard input.

            options:
              --hospitals FILE     the hospital directory: a JSON array or CSV (UTF-8, header id,name,region,level,
                                   inpatient,generalOutpatient,chronicConditions,intraProvinceOnly), read by its
                                   extension .json / .csv; at most 200000 hospitals and 64 MiB, else refused (TOO_LARGE).
              --region CODE        where to look (a six-digit region code: a province, city or county); default: the
                                   pooling region of the case's hospital.
              --format text|json   text (default): a table (id, name, region, level, outcome); json: an array
                                   [{ "id", "name", "region", "level", "outcome", "rateReductionPoints" }].
              --lang zh-CN|en      the language of the output (default zh-CN).
              --as-of yyyy-MM-dd   the day to decide on (1900-01-01 to 2999-12-31).
              --policy-pack FILE   add or replace a policy pack (repeatable).
              --rules DLL          load integrators' rules from an assembly (repeatable).
              -h, --help           show this help.

            exit codes:
              0  listed (possibly none)
              2  the case or the directory is invalid, a file unreadable, or a bad command line (errors printed)
              3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)
              1  unexpected failure
            """));

    public static readonly IReadOnlyList<CommandHelp> All = new[] { Evaluate, Explain, Plan, Rules, Policy, ValidatePolicy, Hospitals };

    public static CommandHelp? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The command's own help: its synopsis, then what it does, its options and exit codes.</summary>
    public string Text(string language)
    {
        var text = new StringBuilder();
        text.AppendLine(language == Languages.English ? "usage:" : "用法：");
        foreach (var line in Synopsis)
        {
            text.Append("  ").AppendLine(line);
        }

        text.AppendLine();
        text.Append(Details.In(language).TrimEnd());
        return text.ToString();
    }

    /// <summary>The top-level usage: every command's synopsis and summary (from the commands' own text), then what they share.</summary>
    public static string Usage(string language)
    {
        var english = language == Languages.English;
        var text = new StringBuilder();
        text.AppendLine(english
            ? "rulescore — will this cross-region visit settle directly (异地就医直接结算)? why not? what to do?"
            : "rulescore —— 这次异地就医能否直接结算？为什么不能？怎么办？");
        text.AppendLine();
        text.AppendLine(english ? "usage:" : "用法：");
        foreach (var line in All.SelectMany(c => c.Synopsis))
        {
            text.Append("  ").AppendLine(line);
        }

        text.AppendLine("  rulescore --help | --version");
        text.AppendLine();
        foreach (var command in All)
        {
            text.Append("  ").Append(command.Name.PadRight(17)).AppendLine(command.Summary.In(language));
        }

        text.AppendLine();
        text.Append(english
            ? """
              'rulescore COMMAND --help' shows a command's options and exit codes. FILE may be - for standard input. A case
              is read up to 4 MiB, a policy pack up to 1 MiB, whatever the file is (a pipe or a device too); more is
              refused. Dates lie between 1900-01-01 and 2999-12-31. --lang zh-CN|en chooses the language (default zh-CN).

              exit codes: 0 decision(s) made / pack valid, 2 invalid input (errors printed), 3 a rule failed (named),
              1 unexpected failure.
              Colours only on a terminal; NO_COLOR turns them off.
              """
            : """
              'rulescore 命令 --help' 显示该命令的选项和退出码。FILE 为 - 时读取标准输入。无论文件是什么（管道、设备也一样），
              病例最多读 4 MiB，政策包最多 1 MiB，超出即拒绝。日期在 1900-01-01 至 2999-12-31 之间。
              --lang zh-CN|en 选择语言（默认 zh-CN）。

              退出码：0 已判断 / 政策包有效，2 输入无效（已打印错误），3 规则出错（已指明规则），1 意外错误。
              只在终端上显示颜色；设置 NO_COLOR 可关闭颜色。
              """);
        return text.ToString();
    }
}
