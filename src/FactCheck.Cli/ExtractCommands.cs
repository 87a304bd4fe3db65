using System.Text;
using System.Text.Json;
using FactCheck.Extraction;

namespace FactCheck.Cli;

public static class ExtractCommands
{
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Reads an article as UTF-8 (a path, or - for stdin); refuses binary files and other encodings with the reason.</summary>
    public static string ReadArticle(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var ms = new MemoryStream();
            Console.OpenStandardInput().CopyTo(ms);
            bytes = ms.ToArray();
        }
        else
        {
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            if (new FileInfo(path).Length > MaxBytes) throw new UsageException($"{path}: larger than {MaxBytes / 1024 / 1024} MB; split it into articles");
            bytes = File.ReadAllBytes(path);
        }
        var name = path == "-" ? "stdin" : path;
        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0) throw new UsageException($"{name}: looks binary (a NUL byte at offset {nul}); give UTF-8 text");
        try { return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException ex) { throw new UsageException($"{name}: not UTF-8 text (invalid bytes at offset {ex.Index}); convert it first, e.g. iconv -f latin1 -t utf-8"); }
    }

    static object Span(TextSpan s) => new { start = s.Start, end = s.End, text = s.Text };

    public static int Extract(Args a, TextWriter o, TextWriter err)
    {
        a.NoUnknown("json");
        var files = a.Positional.Skip(1).ToList();
        if (files.Count == 0) throw new UsageException("give one or more FILEs (or - for stdin)");
        var json = a.Has("json");
        foreach (var file in files)
        {
            var text = ReadArticle(file);
            var found = AttributionExtractor.Extract(text);
            if (json)
            {
                o.WriteLine(JsonSerializer.Serialize(new
                {
                    file,
                    attributions = found.Select(x => new
                    {
                        source = Span(x.Source), cue = Span(x.Cue), content = Span(x.Content), speaker = x.Speaker, speakerRole = x.SpeakerRole, channel = x.Channel,
                        quotes = x.Quotes.Select(Span), checkworthiness = x.CheckWorthiness, reasons = x.Reasons,
                    }),
                }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                continue;
            }
            o.WriteLine($"{file}: {found.Count} attribution(s)");
            if (text.Trim().Length == 0) err.WriteLine($"{file}: empty");
            var n = 0;
            foreach (var x in found)
            {
                o.WriteLine();
                o.WriteLine($"[{++n}] {x.Speaker}{(x.Channel is null ? "" : $" (via {x.Channel})")} — {x.Cue.Text}   check-worthiness {x.CheckWorthiness:0.00}");
                o.WriteLine(x.Source.Length > 0 ? $"    source:  {x.Source.Text}  [{x.Source.Start}..{x.Source.End})" : "    source:  (not named in the article)");
                o.WriteLine($"    content: {x.Content.Text}  [{x.Content.Start}..{x.Content.End})");
                foreach (var q in x.Quotes) o.WriteLine($"    quote:   “{q.Text}”");
                if (x.Reasons.Count > 0) o.WriteLine($"    why:     {string.Join("; ", x.Reasons)}");
            }
        }
        return 0;
    }
}

public static class IngestCommand
{
    public static async Task<int> Run(CliHost host, Args a, TextWriter o)
    {
        a.NoUnknown("title", "outlet", "published", "url", "all", "as");
        var file = a.Pos(1) ?? throw new UsageException("missing FILE (or - for stdin)");
        var text = ExtractCommands.ReadArticle(file);
        DateTimeOffset? published = null;
        if (a.Opt("published") is { } p)
            published = DateTimeOffset.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
                ? d.ToUniversalTime() : throw new UsageException($"--published must be a date such as 2022-12-19, not '{p}'");
        var actor = await host.Actor(a, required: false);
        var r = await host.Send(new FactCheck.Features.Articles.IngestArticle.Command(text, a.Opt("title"), a.Opt("outlet"), a.Opt("url"), published, a.Has("all"), Actor: actor));
        if (!r.Created)
        {
            o.WriteLine($"already ingested as article {r.ArticleId} on {r.StoredAt:yyyy-MM-dd HH:mm}Z; nothing created");
            return 0;
        }
        var skipped = r.Items.Count - r.Opened - r.Capped;
        o.WriteLine($"article {r.ArticleId} stored; {r.Items.Count} attribution(s): opened {r.Opened} claim(s)" +
                    (skipped > 0 ? $", {skipped} below check-worthiness {r.Threshold:0.00} not opened (--all opens them)" : "") +
                    (r.Capped > 0 ? $", {r.Capped} more not opened: at most {r.Cap} per article (FactCheck:Intake:MaxClaimsPerArticle)" : ""));
        foreach (var i in r.Items)
            o.WriteLine($"  {(i.ClaimId is { } id ? $"claim {id,-5}" : "  —       ")} {i.Attribution.CheckWorthiness:0.00}  {i.Attribution.Speaker}: {Short(i.Attribution.Content.Text, 80)}");
        return 0;
    }

    static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
