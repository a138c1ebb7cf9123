using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingMissingRuleTests
{
    [Fact]
    public void NoFiling_CrossProvince_Fires()
    {
        var d = CrossProvinceOutpatient().WithFilings().Evaluate();

        var f = d.Single(FindingCodes.FilingMissing);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(Severity.Blocking, f.Severity);
        // Asked on the visit day with the insured region's window unknown: asking about it is the fix left for this visit,
        // filing first is for the next one.
        Assert.Equal(new[] { RemedyCodes.AskAboutRetroactiveFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion, RemedyCodes.FileBeforeVisit }, f.Remedies.Select(r => r.Code));
        Assert.Equal(new[] { RemedyRole.Fix, RemedyRole.Claim, RemedyRole.Claim, RemedyRole.NextTime }, f.Remedies.Select(r => r.Role));
    }

    [Fact]
    public void NoFiling_LocalVisit_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, LocalOutpatient().Evaluate().Outcome);
    }

    [Fact]
    public void NoFiling_IntraProvinceWithoutExemption_Fires()
    {
        var d = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300")).WithFilings().Evaluate();

        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
    }
}
