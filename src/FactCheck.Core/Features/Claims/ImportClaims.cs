using FactCheck.Workflow;
using System.Globalization;
using CsvHelper;
using FactCheck.Data;
using FactCheck.Publishing;
using FactCheck.Search;
using FactCheck.Workflows;
using Mediator;

namespace FactCheck.Features.Claims;

/// <summary>
/// Claims in bulk from a CSV or TSV file with a header row (RFC 4180 quoting): <c>text</c> required; <c>speaker</c>,
/// <c>channel</c>, <c>url</c> (where the claim appeared) and <c>published</c> (when) optional, in any order. Every row is
/// checked first; a bad row is reported with its line number and nothing is imported, unless bad rows are to be skipped.
/// Each good row opens a claim through <see cref="Workflow.ClaimOpening.Open"/>, as any claim opens (indexed and embedded; the
/// embeddings of a batch computed together), in transactions of <see cref="Batch"/> rows. Rows with a URL hang on one
/// article per URL, whose text is the imported claims (so the claim page can show the words it rests on).
/// </summary>
public static class ImportClaims
{
    public const int Batch = 200, MaxRows = 100_000;

    public sealed record Row(int Line, string Text, string? Speaker, string? Channel, string? Url, DateTimeOffset? Published);
    public sealed record BadRow(int Line, string Message);

    public sealed record Command(IReadOnlyList<Row> Rows, Actor? Actor, IProgress<int>? Progress = null) : ICommand<Result>;
    public sealed record Result(int Opened, long FirstId, long LastId);

    static readonly string[] Columns = ["text", "speaker", "channel", "url", "published"];

    /// <summary>Reads and checks every row: the good ones and the bad ones with their line numbers.</summary>
    public static (List<Row> Good, List<BadRow> Bad) Read(TextReader reader, string name, char? separator = null)
    {
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { Separator = separator, DetectSeparatorHint = separator is null, HasHeader = true, TrackLineNumbers = true }, true);
        var good = new List<Row>();
        var bad = new List<BadRow>();
        if (!csv.Read())
        {
            if (csv.Headers.Count == 0) throw new InputException(name, "is empty: the first line names the columns (text, and optionally speaker, channel, url, published)");
            return (good, bad);
        }
        var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var unknown = headers.Where(h => !Columns.Contains(h)).ToList();
        if (!headers.Contains("text"))
            throw new InputException(name, $"line 1: no 'text' column (found: {string.Join(", ", headers)}); the columns are text, speaker, channel, url, published");
        if (unknown.Count > 0) throw new InputException(name, $"line 1: unknown column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the columns are text, speaker, channel, url, published");
        int Col(string c) => headers.IndexOf(c);
        do
        {
            var line = (int)csv.LineNumber;
            string? Get(string c) => Col(c) is var i and >= 0 && i < csv.FieldCount && csv.GetString(i).Trim() is { Length: > 0 } v ? v : null;
            if (good.Count + bad.Count >= MaxRows) throw new InputException(name, $"more than {MaxRows:N0} rows; split the file");
            if (csv.FieldCount != headers.Count) { bad.Add(new(line, $"{csv.FieldCount} fields where the header has {headers.Count} (a quote not closed, or a separator in an unquoted field?)")); continue; }
            var text = Get("text");
            var url = Get("url");
            var published = Get("published");
            DateTimeOffset? when = null;
            var problems = new List<string>();
            if (text is null) problems.Add("text is empty");
            else if (text.Length > 10_000) problems.Add($"text has {text.Length:N0} characters, at most 10,000");
            if (Get("speaker") is { Length: > 300 }) problems.Add("speaker is longer than 300 characters");
            if (Get("channel") is { Length: > 300 }) problems.Add("channel is longer than 300 characters");
            if (url is not null && !SafeUrls.IsHttp(url)) problems.Add($"url '{(url.Length > 60 ? url[..60] + "…" : url)}' {SafeUrls.Message}");
            if (published is not null)
            {
                if (DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)) when = d;
                else problems.Add($"published '{published}' is not a date (use 2026-11-30 or 2026-11-30T14:00:00Z)");
            }
            if (problems.Count > 0) bad.Add(new(line, string.Join("; ", problems)));
            else good.Add(new Row(line, text!, Get("speaker"), Get("channel"), url, when));
        }
        while (csv.Read());
        return (good, bad);
    }

    public sealed class Handler(DbSession db, WorkflowEngine engine, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            long first = 0, last = 0;
            var articles = new Dictionary<string, (long Id, string Body)>(StringComparer.Ordinal);
            for (var start = 0; start < cmd.Rows.Count; start += Batch)
            {
                ct.ThrowIfCancellationRequested(); // Ctrl+C stops between batches; the command's transaction then writes nothing
                var rows = cmd.Rows.Skip(start).Take(Batch).ToList();
                var vectors = Embedder.Encode([.. rows.Select(r => r.Text)]);
                await using var tx = await db.BeginAsync(ct);
                for (var i = 0; i < rows.Count; i++)
                {
                    var r = rows[i];
                    long? articleId = null;
                    int? spanStart = null, spanEnd = null;
                    if (r.Url is not null)
                    {
                        // One article per URL: its text is the claims imported from it, one paragraph each.
                        if (!articles.TryGetValue(r.Url, out var a))
                        {
                            var body = string.Join("\n\n", cmd.Rows.Where(x => x.Url == r.Url).Select(x => x.Text).Distinct());
                            var hash = Articles.IngestArticle.ContentHash("import\n" + r.Url + "\n" + body);
                            var id = await db.Scalar<long?>("select id from article where content_hash = @hash", new { hash }, ct)
                                ?? await db.Insert("article", "title, outlet, url, published_at, body, content_hash, created_at",
                                    "null, null, @Url, @Published, @body, @hash, @Now", new { r.Url, r.Published, body, hash, Now = clock.GetUtcNow() }, ct);
                            articles[r.Url] = a = (id, body);
                        }
                        articleId = a.Id;
                        var at = a.Body.IndexOf(r.Text, StringComparison.Ordinal);
                        if (at >= 0) (spanStart, spanEnd) = (at, at + r.Text.Length);
                    }
                    var opened = await ClaimOpening.Open(db, engine, clock,
                        new ClaimOpening.NewClaim(r.Text, r.Speaker, r.Channel, ArticleId: articleId, SpanStart: spanStart, SpanEnd: spanEnd, Actor: cmd.Actor), ct, vectors[i]);
                    if (first == 0) first = opened.Id;
                    last = opened.Id;
                }
                await tx.CommitAsync();
                cmd.Progress?.Report(start + rows.Count);
            }
            return new Result(cmd.Rows.Count, first, last);
        }
    }
}
