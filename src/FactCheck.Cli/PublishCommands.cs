using FactCheck.Data;
using FactCheck.Publishing;

namespace FactCheck.Cli;

public static class PublishCommands
{
    /// <summary>`factcheck publish export DIR`: the whole public site as files, for hosting anywhere.</summary>
    public static async Task<int> Export(CliHost host, Commands.Context c)
    {
        var (a, o) = (c.Args, c.Out);
        var dir = a.Pos(2) ?? throw new UsageException("missing DIR");
        var db = host.Get<DbSession>();
        var options = host.Get<PublishingOptions>();
        var cards = await CardSql.Latest(db);
        var claims = Directory.CreateDirectory(Path.Combine(dir, "claims")).FullName;
        var files = 0;
        async Task Write(string path, string text) { Directory.CreateDirectory(Path.GetDirectoryName(path)!); await File.WriteAllTextAsync(path, text); files++; }
        await LongWork.Run(c, "cards exported", cards.Count, async progress =>
        {
        var done = 0;
        foreach (var latest in cards)
        {
            c.Stop.ThrowIfCancellationRequested();
            var versions = await CardSql.Versions(db, latest.Slug);
            foreach (var v in versions)
            {
                var card = await CardSql.Get(db, latest.Slug, v) ?? throw new InvalidOperationException($"card {latest.Slug} v{v} vanished");
                await Write(Path.Combine(claims, latest.Slug, $"v{v}", "index.html"), CardRenderer.Page(card, versions, options));
            }
            await Write(Path.Combine(claims, latest.Slug, "index.html"), CardRenderer.Page(latest, versions, options));
            await Write(Path.Combine(claims, latest.Slug + ".jsonld"), CardRenderer.JsonLd(latest, options));
            await File.WriteAllBytesAsync(Path.Combine(claims, latest.Slug + ".png"), ShareImage.Png(latest, options));
            files++;
            progress.Report(++done);
        }
        return done;
        });
        await Write(Path.Combine(claims, "index.html"), CardRenderer.Index(cards, options, 1, false, null, null));
        await Write(Path.Combine(claims, "feed.rss"), CardRenderer.Rss(cards.Take(50).ToList(), options));
        await Write(Path.Combine(claims, "feed.atom"), CardRenderer.Atom(cards.Take(50).ToList(), options));
        await Write(Path.Combine(claims, "claimreview.json"), CardRenderer.AllClaimReviews(cards, options));
        await Write(Path.Combine(dir, "sitemap.xml"), CardRenderer.Sitemap(cards, options));
        o.WriteLine($"exported {cards.Count} card(s), {files} file(s) to {Path.GetFullPath(dir)} for {options.BaseUrl}");
        return 0;
    }
}
