using Dapper;
using FactCheck.Data;
using FactCheck.Search;
using static FactCheck.Search.ClaimMatches;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// "Has this been checked already?" as the desk, the API and intake ask it: the claims on the desk and the other
/// fact-checkers' published verdicts that say the same thing as a claim or a text (<see cref="ClaimMatches"/> finds
/// and labels them).
/// </summary>
public static class SimilarClaims
{
    public sealed record Query(long ClaimId, int Limit = 5) : IQuery<IReadOnlyList<Match>>;

    /// <summary>Claims and fact-checks like a text not on the desk yet (an attribution in an article being ingested).</summary>
    public sealed record ForText(string Text, int Limit = 3) : IQuery<IReadOnlyList<Match>>;

    public sealed class ForTextHandler(DbSession db) : IQueryHandler<ForText, IReadOnlyList<Match>>
    {
        public async ValueTask<IReadOnlyList<Match>> Handle(ForText q, CancellationToken ct) =>
            await Find(db, q.Text, Embedder.Encode(Analyzer.Clean(q.Text)), null, q.Limit, ct);
    }

    /// <summary>The matches of several texts at once (an article's attributions), embedded in one batch.</summary>
    public sealed record ForTexts(IReadOnlyList<string> Texts, int Limit = 3) : IQuery<IReadOnlyList<IReadOnlyList<Match>>>;

    public sealed class ForTextsHandler(DbSession db) : IQueryHandler<ForTexts, IReadOnlyList<IReadOnlyList<Match>>>
    {
        public async ValueTask<IReadOnlyList<IReadOnlyList<Match>>> Handle(ForTexts q, CancellationToken ct) =>
            await FindAll(db, q.Texts, q.Limit, ct);
    }

    public sealed class ForTextsValidator : AbstractValidator<ForTexts>
    {
        public ForTextsValidator()
        {
            RuleFor(q => q.Texts).Must(t => t.Count <= 500).WithMessage("at most 500 texts at once");
            RuleForEach(q => q.Texts).NotEmpty().MaximumLength(10_000);
            RuleFor(q => q.Limit).InclusiveBetween(1, 50);
        }
    }

    public sealed class ForTextValidator : AbstractValidator<ForText>
    {
        public ForTextValidator()
        {
            RuleFor(q => q.Text).NotEmpty().WithMessage("give the claim's text").MaximumLength(10_000);
            RuleFor(q => q.Limit).InclusiveBetween(1, 50);
        }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Limit).InclusiveBetween(1, 50);
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Match>>
    {
        public async ValueTask<IReadOnlyList<Match>> Handle(Query q, CancellationToken ct) => await ForClaim(db, q.ClaimId, q.Limit, ct);
    }
}
