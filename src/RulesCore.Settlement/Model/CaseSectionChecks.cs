using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>The checks of each section of a case: the person, filings, qualifications, hospital and encounter.</summary>
internal static class CaseSectionChecks
{
    internal static void ValidatePerson(InsuranceAccount? person, UnknownFactSet unknown, ref ValidationErrors errors)
    {
        if (person is null)
        {
            errors.Add("person", InputErrorCodes.Required, "缺少参保人信息。", "The insured person's account is required.");
            return;
        }

        CaseFieldChecks.Text(person.Name, new ValidationPath("person.name"), ref errors);
        CaseFieldChecks.Text(person.IdNumber, new ValidationPath("person.idNumber"), ref errors);
        CaseFieldChecks.Region(person.InsuredRegion, new ValidationPath("person.insuredRegion"), ref errors);
        CaseFieldChecks.Enum(person.Scheme, new ValidationPath("person.scheme"), ref errors);
        if (!unknown.Has(FactKind.Card))
        {
            CaseFieldChecks.Enum(person.Card, new ValidationPath("person.card"), ref errors);
        }
        else if (person.Card != default)
        {
            UnknownFactSet.Given(FactPaths.Card, ref errors);
        }

        GivenIfTrue(person.IdentityVerified, FactKind.IdentityVerified, FactPaths.IdentityVerified, unknown, ref errors);
        GivenIfTrue(person.EVoucherActivated, FactKind.EVoucherActivated, FactPaths.EVoucherActivated, unknown, ref errors);
        GivenIfTrue(person.PersonalAccountPaymentEnabled, FactKind.PersonalAccountPaymentEnabled, FactPaths.PersonalAccountPaymentEnabled, unknown, ref errors);
        if (unknown.Has(FactKind.Contribution))
        {
            if (person.Contribution is not null)
            {
                UnknownFactSet.Given(FactPaths.Contribution, ref errors);
            }
        }
        else if (person.Contribution is null)
        {
            errors.Add("person.contribution", InputErrorCodes.Required, "缺少缴费状态。", "The contribution status is required.");
        }
        else
        {
            CaseFieldChecks.Enum(person.Contribution.Status, new ValidationPath("person.contribution.status"), ref errors);
            CaseFieldChecks.OptionalDate(person.Contribution.BenefitsResumeOn, new ValidationPath("person.contribution.benefitsResumeOn"), ref errors);
        }
    }

    private static void GivenIfTrue(bool value, FactKind kind, string path, UnknownFactSet unknown, ref ValidationErrors errors)
    {
        if (value && unknown.Has(kind))
        {
            UnknownFactSet.Given(path, ref errors);
        }
    }

