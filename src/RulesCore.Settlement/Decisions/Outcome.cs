namespace RulesCore.Settlement.Decisions;

/// <summary>What the patient can expect at the desk, best to worst. A decision's outcome is the worst cap among its findings.</summary>
public enum Outcome
{
    /// <summary>Settled directly at the desk (直接结算); the patient pays only their share.</summary>
    Direct = 0,

    /// <summary>Settled directly, at a reduced reimbursement ratio (降低报销比例).</summary>
    DirectReducedRate = 1,

    /// <summary>Pay in full, then claim at the insured region (全额垫付, 回参保地手工报销).</summary>
    PayThenClaim = 2,

    /// <summary>Not reimbursed (不予报销).</summary>
    NotReimbursable = 3,
}
