namespace RulesCore.Settlement.Model;

/// <summary>Why a filing was made (备案类别): three long-term and three temporary reasons.</summary>
public enum FilingReason
{
    /// <summary>Long-term: retiree resettled elsewhere (异地安置退休).</summary>
    RetireeResettlement = 1,

    /// <summary>Long-term: long-term resident elsewhere (异地长期居住).</summary>
    LongTermResident = 2,

    /// <summary>Long-term: resident worker elsewhere (常驻异地工作).</summary>
    ResidentWorker = 3,

    /// <summary>Temporary: referral (异地转诊).</summary>
    Referral = 4,

    /// <summary>Temporary: emergency (急诊抢救).</summary>
    Emergency = 5,

    /// <summary>Temporary: other temporary visit (其他临时外出就医).</summary>
    OtherTemporary = 6,
}
