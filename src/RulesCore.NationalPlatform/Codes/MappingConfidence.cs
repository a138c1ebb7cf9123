namespace RulesCore.NationalPlatform.Codes;

/// <summary>
/// How well a mapping from the platform's messages to a case is supported — the letters of the mapping specification,
/// kept as they are. A case built with a mapping of <see cref="B"/> or <see cref="C"/> says so in its assumptions
/// (<see cref="PlatformAssumption"/>).
/// </summary>
public enum MappingConfidence
{
    /// <summary>Two or more independent public sources agree.</summary>
    A = 1,

    /// <summary>One public source.</summary>
    B,

    /// <summary>Inferred: no source states it.</summary>
    C,
}
