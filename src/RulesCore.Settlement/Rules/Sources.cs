using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The documents the rules rest on, cited by the name a reader can look up: policy documents by their number, articles
/// by title (or, without one, by publisher and subject) and date. Full titles are listed in the package README.
/// </summary>
internal static class Sources
{
    /// <summary>《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》.</summary>
    public static readonly LocalizedText Notice2022 = new("医保发〔2022〕22号", "NHSA and Ministry of Finance notice Yibaofa [2022] No. 22");

    /// <summary>《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》.</summary>
    public static readonly LocalizedText Guideline2024 = new("国办发〔2024〕38号", "State Council General Office guideline Guobanfa [2024] No. 38");

    /// <summary>A NetEase Hao article on four common reasons a filed outpatient visit elsewhere still does not settle.</summary>
    public static readonly LocalizedText Article000 = new("网易号文章（异地门诊备案后仍不能直接结算的四个常见原因）", "NetEase Hao article on four common reasons a filed outpatient visit elsewhere does not settle");

    /// <summary>《跨省异地就医热点问题，解答来了！》, 2023-06-29.</summary>
    public static readonly LocalizedText Faq2023 = new("《跨省异地就医热点问题，解答来了！》（2023-06-29）", "FAQ on cross-province treatment (2023-06-29)");

    /// <summary>A 2025 web article for chronic-condition patients of 河池, 广西.</summary>
    public static readonly LocalizedText Article2025Guangxi = new("广西河池门诊特殊慢性病患者2025年异地就医指南（网络文章）", "2025 web guide for chronic-condition patients of Hechi, Guangxi");

    /// <summary>A 2025 web article on special-outpatient filings in 大同, 山西.</summary>
    public static readonly LocalizedText Article2025Datong = new("2025年大同市特殊门诊异地定点机构备案指南（网络文章）", "2025 web guide to special-outpatient filings, Datong, Shanxi");

    /// <summary>The administrative division codes.</summary>
    public static readonly LocalizedText DivisionCodes = new("GB/T 2260 行政区划代码", "GB/T 2260 administrative division codes");

    /// <summary>A basis: each point with the document it comes from, "文件：要点；文件：要点".</summary>
    public static LocalizedText Cite(params (LocalizedText Source, string Chinese, string English)[] points) => new(
        string.Join("；", points.Select(p => p.Source.Chinese + "：" + p.Chinese)),
        string.Join("; ", points.Select(p => p.Source.English + ": " + p.English)));
}
