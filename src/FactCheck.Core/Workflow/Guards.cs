using FactCheck.Data;
using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>The guards claim-review names. Each reads inside the transition's transaction and explains a refusal.</summary>
public static class Guards
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>
    {
        HasPrimarySource.Name_, HasCompleteVerdict.Name_, ApproverIsNotVerdictAuthor.Name_, ComparedWithPublishedCards.Name_, SpeakerIsNamed.Name_,
    };

    const string LatestVerdict = """
        select v.id, v.author_id, v.rating, v.summary,
               (select count(*) from verdict_source vs where vs.verdict_id = v.id) as cited
        from verdict v where v.claim_id = @Id and v.superseded_at is null order by v.id desc
        """;

    internal sealed class VerdictRow
    {
        public long Id { get; init; }
        public long AuthorId { get; init; }
        public string Rating { get; init; } = "";
        public string Summary { get; init; } = "";
        public long Cited { get; init; }
    }

    internal static async Task<VerdictRow?> Latest(DbSession db, long claimId, CancellationToken ct) =>
        (await db.Query<VerdictRow>(db.Dialect.Page(LatestVerdict), new { Id = claimId, Skip = 0, Take = 1 }, ct)).FirstOrDefault();

    public sealed class HasPrimarySource(DbSession db) : IGuard
    {
        public const string Name_ = "has_primary_source";
        public string Name => Name_;

        public async ValueTask<string?> Check(GuardContext c, CancellationToken ct) =>
            await db.Scalar<long>("select count(*) from source where claim_id = @Id and kind = 'primary' and removed_at is null", new { c.Instance.Id }, ct) > 0
                ? null
                : "no primary source is attached yet: add the original report, transcript or statement first";
    }

    public sealed class HasCompleteVerdict(DbSession db) : IGuard
    {
        public const string Name_ = "has_complete_verdict";
        public string Name => Name_;

        public async ValueTask<string?> Check(GuardContext c, CancellationToken ct)
        {
            var v = await Latest(db, c.Instance.Id, ct);
            if (v is null)
                return await db.Scalar<long>("select count(*) from verdict where claim_id = @Id", new { c.Instance.Id }, ct) > 0
                    ? "the last verdict was sent back: write a new verdict first"
                    : "no verdict has been written yet";
            var missing = new List<string>();
            if (!Ratings.IsKnown(v.Rating)) missing.Add("a rating on the desk's scale");
            if (string.IsNullOrWhiteSpace(v.Summary)) missing.Add("a summary");
            if (v.Cited == 0) missing.Add("at least one cited source");
            return missing.Count == 0 ? null : "the verdict lacks " + string.Join(", ", missing);
        }
    }

    /// <summary>
    /// A card says who made the claim: a speaker left blank, or left as the pronoun the article used where extraction could not tell
    /// whom it meant ("she" where only men were named), or left as a Q&amp;A's "A" where the article named no one interviewed, is named on
    /// the claim before a verdict goes up or out.
    /// </summary>
    public sealed class SpeakerIsNamed(DbSession db) : IGuard
    {
        public const string Name_ = "speaker_is_named";
        public string Name => Name_;

        public async ValueTask<string?> Check(GuardContext c, CancellationToken ct) =>
            Refusal(await db.Scalar<string>("select speaker from claim where id = @Id", new { c.Instance.Id }, ct));

        /// <summary>Why a speaker cannot go on a card, or null.</summary>
        public static string? Refusal(string? speaker) =>
            string.IsNullOrWhiteSpace(speaker) ? "the claim names no speaker: say who made it (Edit the claim as checked) first"
            : Extraction.Lexicon.Pronouns.Contains(speaker.Trim().ToLowerInvariant())
                ? $"the claim's speaker is “{speaker.Trim()}”, a pronoun the article never tied to a name: name who made the claim (Edit the claim as checked) first"
                // ("A: …" in a Q&A whose article names no one interviewed.)
                : speaker.Trim() is "A" or "Q" or "Answer" or "Question"
                    ? $"the claim's speaker is “{speaker.Trim()}”, a Q&A's label: name who answered (Edit the claim as checked) first"
                    : null;
    }

    public sealed class ApproverIsNotVerdictAuthor(DbSession db) : IGuard
    {
        public const string Name_ = "approver_is_not_verdict_author";
        public string Name => Name_;

        public async ValueTask<string?> Check(GuardContext c, CancellationToken ct)
        {
            var v = await Latest(db, c.Instance.Id, ct);
            return v is not null && c.Actor.UserId == v.AuthorId
                ? $"{c.Actor.Name} wrote this verdict; another editor must approve it (four-eyes rule)"
                : null;
        }
    }

    /// <summary>
    /// When a card on the same claim (a "same claim" match, not a related one) is already published, the approver says how this verdict relates to it (agrees,
    /// differs, supersedes), given as <c>{"relation": …}</c> with the fire and journaled with it: two cards on one
    /// statement, rated differently, never go out unnoticed.
    /// </summary>
    public sealed class ComparedWithPublishedCards(DbSession db) : IGuard
    {
        public const string Name_ = "compared_with_published_cards";
        public static readonly IReadOnlySet<string> Relations = new HashSet<string> { "agrees", "differs", "supersedes" };
        public string Name => Name_;

        public async ValueTask<string?> Check(GuardContext c, CancellationToken ct)
        {
            if (c.Payload == "-" || Relation(c.Payload) is { } given && Relations.Contains(given)) return null;
            var published = (await FactCheck.Search.ClaimMatches.ForClaim(db, c.Instance.Id, 5, ct)).Where(m => m.IsSame && m.Slug is not null).ToList();
            if (published.Count == 0) return null;
            return $"a card on a similar claim is already published ({string.Join(", ", published.Select(p => $"{p.Slug}, rated {Ratings.Find(p.Rating)?.Label ?? p.Rating}"))}): " +
                   "say whether this verdict agrees with it, differs from it or supersedes it (relation: agrees, differs or supersedes)";
        }

        public static string? Relation(string? payload)
        {
            if (string.IsNullOrWhiteSpace(payload) || payload == "-") return null;
            try { return System.Text.Json.Nodes.JsonNode.Parse(payload)?["relation"]?.GetValue<string>(); }
            catch (System.Text.Json.JsonException) { return null; }
        }
    }
}
