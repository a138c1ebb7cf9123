namespace RulesCore.NationalPlatform.Messages;

/// <summary>
/// The registration or admission the HIS sent (2201 门诊挂号 <c>input.data</c>, 2401 入院办理 <c>input.mdtrtinfo</c>, or
/// the outpatient visit fields of 2203 <c>input.mdtrtinfo</c>): the fields a case needs. The credential number, names
/// and telephone numbers are never read.
/// </summary>
public sealed record EncounterRecord
{
    /// <summary>Gets the medical type (<c>med_type</c> 医疗类别): <c>11</c> 普通门诊, <c>13</c> 急诊, <c>14</c> 门诊慢特病, <c>21</c> 普通住院. Required.</summary>
    public required string MedicalType { get; init; }

    /// <summary>Gets the day of the visit or of admission (<c>begntime</c>; its time of day is dropped). Required.</summary>
    public required DateTime Start { get; init; }

    /// <summary>Gets the disease code (<c>dise_codg</c>): for a chronic visit, the condition's <c>opsp_dise_code</c>.</summary>
    public string? DiseaseCode { get; init; }

    /// <summary>Gets the kind of credential presented (<c>mdtrt_cert_type</c> 就诊凭证类型: <c>01</c> 电子凭证, <c>02</c> 身份证, <c>03</c> 社会保障卡).</summary>
    public string? CredentialType { get; init; }

    /// <summary>Gets the insurance type the visit is settled under (<c>insutype</c>), if given: it picks the person query's row.</summary>
    public string? InsuranceType { get; init; }

    /// <summary>Gets the path of the record's object in the document read (<c>input.data</c>, <c>input.mdtrtinfo</c>, or empty).</summary>
    internal string Prefix { get; init; } = string.Empty;
}
