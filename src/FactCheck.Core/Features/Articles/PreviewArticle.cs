using FactCheck.Data;
using FactCheck.Extraction;
using FactCheck.Search;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Articles;

/// <summary>
/// What ingesting an article would open, before anything is stored: its attributions and, for each, the claim already
/// checked or on the desk that says the same (ours first, then another organisation's) and the nearest related one.
/// </summary>
public static class PreviewArticle
{
    public sealed record Query(string Text) : IQuery<Result>;

    /// <param name="Same">Per attribution, the same claim already checked or on the desk, if any.</param>
    /// <param name="Related">Per attribution, the nearest related claim, if any.</param>
    public sealed record Result(IReadOnlyList<Attribution> Attributions, IReadOnlyList<ClaimMatches.Match?> Same, IReadOnlyList<ClaimMatches.Match?> Related);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Text).NotEmpty().WithMessage("paste the article text or choose a .txt file")
            .Must(t => t is null || t.Length <= 20_000_000).WithMessage("the article is longer than 20,000,000 characters; split it");
    }

    public sealed class Handler(DbSession db, ArticleExtractions extractions) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query q, CancellationToken ct)
        {
            var found = extractions.For(q.Text);
            var all = await ClaimMatches.FindAll(db, [.. found.Select(a => IngestArticle.ClaimText(a, found))], 5, ct);
            return new Result(found,
                [.. all.Select(ms => ms.Where(m => m.IsSame).OrderBy(m => m.Slug is not null ? 0 : m.IsExternal ? 1 : 2).FirstOrDefault())],
                [.. all.Select(ms => ms.FirstOrDefault(m => !m.IsSame))]);
        }
    }
}