    internal static void ValidateFilings(IReadOnlyList<Filing>? filings, bool unknown, ref ValidationErrors errors)
    {
        if (filings is null)
        {
            errors.Add("filings", InputErrorCodes.Required, "缺少备案列表（可以为空列表）。", "The filings list is required (it may be empty).");
            return;
        }

        if (unknown && filings.Count > 0)
        {
            UnknownFactSet.Given(FactPaths.Filings, ref errors);
            return;
        }

        if (CaseFieldChecks.Size(filings.Count, CaseLimits.MaxFilings, "filings", ref errors))
        {
            return;
        }

        HashSet<string>? ids = filings.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < filings.Count; i++)
        {
            var filing = filings[i];
            if (filing is null)
            {
                errors.Add(new ValidationPath("filings", i).ToString(), InputErrorCodes.Required, "这里需要一条备案，不能为 null。", "A filing is required here, not null.");
                continue;
            }

            if (CaseFieldChecks.Id(filing.Id, "备案 id", "filing id", new ValidationPath("filings", i, ".id"), ref errors)
                && (ids is not null ? !ids.Add(filing.Id) : SeenBefore(filings, i)))
            {
                errors.Add(new ValidationPath("filings", i, ".id").ToString(), InputErrorCodes.DuplicateId, "另一条备案的 id 与此相同。", "Another filing has the same id.");
            }

            CaseFieldChecks.Enum(filing.Reason, new ValidationPath("filings", i, ".reason"), ref errors);
            CaseFieldChecks.Enum(filing.Status, new ValidationPath("filings", i, ".status"), ref errors);
            CaseFieldChecks.Enum(filing.Basis, new ValidationPath("filings", i, ".basis"), ref errors);
            CaseFieldChecks.Region(filing.DestinationRegion, new ValidationPath("filings", i, ".destinationRegion"), ref errors);
            CaseFieldChecks.Range(filing.ValidFrom, filing.ValidUntil, new ValidationPath("filings", i, ".validFrom"), new ValidationPath("filings", i, ".validUntil"), ref errors);
        }
    }

    private static bool SeenBefore(IReadOnlyList<Filing> filings, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (filings[k] is { } other && string.Equals(other.Id, filings[index].Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static void ValidateQualifications(IReadOnlyList<Qualification>? qualifications, UnknownFactSet unknown, ref ValidationErrors errors)
    {
        if (qualifications is null)
        {
            errors.Add("qualifications", InputErrorCodes.Required, "缺少待遇资格列表（可以为空列表）。", "The qualifications list is required (it may be empty).");
            return;
        }

        if (qualifications.Count > 0 && unknown.Has(FactKind.Qualifications))
        {
            UnknownFactSet.Given(FactPaths.Qualifications, ref errors);
            return;
        }

        if (CaseFieldChecks.Size(qualifications.Count, CaseLimits.MaxFilings, "qualifications", ref errors))
        {
            return;
        }

        for (var i = 0; i < qualifications.Count; i++)
        {
            var qualification = qualifications[i];
            if (qualification is null)
            {
                errors.Add(new ValidationPath("qualifications", i).ToString(), InputErrorCodes.Required, "这里需要一条待遇资格，不能为 null。", "A qualification is required here, not null.");
                continue;
            }

            CaseFieldChecks.Condition(qualification.Condition, new ValidationPath("qualifications", i, ".condition"), ref errors);
            if (qualification.DesignatedHospitals is not null && !unknown.IsEmpty && unknown.Has(FactKind.DesignatedHospitals, i))
            {
                UnknownFactSet.Given(FactPaths.DesignatedHospitals(i), ref errors);
            }
            if (qualification.DesignatedHospitals is { } designated && !CaseFieldChecks.Size(designated.Count, CaseLimits.MaxFilings, new ValidationPath("qualifications", i, ".designatedHospitals").ToString(), ref errors))
            {
                for (var k = 0; k < designated.Count; k++)
                {
                    CaseFieldChecks.Id(designated[k], "医院 id", "hospital id", new ValidationPath(new ValidationPath("qualifications", i, ".designatedHospitals").ToString(), k), ref errors);
                }
            }

            CaseFieldChecks.Range(qualification.ValidFrom, qualification.ValidUntil, new ValidationPath("qualifications", i, ".validFrom"), new ValidationPath("qualifications", i, ".validUntil"), ref errors);
        }
    }

    internal static void ValidateHospital(Hospital? hospital, string path, bool servicesUnknown, ref ValidationErrors errors)
    {
        if (hospital is null)
        {
            errors.Add(path, InputErrorCodes.Required, "缺少医院信息。", "The hospital is required.");
            return;
        }

        CaseFieldChecks.Id(hospital.Id, "医院 id", "hospital id", new ValidationPath(path, ".id"), ref errors);
        CaseFieldChecks.Text(hospital.Name, new ValidationPath(path, ".name"), ref errors);

        CaseFieldChecks.Region(hospital.Region, new ValidationPath(path, ".region"), ref errors);
        var services = hospital.CrossRegionServices;
        if (servicesUnknown)
        {
            if (services is not null)
            {
                UnknownFactSet.Given(FactPaths.CrossRegionServices, ref errors);
            }

            return;
        }

        if (services is null)
        {
            errors.Add(new ValidationPath(path, ".crossRegionServices").ToString(), InputErrorCodes.Required, "缺少医院开通的异地就医服务。", "The hospital's cross-region services are required.");
            return;
        }

        if (services.ChronicConditions is null)
        {
            errors.Add(new ValidationPath(path, ".crossRegionServices.chronicConditions").ToString(), InputErrorCodes.Required, "缺少已开通病种列表（可以为空列表）。", "The list of opened conditions is required (it may be empty).");
            return;
        }

        if (CaseFieldChecks.Size(services.ChronicConditions.Count, CaseLimits.MaxFilings, new ValidationPath(path, ".crossRegionServices.chronicConditions"), ref errors))
        {
            return;
        }

        for (var i = 0; i < services.ChronicConditions.Count; i++)
        {
            CaseFieldChecks.Condition(services.ChronicConditions[i], new ValidationPath(path, ".crossRegionServices.chronicConditions", i), ref errors);
        }
    }

    internal static void ValidateEncounter(Encounter? encounter, UnknownFactSet unknown, ref ValidationErrors errors)
    {
        if (encounter is null)
        {
            errors.Add("encounter", InputErrorCodes.Required, "缺少就诊信息。", "The encounter is required.");
            return;
        }

        CaseFieldChecks.Enum(encounter.Setting, new ValidationPath("encounter.setting"), ref errors);
        CaseFieldChecks.Range(encounter.Date, encounter.DischargeDate, new ValidationPath("encounter.date"), new ValidationPath("encounter.dischargeDate"), ref errors);
        if (encounter.Setting == CareSetting.ChronicOutpatient && encounter.Condition is null)
        {
            errors.Add("encounter.condition", InputErrorCodes.ConditionRequired, "门诊慢特病就诊必须填写病种。", "A chronic outpatient visit must name its condition.");
        }
        else if (encounter.Condition is not null)
        {
            CaseFieldChecks.Condition(encounter.Condition, new ValidationPath("encounter.condition"), ref errors);
        }

        if (encounter.Items is null)
        {
            errors.Add("encounter.items", InputErrorCodes.Required, "缺少费用项目列表（可以为空列表）。", "The items list is required (it may be empty).");
            return;
        }

        if (CaseFieldChecks.Size(encounter.Items.Count, CaseLimits.MaxItems, "encounter.items", ref errors))
        {
            return;
        }

        for (var i = 0; i < encounter.Items.Count; i++)
        {
            var item = encounter.Items[i];
            if (item is null)
            {
                errors.Add(new ValidationPath("encounter.items", i).ToString(), InputErrorCodes.Required, "这里需要一个费用项目，不能为 null。", "An item is required here, not null.");
                continue;
            }

            CaseFieldChecks.Id(item.Code, "项目编码", "item code", new ValidationPath("encounter.items", i, ".code"), ref errors);
            CaseFieldChecks.Text(item.Description, new ValidationPath("encounter.items", i, ".description"), ref errors);
            if (item.InCatalog && !unknown.IsEmpty && unknown.Has(FactKind.ItemInCatalog, i))
            {
                UnknownFactSet.Given(FactPaths.ItemInCatalog(i), ref errors);
            }

            if (item.Amount < 0 || item.Amount > CaseLimits.MaxAmount)
            {
                errors.Add(new ValidationPath("encounter.items", i, ".amount").ToString(), InputErrorCodes.OutOfRange, "金额应在 0 到 1,000,000,000 之间。", "The amount must be between 0 and 1,000,000,000.");
            }
        }
    }
}
