using System.Text.Json.Nodes;
using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>
/// One test (or theory) per row of the mapping specification's "field by field" table and "rules for an adapter":
/// what each message field becomes in the case, with the assumption its confidence calls for, and every gap an unknown fact.
/// </summary>
public class MappingTests
{
    private static PlatformCase Build(JsonNode? person = null, JsonNode? encounter = null, JsonNode? hospital = null, JsonNode? chronic = null, JsonNode[]? designations = null, JsonNode? discharge = null, JsonNode? fees = null) =>
        Fixtures.Build(Fixtures.Messages(person ?? Fixtures.Person(), encounter ?? Fixtures.Encounter(), hospital, chronic, designations, discharge, fees));

    private static IReadOnlyList<InputError> Refused(JsonNode? person = null, JsonNode? encounter = null, JsonNode? hospital = null, JsonNode? chronic = null, JsonNode[]? designations = null, JsonNode? discharge = null, JsonNode? fees = null) =>
        Fixtures.Errors(Fixtures.Messages(person ?? Fixtures.Person(), encounter ?? Fixtures.Encounter(), hospital, chronic, designations, discharge, fees));

    private static PlatformAssumption? Assumed(PlatformCase built, string becomes) => built.Assumptions.SingleOrDefault(a => a.Becomes.StartsWith(becomes, StringComparison.Ordinal));

    private static JsonObject Chronic(params (string Code, string From, string? Until)[] records) => new()
    {
        ["infcode"] = 0,
        ["output"] = new JsonObject { ["feedetail"] = new JsonArray(records.Select(r => (JsonNode)new JsonObject { ["opsp_dise_code"] = r.Code, ["begndate"] = r.From, ["enddate"] = r.Until }).ToArray()) },
    };

    private static JsonObject Designations(string? type, params (string Code, string? From, string? Until)[] hospitals)
    {
        var d = new JsonObject { ["output"] = new JsonObject { ["psnfixmedin"] = new JsonArray(hospitals.Select(h => (JsonNode)new JsonObject { ["fixmedins_code"] = h.Code, ["begndate"] = h.From, ["enddate"] = h.Until }).ToArray()) } };
        if (type is not null)
        {
            d["input"] = new JsonObject { ["data"] = new JsonObject { ["biz_appy_type"] = type } };
        }

        return d;
    }

    private static JsonArray Fees(params (string Serial, string? Level, decimal? OwnPay)[] items) =>
        new(items.Select(i => (JsonNode)new JsonObject { ["feedetl_sn"] = i.Serial, ["det_item_fee_sumamt"] = 10m, ["chrgitm_lv"] = i.Level, ["fulamt_ownpay_amt"] = i.OwnPay }).ToArray());

    // person.insuredRegion — insuplc_admdvs of the row chosen (A field, C normalising)

    [Fact]
    public void InsuredRegion_IsTheChosenRowsInsuredArea_WithoutAssumption()
    {
        var built = Build(Fixtures.Person(area: "420100"));

        Assert.Equal("420100", built.Case.Person.InsuredRegion.ToString());
        Assert.Null(Assumed(built, "person.insuredRegion"));
    }

