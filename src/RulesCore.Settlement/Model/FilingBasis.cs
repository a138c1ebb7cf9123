namespace RulesCore.Settlement.Model;

/// <summary>How a filing was supported.</summary>
public enum FilingBasis
{
    /// <summary>With materials (备案材料).</summary>
    Materials = 1,

    /// <summary>By personal commitment (个人承诺), materials not supplemented.</summary>
    Commitment = 2,

    /// <summary>By commitment, materials supplemented later (承诺后补齐材料).</summary>
    CommitmentSupplemented = 3,
}
