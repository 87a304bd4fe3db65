using FactCheck.Features.Claims;
using FactCheck.Workflow;

namespace FactCheck.Features.Sources;

/// <summary>When the evidence may change: up to review; frozen from editor approval on (send the verdict back first).</summary>
public static class SourceRules
{
    public static void RequireOpen(ClaimSql.ClaimRow claim, string doing)
    {
        if (ClaimWorkflow.States.EvidenceFrozen.Contains(claim.State))
            throw new RefusedException([claim.State == ClaimWorkflow.States.EditorApproval
                ? $"sources cannot be {doing} while the verdict awaits an editor's approval: the editor approves the evidence as it is; send the verdict back (or withdraw it to revise) first"
                : $"claim {claim.Id} is {claim.State}: its sources can no longer be {doing}"]);
    }
}