    [Theory]
    [InlineData("130399", "130300")]
    [InlineData("361199", "361100")]
    [InlineData("430199", "430100")]
    public void InsuredArea_EndingIn99_IsTheCitysOwnPoolingCode_ReadAsTheCity_AnAssumptionC(string area, string city)
    {
        var built = Build(Fixtures.Person(area: area));

        Assert.Equal(city, built.Case.Person.InsuredRegion.ToString());
        var assumption = Assumed(built, "person.insuredRegion")!;
        Assert.Equal((MappingConfidence.C, area, "person.output.insuinfo[0].insuplc_admdvs".Replace("output.", string.Empty, StringComparison.Ordinal)), (assumption.Confidence, assumption.Code, assumption.Field));
        Assert.Contains(city, assumption.Text.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("999999", InputErrorCodes.InvalidRegion)]
    [InlineData("4301", InputErrorCodes.InvalidRegion)]
    public void InsuredArea_ThatIsNoRegion_IsAnError(string area, string code)
    {
        Assert.Contains(Refused(Fixtures.Person(area: area)), e => e.Path == "person.insuinfo[0].insuplc_admdvs" && e.Code == code);
    }

    // person.scheme — insutype 310 → employee, 390 → resident; supplements are no scheme row; other codes are refused (A)

    [Theory]
    [InlineData("310", InsuranceScheme.Employee)]
    [InlineData("390", InsuranceScheme.Resident)]
    public void Scheme_IsTheBasicRowsInsutype_ConfidenceA(string insutype, InsuranceScheme scheme)
    {
        var built = Build(Fixtures.Person(insutype));

        Assert.Equal(scheme, built.Case.Person.Scheme);
        Assert.Null(Assumed(built, "person.scheme"));
    }

    [Theory]
    [InlineData("320")]
    [InlineData("330")]
    [InlineData("340")]
    [InlineData("392")]
    [InlineData("510")]
    public void SupplementaryRows_AreNoSchemeRow(string insutype)
    {
        var person = Fixtures.Person("390", area: "420100");
        ((JsonArray)person["insuinfo"]!).Insert(0, new JsonObject { ["insutype"] = insutype, ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" });

        var built = Build(person);
        Assert.Equal((InsuranceScheme.Resident, "420100"), (built.Case.Person.Scheme, built.Case.Person.InsuredRegion.ToString()));
        Assert.Contains(Refused(Fixtures.Person(insutype)), e => e.Path == "person.insuinfo" && e.Code == InputErrorCodes.Required);
    }

    [Theory]
    [InlineData("410")]
    [InlineData("311")]
    [InlineData("999")]
    public void OtherInsutypes_AreLocalCodes_RefusedClearly(string insutype)
    {
        var error = Assert.Single(Refused(Fixtures.Person(insutype)));

        Assert.Equal(("person.insuinfo[0].insutype", InputErrorCodes.UnknownValue), (error.Path, error.Code));
        Assert.Contains("insutype " + insutype + " is not in the code tables (known: 310 employee basic medical insurance", error.Message, StringComparison.Ordinal);
        Assert.Contains("不作猜测", error.Text.Chinese, StringComparison.Ordinal);
    }

    // person.contribution.status — psn_insu_stas 1 → active; 2, 4, 0 → lapsed (B codes, C mapping)

    [Theory]
    [InlineData("1", ContributionStatus.Active)]
    [InlineData("2", ContributionStatus.Lapsed)]
    [InlineData("4", ContributionStatus.Lapsed)]
    [InlineData("0", ContributionStatus.Lapsed)]
    public void ContributionStatus_FromPsnInsuStas_IsAnAssumptionC(string status, ContributionStatus expected)
    {
        var built = Build(Fixtures.Person(status: status));

        Assert.Equal(expected, built.Case.Person.Contribution.Status);
        var assumption = Assumed(built, "person.contribution.status")!;
        Assert.Equal((MappingConfidence.C, status), (assumption.Confidence, assumption.Code));
        Assert.Contains("psn_insu_stas " + status, assumption.Text.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("9")]
    public void OtherPsnInsuStas_AreRefusedClearly(string status)
    {
        var error = Assert.Single(Refused(Fixtures.Person(status: status)));

        Assert.Equal(("person.insuinfo[0].psn_insu_stas", InputErrorCodes.UnknownValue), (error.Path, error.Code));
    }

    // person.identityVerified — 1101 answered (C); person.eVoucherActivated — mdtrt_cert_type 01 (C), else unknown

    [Fact]
    public void IdentityVerified_BecauseThePersonQueryAnswered_IsAnAssumptionC()
    {
        var built = Build();

        Assert.True(built.Case.Person.IdentityVerified);
        Assert.Equal(MappingConfidence.C, Assumed(built, "person.identityVerified")!.Confidence);
    }

    [Fact]
    public void EVoucher_IsActivatedWhenTheVisitWasRegisteredWithIt_ElseUnknown()
    {
        var withVoucher = Build(encounter: Fixtures.Encounter(credential: "01"));
        var withCard = Build(encounter: Fixtures.Encounter(credential: "03"));

        Assert.True(withVoucher.Case.Person.EVoucherActivated);
        Assert.DoesNotContain(FactPaths.EVoucherActivated, withVoucher.Case.UnknownFacts);
        Assert.Equal(MappingConfidence.C, Assumed(withVoucher, "person.eVoucherActivated")!.Confidence);
        Assert.False(withCard.Case.Person.EVoucherActivated);
        Assert.Contains(FactPaths.EVoucherActivated, withCard.Case.UnknownFacts);
        Assert.Null(Assumed(withCard, "person.eVoucherActivated"));
    }

    // person.card, person.personalAccountPaymentEnabled, filings — gaps

    [Fact]
    public void TheCard_ThePersonalAccountPermission_AndTheFilings_AreAlwaysUnknown()
    {
        var built = Build(encounter: Fixtures.Encounter(credential: "03"));

        Assert.Contains(FactPaths.Card, built.Case.UnknownFacts);
        Assert.Contains(FactPaths.PersonalAccountPaymentEnabled, built.Case.UnknownFacts);
        Assert.Contains(FactPaths.Filings, built.Case.UnknownFacts);
        Assert.Equal(FactPaths.Filings, built.Case.UnknownFacts[0]);
        Assert.Empty(built.Case.Filings);
        Assert.Equal(default, built.Case.Person.Card);
    }

    // qualifications[].condition — opsp_dise_code by category (A for M03900/M01600, C for the table)

    [Theory]
    [InlineData("M03900", Conditions.Hypertension)]
    [InlineData("M01600", Conditions.Diabetes)]
    public void WholeCodesOfTheSample_AreConfidenceA(string code, string condition)
    {
        var built = Build(chronic: Chronic((code, "2024-01-01", null)));

        Assert.Equal(condition, Assert.Single(built.Case.Qualifications).Condition);
        Assert.Null(Assumed(built, "qualifications[0].condition"));
    }

    [Theory]
    [InlineData("M03902", Conditions.Hypertension)]
    [InlineData("M01601", Conditions.Diabetes)]
    [InlineData("M00500", Conditions.CancerOutpatientTherapy)]
    [InlineData("M07800", Conditions.UremiaDialysis)]
    [InlineData("M08300", Conditions.OrganTransplantAntiRejection)]
    [InlineData("M05300", Conditions.Copd)]
    [InlineData("M06900", Conditions.RheumatoidArthritis)]
    [InlineData("M04600", Conditions.CoronaryHeartDisease)]
    [InlineData("M00200", Conditions.ViralHepatitis)]
    [InlineData("M07200", Conditions.AnkylosingSpondylitis)]
    public void Categories_AreTheFirstFourCharacters_AnAssumptionC(string code, string condition)
    {
        var built = Build(chronic: Chronic((code, "2024-01-01", null)));

        Assert.Equal(condition, Assert.Single(built.Case.Qualifications).Condition);
        var assumption = Assumed(built, "qualifications[0].condition")!;
        Assert.Equal((MappingConfidence.C, code, "chronic.output.feedetail[0].opsp_dise_code"), (assumption.Confidence, assumption.Code, assumption.Field));
    }

    [Fact]
    public void ACodeNoRowKnows_IsALocalConditionKeepingItsCategory_NeverANationalOne()
    {
        var built = Build(chronic: Chronic(("M12301", "2024-01-01", null)));

        Assert.Equal("opspM123", Assert.Single(built.Case.Qualifications).Condition);
        Assert.Equal(MappingConfidence.C, Assumed(built, "qualifications[0].condition")!.Confidence);
        Assert.Contains(Refused(chronic: Chronic(("M-039", "2024-01-01", null))), e => e.Path == "chronic.output.feedetail[0].opsp_dise_code" && e.Code == InputErrorCodes.UnknownValue);
    }

    [Fact]
    public void WithoutA5301_TheQualificationsAreUnknown_WithAnEmptyOne_None()
    {
        Assert.Contains(FactPaths.Qualifications, Build().Case.UnknownFacts);
        var none = Build(chronic: Chronic());
        Assert.DoesNotContain(FactPaths.Qualifications, none.Case.UnknownFacts);
        Assert.Empty(none.Case.Qualifications);
    }

    // qualifications[].validFrom/Until — begndate/enddate (A), far future → open-ended (B)

    [Fact]
    public void ValidFromAndUntil_AreBegndateAndEnddate_AFarFutureEndIsOpenEnded_AnAssumptionB()
    {
        var built = Build(chronic: Chronic(("M03900", "2024-01-01", "2024-12-31"), ("M01600", "2023-05-01 00:00:00", "2120-11-01")));

        Assert.Equal((new DateTime(2024, 1, 1), (DateTime?)new DateTime(2024, 12, 31)), (built.Case.Qualifications[0].ValidFrom, built.Case.Qualifications[0].ValidUntil));
        Assert.Equal((new DateTime(2023, 5, 1), (DateTime?)null), (built.Case.Qualifications[1].ValidFrom, built.Case.Qualifications[1].ValidUntil));
        Assert.Null(Assumed(built, "qualifications[0].validUntil"));
        Assert.Equal(MappingConfidence.B, Assumed(built, "qualifications[1].validUntil")!.Confidence);
        Assert.Contains(Refused(chronic: Chronic(("M03900", "2024-01-01", "2023-12-31"))), e => e.Path == "chronic.output.feedetail[0].enddate" && e.Code == InputErrorCodes.DateBeforeStart);
    }

    // qualifications[].designatedHospitals — 5302 with biz_appy_type 01 or 03 (C)

    [Theory]
    [InlineData("01")]
    [InlineData("03")]
    public void DesignatedHospitals_AreThoseOfA5302For01Or03_ValidOnTheVisitDay_AnAssumptionC(string type)
    {
        var built = Build(chronic: Chronic(("M03900", "2024-01-01", null), ("M01600", "2024-01-01", null)),
            designations: new JsonNode[] { Designations(type, ("H1", "2024-01-01", null), ("H2", "2025-04-01", null), ("H3", null, "2025-03-09"), ("H4", null, null)) });

        Assert.All(built.Case.Qualifications, q => Assert.Equal(new[] { "H1", "H4" }, q.DesignatedHospitals));
        var assumption = Assumed(built, "qualifications[].designatedHospitals")!;
        Assert.Equal((MappingConfidence.C, type, "designations[0].output.psnfixmedin"), (assumption.Confidence, assumption.Code, assumption.Field));
        Assert.DoesNotContain(built.Case.UnknownFacts, f => f.EndsWith(".designatedHospitals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("06")]
    [InlineData("07")]
    [InlineData("08")]
    [InlineData("99")]
    [InlineData(null)]
    public void OtherKinds_OrAKindUnsaid_OrNoHospitalOnTheDay_LeaveTheDesignatedHospitalsUnknown(string? type)
    {
        var built = Build(chronic: Chronic(("M03900", "2024-01-01", null)), designations: new JsonNode[] { Designations(type, ("H1", null, null)) });
        var none = Build(chronic: Chronic(("M03900", "2024-01-01", null)), designations: new JsonNode[] { Designations("01", ("H1", "2026-01-01", null)) });

        foreach (var c in new[] { built, none })
        {
            Assert.Null(Assert.Single(c.Case.Qualifications).DesignatedHospitals);
            Assert.Contains(FactPaths.DesignatedHospitals(0), c.Case.UnknownFacts);
        }
    }

    // hospital.id, name, region, crossRegionServices — the hospital's own configuration

    [Fact]
    public void TheHospital_IsItsOwnConfiguration_ItsServicesUnknownWhenItDoesNotSay()
    {
        var configured = Build(hospital: Fixtures.Hospital(true, "diabetes"));
        var unsaid = Build(hospital: Fixtures.Hospital(services: false));

        Assert.Equal(("H42010600001", "示例医院", "420106"), (configured.Case.Hospital.Id, configured.Case.Hospital.Name, configured.Case.Hospital.Region.ToString()));
        Assert.Equal(new[] { "diabetes" }, configured.Case.Hospital.CrossRegionServices.ChronicConditions);
        Assert.DoesNotContain(FactPaths.CrossRegionServices, configured.Case.UnknownFacts);
        Assert.Null(unsaid.Case.Hospital.CrossRegionServices);
        Assert.Contains(FactPaths.CrossRegionServices, unsaid.Case.UnknownFacts);
    }

    // encounter.setting — med_type 11/14/21 (A), 13 (B); 12 and 99xx refused

    [Theory]
    [InlineData("11", CareSetting.GeneralOutpatient, null)]
    [InlineData("13", CareSetting.Emergency, MappingConfidence.B)]
    [InlineData("21", CareSetting.Inpatient, null)]
    public void Setting_IsTheMedType(string medType, CareSetting setting, MappingConfidence? confidence)
    {
        var built = Build(encounter: Fixtures.Encounter(medType));

        Assert.Equal(setting, built.Case.Encounter.Setting);
        Assert.Equal(confidence, Assumed(built, "encounter.setting")?.Confidence);
    }

    [Fact]
    public void MedType14_IsAChronicVisit_ItsConditionFromDiseCodg_AnAssumptionB()
    {
        var built = Build(encounter: Fixtures.Encounter("14", disease: "M03900"));

        Assert.Equal((CareSetting.ChronicOutpatient, Conditions.Hypertension), (built.Case.Encounter.Setting, built.Case.Encounter.Condition));
        Assert.Equal(MappingConfidence.B, Assumed(built, "encounter.condition")!.Confidence);
        Assert.Equal(MappingConfidence.C, Assumed(Build(encounter: Fixtures.Encounter("14", disease: "M03901")), "encounter.condition")!.Confidence);
        Assert.Contains(Refused(encounter: Fixtures.Encounter("14")), e => e.Path == "encounter.dise_codg" && e.Code == InputErrorCodes.ConditionRequired);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("9901")]
    [InlineData("9903")]
    [InlineData("22")]
    public void LocalMedTypes_AreRefusedClearly_NeverGuessed(string medType)
    {
        var error = Assert.Single(Refused(encounter: Fixtures.Encounter(medType)));

        Assert.Equal(("encounter.med_type", InputErrorCodes.UnknownValue), (error.Path, error.Code));
        Assert.Contains("med_type " + medType + " is not in the code tables (known: 11 general outpatient, 13 emergency, 14 chronic or special outpatient, 21 general inpatient)", error.Message, StringComparison.Ordinal);
        Assert.Contains("med_type " + medType + " 不在代码表中（已知：11 普通门诊、13 急诊、14 门诊慢特病、21 普通住院）", error.Text.Chinese, StringComparison.Ordinal);
    }

    // encounter.date, dischargeDate — begntime (A), 2402 endtime (B)

    [Fact]
    public void Date_IsTheBegntime_AndTheDischargeDate_The2402Endtime_AnAssumptionB()
    {
        var admitted = Build(encounter: Fixtures.Encounter("21", "2025-03-01 22:10:00"));
        var discharged = Build(encounter: Fixtures.Encounter("21", "2025-03-01 22:10:00"), discharge: new JsonObject { ["input"] = new JsonObject { ["dscginfo"] = new JsonObject { ["endtime"] = "2025-03-12 09:00:00" } } });

        Assert.Equal((new DateTime(2025, 3, 1), (DateTime?)null), (admitted.Case.Encounter.Date, admitted.Case.Encounter.DischargeDate));
        Assert.Equal(new DateTime(2025, 3, 12), discharged.Case.Encounter.DischargeDate);
        Assert.Equal(("discharge.input.dscginfo.endtime", MappingConfidence.B), (Assumed(discharged, "encounter.dischargeDate")!.Field, Assumed(discharged, "encounter.dischargeDate")!.Confidence));
    }

    [Fact]
    public void ADischargeBeforeAdmission_OrForAVisitThatIsNoStay_IsAnError()
    {
        Assert.Contains(Refused(encounter: Fixtures.Encounter("21", "2025-03-10"), discharge: new JsonObject { ["endtime"] = "2025-03-09" }), e => e.Path == "discharge.endtime" && e.Code == InputErrorCodes.DateBeforeStart);
        Assert.Contains(Refused(encounter: Fixtures.Encounter("11"), discharge: new JsonObject { ["endtime"] = "2025-03-11" }), e => e.Path == "discharge" && e.Code == PlatformErrorCodes.NotInpatient);
    }

    // encounter.items[].inCatalog — chrgitm_lv (A values, C rule); before fees are uploaded: no items

    [Fact]
    public void Items_AreInTheCatalogueFor01And02_OutsideFor03OrAFullSelfPaidAmount_UnknownWithoutALevel()
    {
        var built = Build(fees: Fees(("1", "01", 0m), ("2", "02", null), ("3", "03", null), ("4", "01", 3.5m), ("5", null, null), ("6", null, 1m)));

        Assert.Equal(new[] { true, true, false, false, false, false }, built.Case.Encounter.Items.Select(i => i.InCatalog));
        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6" }, built.Case.Encounter.Items.Select(i => i.Code));
        Assert.Equal(new[] { FactPaths.ItemInCatalog(4) }, built.Case.UnknownFacts.Where(f => f.StartsWith("encounter.items", StringComparison.Ordinal)));
        Assert.Equal(new[] { "01", "02", "03" }, built.Assumptions.Where(a => a.Becomes.StartsWith("encounter.items[].inCatalog = ", StringComparison.Ordinal) && a.Code.Length > 0).Select(a => a.Code));
        Assert.All(built.Assumptions.Where(a => a.Becomes.StartsWith("encounter.items", StringComparison.Ordinal)), a => Assert.Equal(MappingConfidence.C, a.Confidence));
        Assert.Contains(built.Assumptions, a => a.Becomes == "encounter.items[].inCatalog = false" && a.Code.Length == 0);
    }

    [Fact]
    public void WithoutFeeDetails_TheCaseHasNoItems_AndAnUnknownLevelIsRefused()
    {
        Assert.Empty(Build().Case.Encounter.Items);
        Assert.Contains(Refused(fees: Fees(("1", "04", null))), e => e.Path == "fees[0].chrgitm_lv" && e.Code == InputErrorCodes.UnknownValue);
    }

    // Rules for an adapter: several insuinfo rows

    [Fact]
    public void SeveralRows_TheActiveBasicRowIsTaken()
    {
        var person = new JsonObject
        {
            ["insuinfo"] = new JsonArray(
                new JsonObject { ["insutype"] = "390", ["psn_insu_stas"] = "4", ["insuplc_admdvs"] = "420100" },
                new JsonObject { ["insutype"] = "330", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" },
                new JsonObject { ["insutype"] = "310", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" }),
        };

        var built = Build(person);
        Assert.Equal((InsuranceScheme.Employee, ContributionStatus.Active, "430100"), (built.Case.Person.Scheme, built.Case.Person.Contribution.Status, built.Case.Person.InsuredRegion.ToString()));
    }

    [Fact]
    public void SeveralRows_NoneActive_TheBasicRowIsLapsed()
    {
        var person = new JsonObject
        {
            ["insuinfo"] = new JsonArray(
                new JsonObject { ["insutype"] = "330", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" },
                new JsonObject { ["insutype"] = "310", ["psn_insu_stas"] = "2", ["insuplc_admdvs"] = "430100" }),
        };

        var built = Build(person);
        Assert.Equal((InsuranceScheme.Employee, ContributionStatus.Lapsed), (built.Case.Person.Scheme, built.Case.Person.Contribution.Status));
        Assert.Null(Assumed(built, "insuinfo["));
    }

    [Fact]
    public void TwoActiveBasicRows_AreAClearErrorNamingTheRows_UnlessTheVisitsInsutypePicksOne()
    {
        var person = new JsonObject
        {
            ["insuinfo"] = new JsonArray(
                new JsonObject { ["insutype"] = "390", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "420100" },
                new JsonObject { ["insutype"] = "330", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" },
                new JsonObject { ["insutype"] = "310", ["psn_insu_stas"] = "1", ["insuplc_admdvs"] = "430100" }),
        };

        var error = Assert.Single(Refused(person));
        Assert.Equal(("person.insuinfo", PlatformErrorCodes.AmbiguousInsurance), (error.Path, error.Code));
        Assert.Contains("Rows 0, 2 (counting from 0)", error.Message, StringComparison.Ordinal);

        var encounter = Fixtures.Encounter();
        encounter["insutype"] = "390";
        Assert.Equal((InsuranceScheme.Resident, "420100"), (Build(person, encounter).Case.Person.Scheme, Build(person, encounter).Case.Person.InsuredRegion.ToString()));
        encounter["insutype"] = "310";
        Assert.Equal(InsuranceScheme.Employee, Build(person, encounter).Case.Person.Scheme);
        Assert.Contains(Refused(Fixtures.Person("310"), encounter.ReplaceWith390()), e => e.Path == "encounter.insutype" && e.Code == PlatformErrorCodes.NoMatchingInsurance);
    }

    // Code tables per insured province

    [Fact]
    public void AProvincesCodeTables_ApplyToPeopleInsuredThere_Only()
    {
        var tables = PlatformCodeTables.Read(new MemoryStream(Fixtures.Bytes("""
            { "schemaVersion": 1, "province": "430000", "name": { "zh-CN": "湖南示例", "en": "Hunan example" },
              "tables": { "med_type": [ { "code": "12", "value": "chronicOutpatient", "name": { "zh-CN": "门诊特殊病", "en": "special outpatient" }, "confidence": "B",
                                          "source": { "zh-CN": "示例", "en": "example" } } ] } }
            """)), "hunan.json");
        var builder = new PlatformCaseBuilder(new PlatformOptions().AddCodeTables(tables));
        var hunan = Fixtures.Messages(Fixtures.Person(area: "430199"), Fixtures.Encounter("12", disease: "M03900"));
        var hubei = Fixtures.Messages(Fixtures.Person(area: "420100"), Fixtures.Encounter("12", disease: "M03900"));

        Assert.True(builder.TryBuild(hunan, out var built, out _));
        Assert.Equal(CareSetting.ChronicOutpatient, built!.Case.Encounter.Setting);
        Assert.Equal(MappingConfidence.B, Assumed(built, "encounter.setting")!.Confidence);
        Assert.False(builder.TryBuild(hubei, out _, out var errors));
        Assert.Equal("encounter.med_type", Assert.Single(errors).Path);
    }
}

internal static class EncounterChanges
{
    public static JsonObject ReplaceWith390(this JsonObject encounter)
    {
        var copy = (JsonObject)encounter.DeepClone();
        copy["insutype"] = "390";
        return copy;
    }
}
