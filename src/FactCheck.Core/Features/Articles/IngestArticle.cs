using FactCheck.Workflow;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Data;
using FactCheck.Extraction;
using FactCheck.Features.Claims;
using FactCheck.Publishing;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Articles;

/// <summary>
/// Stores an article (once: deduplicated by a normalised content hash) and opens one claim per attribution worth
/// checking, linked to its span. Attributions below the check-worthiness threshold are listed but not opened unless
/// <see cref="Command.All"/>; <see cref="Command.Selected"/> opens exactly the chosen ones (the desk's ingest page).
/// </summary>
public static partial class IngestArticle
{
    public sealed record Command(string Text, string? Title = null, string? Outlet = null, string? Url = null, DateTimeOffset? PublishedAt = null,
        bool All = false, int[]? Selected = null, Actor? Actor = null) : ICommand<Result>;

    public sealed record Item(int Index, Attribution Attribution, long? ClaimId);
    public sealed record Result(long ArticleId, bool Created, DateTimeOffset StoredAt, double Threshold, IReadOnlyList<Item> Items)
    {
        public int Opened => Items.Count(i => i.ClaimId is not null);
        /// <summary>Attributions that would have been opened but were left listed only, past <see cref="IntakeOptions.MaxClaimsPerArticle"/>.</summary>
        public int Capped { get; init; }
        public int Cap { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).NotEmpty().WithMessage("the article is empty")
                .Must(t => t is null || t.Length <= 20_000_000).WithMessage("the article is longer than 20,000,000 characters; split it");
            RuleFor(c => c.Title).MaximumLength(500);
            RuleFor(c => c.Outlet).MaximumLength(200);
            RuleFor(c => c.Url).HttpUrl();
        }
    }

    sealed class Existing
    {
        public long Id { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock, IntakeOptions options, ArticleExtractions extractions) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var found = extractions.For(cmd.Text); // extracted once when the desk previewed it
            var hash = ContentHash(cmd.Text);
            var existing = await db.QuerySingleOrDefault<Existing>("select id, created_at from article where content_hash = @hash", new { hash }, ct);
            if (existing is not null)
                return new Result(existing.Id, false, existing.CreatedAt, options.MinCheckworthiness, found.Select((a, i) => new Item(i + 1, a, null)).ToList());
            var now = clock.GetUtcNow();
            var articleId = await db.Insert("article", "title, outlet, url, published_at, body, content_hash, created_at",
                "@Title, @Outlet, @Url, @PublishedAt, @Text, @hash, @now", new { cmd.Title, cmd.Outlet, cmd.Url, cmd.PublishedAt, cmd.Text, hash, now }, ct);
            var items = new List<Item>();
            int opened = 0, capped = 0;
            for (var i = 0; i < found.Count; i++)
            {
                var a = found[i];
                var open = cmd.Selected is not null ? cmd.Selected.Contains(i + 1) : cmd.All || a.CheckWorthiness >= options.MinCheckworthiness;
                // A cap per article: one pasted book or a hostile upload must not open tens of thousands of claims in one transaction.
                if (open && opened >= options.MaxClaimsPerArticle) { open = false; capped++; }
                if (open) opened++;
                long? claimId = null;
                var claim = new ClaimOpening.NewClaim(ClaimText(a, found), a.Speaker, a.Channel, a.Quotes.FirstOrDefault()?.Text,
                    articleId, a.Content.Start, a.Content.End, Actor: cmd.Actor, SpeakerRole: a.SpeakerRole, SpeakerKind: a.SpeakerKind);
                // An attribution that breaks a claim's rules (a "speaker" of 400 characters from odd copy) is listed, not opened:
                // the rest of the article still comes in.
                if (open && ClaimOpening.Problems(claim).Count > 0) { open = false; opened--; }
                if (open) claimId = (await ClaimOpening.Open(db, engine, clock, claim, ct)).Id;
                items.Add(new Item(i + 1, a, claimId));
            }
            return new Result(articleId, true, now, options.MinCheckworthiness, items) { Capped = capped, Cap = options.MaxClaimsPerArticle };
        }
    }

    /// <summary>
    /// The claim as a reader would state it, proposed from the extracted content: without its leading "that", and with the
    /// reporter's opening pronoun turned into the speaker ("that his meeting …" by Lukashenko → "Lukashenko's meeting …"),
    /// so reported speech reads as a neutral statement. A checker edits it further on the desk.
    /// </summary>
    /// <param name="article">The article's other attributions: where another speaker has the same short name ("Leila Nasser" and
    /// "Sami Nasser"), "his parents" opens as "Sami Nasser’s parents", not "Nasser’s parents".</param>
    public static string ClaimText(Attribution a, IReadOnlyList<Attribution>? article = null)
    {
        var t = a.Content.Text;
        // "The driver fled south, police said, and struck two cars": the sentence without the reporter's ", police said,".
        if (a.Quotes.Count == 0 && Math.Min(a.Source.Length > 0 ? a.Source.Start : a.Cue.Start, a.Cue.Start) is var from && from > a.Content.Start
            && Math.Max(a.Source.End, a.Cue.End) is var to && to < a.Content.End)
            t = t[..(from - a.Content.Start)].TrimEnd(' ', ',') + " " + t[(to - a.Content.Start)..].TrimStart(' ', ',');
        // (": “There will always be exceptions”" read after a colon: the colon is the reporter's.)
        t = t.TrimStart(':', ';', ',', ' ');
        if (t.StartsWith("that ", StringComparison.OrdinalIgnoreCase)) t = t[5..];
        // A quotation on its own reads without its marks and the comma before "she said".
        if (t.Length > 2 && t[0] is '“' or '"' && t.IndexOfAny(['“', '”', '"'], 1) == t.Length - 1) t = t[1..^1].TrimEnd(',', ' ');
        // “We will cut taxes,” said Mayor Smith. “Every one of them.”: one quotation that the reporter interrupted to say who
        // spoke reads as the speaker's words alone.
        else if (Interrupted(a)) t = Joined(a.Quotes);
        t = Neutral(t, a.Speaker, article);
        return t.Length > 0 ? char.ToUpperInvariant(t[0]) + t[1..] : t;
    }

    /// <summary>Whether the content is quotations with only the cue and who spoke between them ("said Mayor Smith", "she said,").</summary>
    static bool Interrupted(Attribution a)
    {
        var t = a.Content.Text;
        if (a.Quotes.Count < 2 || t.Length < 2 || t[0] is not ('“' or '"') || t[^1] is not ('”' or '"')) return false;
        if (a.Cue.Start < a.Content.Start || a.Cue.End > a.Content.End) return false;
        var outside = new StringBuilder();
        var at = a.Content.Start;
        foreach (var q in a.Quotes.OrderBy(q => q.Start))
        {
            if (q.Start > at) outside.Append(a.Content.Text.AsSpan(at - a.Content.Start, q.Start - at)).Append(' ');
            at = Math.Max(at, q.End);
        }
        if (at < a.Content.End) outside.Append(a.Content.Text.AsSpan(at - a.Content.Start));
        char[] separators = [' ', '“', '”', '"', ',', '.', '\n'];
        var words = outside.ToString().Split(separators, StringSplitOptions.RemoveEmptyEntries);
        var cue = a.Cue.Text.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 16 && words.Any(w => cue.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The quotations as one: "We will cut taxes," + "and we will" → "We will cut taxes and we will"; "… by a third," +
    /// "Every one …" → "… by a third. Every one …".</summary>
    static string Joined(IReadOnlyList<TextSpan> quotes)
    {
        var sb = new StringBuilder();
        foreach (var q in quotes.OrderBy(q => q.Start))
        {
            var piece = q.Text.Trim();
            if (piece.Length == 0) continue;
            if (sb.Length > 0)
            {
                while (sb.Length > 0 && sb[^1] is ',' or ' ') sb.Length--;
                if (!char.IsLower(piece[0]) && sb.Length > 0 && sb[^1] is not ('.' or '!' or '?' or ';' or ':')) sb.Append('.');
                sb.Append(' ');
            }
            sb.Append(piece);
        }
        return sb.ToString().TrimEnd(',', ' ');
    }

    static string Neutral(string text, string? speaker, IReadOnlyList<Attribution>? article)
    {
        var kind = SpeakerKinds.Kind(speaker);
        // "Ana Silva’s spokesperson" saying "that she would …": she may be either; the checker decides.
        if (kind is null || speaker is null || SpeakerKinds.IsSomeones(speaker)) return text;
        var space = text.IndexOf(' ');
        if (space <= 0) return text;
        var first = text[..space].ToLowerInvariant();
        if (first is not ("his" or "her" or "its" or "their" or "he" or "she" or "it" or "they")) return text;
        var rest = text[space..];
        var name = SpeakerKinds.ShortName(speaker, kind);
        if (article is not null && article.Any(o => o.Speaker != speaker && SpeakerKinds.Kind(o.Speaker) == kind && SpeakerKinds.ShortName(o.Speaker, kind) == name)) name = speaker;
        // "union" for "it warned …": "the union warned …" (a description, not a name).
        if (name.Length > 0 && char.IsLower(name[0])) name = "the " + name;
        return (kind, first) switch
        {
            (SpeakerKinds.Person, "his" or "her") or (SpeakerKinds.Organization, "its" or "their") => name + "’s" + rest,
            (SpeakerKinds.Person, "he" or "she") or (SpeakerKinds.Organization, "it" or "they") => name + rest,
            _ => text,
        };
    }

    /// <summary>SHA-256 of the text with Unicode normalised (NFKC), case folded and whitespace collapsed, so re-sent copies match.</summary>
    public static string ContentHash(string text)
    {
        var normal = Whitespace().Replace(text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture), " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary><c>FactCheck:Intake</c>: which extracted attributions become claims by default.</summary>
public sealed class IntakeOptions
{
    public double MinCheckworthiness { get; set; } = 0.4;
    /// <summary>At most this many claims are opened from one article; the rest are listed, not opened.</summary>
    public int MaxClaimsPerArticle { get; set; } = 200;
}
