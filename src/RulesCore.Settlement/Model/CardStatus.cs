namespace RulesCore.Settlement.Model;

/// <summary>The state of the social security card (社保卡).</summary>
public enum CardStatus
{
    /// <summary>Usable.</summary>
    Valid = 1,

    /// <summary>The chip is damaged (芯片损坏).</summary>
    ChipDamaged = 2,

    /// <summary>Demagnetised (消磁).</summary>
    Demagnetized = 3,

    /// <summary>Lost (挂失).</summary>
    Lost = 4,

    /// <summary>No card issued.</summary>
    None = 5,
}
