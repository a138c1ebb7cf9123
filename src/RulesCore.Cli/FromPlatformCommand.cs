using RulesCore.Settlement.Json;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore from-platform --person 1101.json … --encounter ENCOUNTER.json --hospital HOSPITAL.json</c>: the case the
/// HIS's own national-platform messages make, on standard output; the assumptions it rests on, on standard error.
/// </summary>
internal static class FromPlatformCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("from-platform", context.T("由 HIS 已有的国家医保信息平台报文生成病例（未知的事实列在 unknownFacts 中）。", "the case the HIS's national-platform messages make (what they do not carry listed in unknownFacts)."))
        {
            Usages = new[] { "--person [--chronic] [--designations] --encounter [--discharge] [--fees] --hospital [--code-tables]" },
            Details = new[]
            {
                context.T(
                    "把 HIS 手里已有的报文——人员信息获取（1101）、人员慢特病备案查询（5301）、人员定点信息查询（5302）的应答，挂号或入院（2201/2401）、出院（2402）的输入，费用明细（2204）的应答——连同医院自己的配置，转成病例，在标准输出写出病例文档，交给 evaluate - 或 plan - 判断。报文中没有的事实（备案一定没有，社保卡状态、个人账户支付权限，以及没有给出的报文）列在 unknownFacts 中，不作猜测；判断给出可能的最好和最坏结果，并说明要核实什么。",
                    "Turns the messages a HIS already holds — the responses of the person query (1101), the chronic qualification query (5301) and the designation query (5302), the registration or admission (2201/2401) and discharge (2402) inputs, the fee details' response (2204) — with the hospital's own configuration into a case, written as a case document on standard output for evaluate - or plan - to decide. What the messages do not carry (the filings always, the card, the personal-account permission, and any message not given) is listed in unknownFacts, never guessed; the decision then gives the best and worst possible outcomes and what to check."),
                context.T(
                    "标准错误上列出病例所依据的假设：用到的每一个可信度为 B 或 C 的对应（如 psn_insu_stas 2 → 断缴），它们不写入病例。姓名、证件号码、出生日期、单位、电话和地址不会被复制到病例、错误信息或输出中。代码（med_type、insutype、psn_insu_stas、chrgitm_lv 等）不在代码表中时报错，不作猜测；--code-tables 可按参保省份覆盖代码表。evaluate 和 plan 也直接接受这些选项。",
                    "Standard error lists the assumptions the case rests on: every mapping of confidence B or C used (e.g. psn_insu_stas 2 → lapsed); they are not part of the case. Names, identity numbers, birth dates, employers, telephone numbers and addresses are never copied into the case, an error or the output. A code outside the code tables (med_type, insutype, psn_insu_stas, chrgitm_lv…) is an error, never a guess; --code-tables overrides the tables for an insured province. evaluate and plan take these options directly too."),
                context.T("每个 FILE 都可以为 - 表示标准输入（只能有一个）。每个报文最多读 4 MiB。", "Any one FILE may be - for standard input. Each message is read up to 4 MiB."),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已写出病例", "the case was written")),
                (CliApp.InvalidInput, context.T("报文无效、代码不在代码表中、文件无法读取，或命令行有误（已打印错误）", "a message is invalid, a code is not in the code tables, a file is unreadable, or a bad command line (errors printed)")),
                HelpText.Unexpected(context.Language),
            },
        };
        foreach (var option in o.PlatformMessages)
        {
            command.Add(option);
        }

        command.Add(o.CodeTables);
        command.Add(o.Language);
        command.Add(o.Help);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var built = PlatformFiles.Build(input, context, input.Language);
        if (built is null)
        {
            return CliApp.InvalidInput;
        }

        context.Stdout.WriteLine(SettlementJson.WriteCase(built.Case, indented: true));
        return CliApp.Ok;
    }
}
