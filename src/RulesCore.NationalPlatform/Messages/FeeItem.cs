namespace RulesCore.NationalPlatform.Messages;

/// <summary>One uploaded item of a fee detail upload (2204/2301 <c>output.result[]</c>).</summary>
public sealed record FeeItem
{
    /// <summary>Gets the item's serial number within the visit (<c>feedetl_sn</c> 费用明细流水号): the case item's code. Required.</summary>
    public required string Serial { get; init; }

    /// <summary>Gets the item's total amount in yuan (<c>det_item_fee_sumamt</c>). Required.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the charge level (<c>chrgitm_lv</c> 收费项目等级: <c>01</c> 甲, <c>02</c> 乙, <c>03</c> 丙), if given.</summary>
    public string? ChargeLevel { get; init; }

    /// <summary>Gets the amount paid fully by the patient (<c>fulamt_ownpay_amt</c> 全自费金额), if given.</summary>
    public decimal? FullOwnPay { get; init; }
}
