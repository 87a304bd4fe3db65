using FactCheck.Features.Claims;
using FactCheck.Publishing;
using FactCheck.Workflow;
using FluentValidation;

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

/// <summary>What a source says about itself, as added or corrected.</summary>
public interface ISourceFields
{
    string Url { get; }
    string Kind { get; }
    string? Title { get; }
    string? Passage { get; }
}

/// <summary>The one set of rules for a source's fields, included by adding and by correcting a source.</summary>
public sealed class SourceFieldsValidator : AbstractValidator<ISourceFields>
{
    public SourceFieldsValidator()
    {
        RuleFor(c => c.Url).NotEmpty().HttpUrl();
        RuleFor(c => c.Kind).Must(k => k is "primary" or "secondary").WithMessage("must be primary or secondary");
        RuleFor(c => c.Title).MaximumLength(500);
        RuleFor(c => c.Passage).MaximumLength(20_000);
    }
}
