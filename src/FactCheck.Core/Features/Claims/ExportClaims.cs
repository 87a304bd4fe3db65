using CsvHelper;
using FactCheck.Data;
using FactCheck.Publishing;

namespace FactCheck.Features.Claims;

/// <summary>
/// The desk's claims as CSV (RFC 4180; the CLI's `claims export` and the queue's download): id, state, statement,
/// speaker, speaker kind, channel, rating and card URL of the latest published card, opened and updated (UTC). A cell
/// that a spreadsheet would run as a formula (starting = + - @) is written with a leading apostrophe.
/// </summary>
public static class ExportClaims
{
    public static readonly string[] Header = ["id", "state", "text", "speaker", "speaker_kind", "channel", "rating", "card_url", "created_at", "updated_at"];

    sealed class Row
    {
        public long Id { get; init; }
        public string State { get; init; } = "";
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string? SpeakerKind { get; init; }
        public string? Channel { get; init; }
        public string? Rating { get; init; }
        public string? Slug { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
    }

    /// <summary>Writes every claim (or those in one state), oldest first, in pages of 1,000; returns how many.</summary>
    public static async Task<int> Write(DbSession db, PublishingOptions links, TextWriter output, string? state, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        csv.WriteHeader(Header);
        long after = 0;
        var count = 0;
        while (true)
        {
            var rows = (await db.Query<Row>(db.Dialect.Page($"""
                select c.id, c.state, c.text, c.speaker, c.speaker_kind, c.channel, k.rating, k.slug, c.created_at, c.updated_at
                from claim c
                left join claim_card k on k.claim_id = c.id and k.version = (select max(k2.version) from claim_card k2 where k2.claim_id = c.id)
                where c.id > @after{(state is null ? "" : " and c.state = @state")}
                order by c.id
                """), new { after, state, Take = 1000, Skip = 0 }, ct)).ToList();
            if (rows.Count == 0) break;
            foreach (var r in rows)
            {
                csv.WriteRecord([r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.State, Safe(r.Text), Safe(r.Speaker), r.SpeakerKind ?? "",
                    Safe(r.Channel), r.Rating ?? "", r.Slug is null ? "" : links.CardUrl(r.Slug), Iso(r.CreatedAt), Iso(r.UpdatedAt)]);
                count++;
            }
            after = rows[^1].Id;
        }
        await csv.FlushAsync(ct);
        return count;
    }

    static string Iso(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");

    static string Safe(string? s) => string.IsNullOrEmpty(s) ? "" : s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
}
