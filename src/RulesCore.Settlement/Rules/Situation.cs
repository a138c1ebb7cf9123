namespace RulesCore.Settlement.Rules;

/// <summary>
/// The situations a visit can be in, as far as which rules can fire: where it happens relative to the insured pooling
/// region, and its setting — a chronic-condition visit, emergency care, or another setting (a stay, general outpatient
/// care). Each situation has a rule set of its own (the rules that can fire in it), so a session carries only those
/// rules.
/// </summary>
[Flags]
internal enum Situation
{
    Local = 1,
    IntraProvince = 2,
    CrossProvince = 4,
    OutOfRegion = IntraProvince | CrossProvince,
    AnyPlace = Local | OutOfRegion,
    Chronic = 8,
    Emergency = 16,
    OtherSetting = 32,
    NotChronic = Emergency | OtherSetting,
    AnySetting = Chronic | NotChronic,
    Any = AnyPlace | AnySetting,
}
