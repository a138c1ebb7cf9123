using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// Findings and the trace name the facts they matched by references that stay unambiguous whatever the case's ids
/// are — even ids spelled like another fact's reference (<c>encounter</c>, <c>item:A01</c>, <c>policy:…</c>).
/// </summary>
public class FactReferenceTests
{
    /// <summary>Every reference spelling a decision can hold, and prefixes and near misses of them.</summary>
    private static readonly string[] Spellings =
    {
        "encounter", "hospital", "person", "F1", "H1", "A01", "SELF1", "item:A01", "item:SELF1", "item:", "filing:", "filing:F1",
        "filing:encounter", "policy:intraProvinceFilingExempt", "policy:emergencyDeemedFiled", "qualification:diabetes",
        "credential:card", "credential:eVoucher", "finding:FILING_EXPIRED", "fact:Visit", "Visit", "FilingGap", "encounter ",
        "ENCOUNTER", ":", "filing::", "item:item:A01",
    };

    public static class Arbitraries
    {
        public static Arbitrary<(string Filing, string Item)> Ids() =>
            Gen.Elements(Spellings).SelectMany(a => Gen.Elements(Spellings).Select(b => (a, b))).ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void AnExpiredFiling_IsNamedUnambiguously_WhateverTheIds((string Filing, string Item) ids)
    {
        var c = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithExpiredFiling().WithItemsOutsideCatalog(ids.Item).Build();
        c = c with { Filings = c.Filings.Select(f => f with { Id = ids.Filing }).ToArray() };

        var d = new SettlementEvaluator().Evaluate(c);

        var filing = "filing:" + ids.Filing;
        var item = "item:" + ids.Item;
        var expired = d.Findings.Single(f => f.Code == FindingCodes.FilingExpired);
        Assert.Equal(new[] { filing, "encounter" }, expired.Facts);
        var outside = d.Findings.Single(f => f.Code == FindingCodes.ItemsOutsideCatalog);
        Assert.Equal(new[] { "encounter", item }, outside.Facts);
        Assert.Contains(d.Trace, t => t.Rule == "filing.expired" && t.Facts.Contains(filing));

        // Each reference names one kind of fact: the filing's and the item's never meet another's.
        var references = d.Findings.SelectMany(f => f.Facts).Concat(d.Trace.SelectMany(t => t.Facts)).Distinct().ToArray();
        Assert.DoesNotContain(references, r => r != filing && r.StartsWith("filing:", StringComparison.Ordinal));
        Assert.All(new[] { "encounter", "hospital", "person" }, plain => Assert.NotEqual(plain, filing));
        Assert.NotEqual(filing, item);
    }

    [Theory]
    [InlineData("encounter")]
    [InlineData("hospital")]
    [InlineData("person")]
    [InlineData("item:A01")]
    [InlineData("policy:intraProvinceFilingExempt")]
    public void AFilingWithAnotherFactsName_KeepsItsPlaceInFindingsAndTrace(string id)
    {
        var c = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithExpiredFiling().Build();
        c = c with { Filings = new[] { c.Filings[0] with { Id = id } } };

        var d = new SettlementEvaluator().Evaluate(c);

        Assert.Equal(new[] { "filing:" + id, "encounter" }, d.Findings.Single(f => f.Code == FindingCodes.FilingExpired).Facts);
        Assert.Contains(d.Trace, t => t.Rule == "filing.timing" && t.Facts.Contains("filing:" + id));
    }
}
