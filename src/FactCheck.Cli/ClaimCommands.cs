using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Features.Sources;
using FactCheck.Features.Users;
using FactCheck.Features.Verdicts;

namespace FactCheck.Cli;

public static class ClaimCommands
{
    public static async Task<int> Add(CliHost host, Args a, TextWriter o)
    {
        var actor = await host.Actor(a, required: false);
        var r = await host.Send(new AddClaim.Command(a.Required("text"), a.Opt("speaker"), a.Opt("channel"), a.Opt("quote"),
            ArticleId: a.Opt("article") is null ? null : a.Int("article"), Priority: a.Int("priority") ?? 0, Actor: actor,
            SpeakerKind: a.Opt("speaker-kind"), Evidence: a.Opt("evidence")));
        o.WriteLine($"claim {r.Id} opened in '{r.State}' (claim-review v{r.WorkflowVersion})");
        return 0;
    }

    public static async Task<int> Report(CliHost host, Args a, TextWriter o)
    {
        var r = await host.Send(new DeskReport.Query(a.Int("days") ?? 30));
        if (a.Has("json")) return JsonOut.Write(o, r);
        static string Span(TimeSpan? t) => t is { } x ? $"{x.TotalHours:F1} h" : "—";
        o.WriteLine($"desk report {r.Since:yyyy-MM-dd HH:mm} – {r.Now:yyyy-MM-dd HH:mm} UTC");
        o.WriteLine($"opened {r.Opened}, published {r.Published} (intake to publication: median {Span(r.MedianToPublish)}, 90th percentile {Span(r.P90ToPublish)}), corrected {r.Corrected}, sent back {r.SentBack}, archived {r.Archived}, unverifiable {r.Unverifiable}");
        if (r.Ratings.Count > 0) o.WriteLine("ratings: " + string.Join(", ", r.Ratings.Select(c => $"{c.Name} {c.N}")));
        foreach (var p in r.People) o.WriteLine($"  {p.Name,-20} verdicts {p.Verdicts,4}  approved {p.Approved,4}  sent back {p.SentBack,4}");
        foreach (var q in r.Queue) o.WriteLine($"  open in {q.State,-16} {q.Claims,6}  overdue {q.Overdue,5}  oldest since {q.Oldest:yyyy-MM-dd}");
        return 0;
    }

    public static async Task<int> List(CliHost host, Args a, TextWriter o)
    {
        long? assignee = null;
        var unassigned = false;
        if (a.Opt("assignee") is { } who)
        {
            if (who == "none") unassigned = true;
            else assignee = (await UserSql.ActorByName(host.Get<DbSession>(), who)).UserId;
        }
        var r = await host.Send(new ListClaims.Query(a.Opt("state"), a.Opt("queue"), assignee, unassigned, a.Int("page") ?? 1, a.Int("page-size") ?? 50, Words: a.Opt("words")));
        if (a.Has("json")) return JsonOut.Write(o, new { items = r.Items, page = r.Page, hasMore = r.HasMore });
        if (r.Items.Count == 0) o.WriteLine("no claims");
        foreach (var c in r.Items)
            o.WriteLine($"{c.Id,6}  {c.State,-16} p{c.Priority} {(c.DueAt is { } d ? "due " + d.ToString("yyyy-MM-dd HH:mm") : ""),-21} {c.AssigneeName ?? "-",-12} {c.Speaker ?? "?"}: {Short(c.Text, 70)}");
        if (r.HasMore) o.WriteLine($"more: --page {r.Page + 1}");
        return 0;
    }

    public static async Task<int> Show(CliHost host, Args a, TextWriter o)
    {
        var id = a.Id(2, "claim ID");
        var actor = a.Opt("as") is not null || Environment.GetEnvironmentVariable("FACTCHECK_USER") is not null ? await host.Actor(a) : null;
        var r = await host.Send(new GetClaim.Query(id, actor));
        if (a.Has("json")) return JsonOut.Write(o, new { claim = r.Claim, sources = r.Sources, verdicts = r.History, sentBack = r.SentBack, journal = r.Journal, triggers = actor is null ? null : r.Triggers });
        var c = r.Claim;
        o.WriteLine($"claim {c.Id}  [{c.State}]  version {c.RowVersion}  {c.WorkflowId} v{c.WorkflowVersion}  priority {c.Priority}{(c.HasIncident ? "  INCIDENT" : "")}");
        o.WriteLine($"  statement: {c.Text}");
        o.WriteLine($"  speaker:  {c.Speaker ?? "-"}{(c.SpeakerRole is null ? "" : $", {c.SpeakerRole}")}{(c.SpeakerKind is null ? "" : $" ({c.SpeakerKind})")}");
        o.WriteLine($"  channel:  {c.Channel ?? "-"}");
        if (c.Quote is not null) o.WriteLine($"  quote:    “{c.Quote}”");
        o.WriteLine($"  assignee: {c.AssigneeName ?? "-"}    due: {c.DueAt?.ToString("u") ?? "-"}");
        if (r.Sources.Count > 0) o.WriteLine("sources:");
        foreach (var s in r.Sources)
            o.WriteLine($"  #{s.Id} {s.Kind,-9} {s.Url}{(s.Title is null ? "" : $"  ({s.Title})")}{(s.QuoteFound is { } f ? f ? "  quote found" : "  quote NOT found" : "")}");
        if (r.SentBack is { } back) o.WriteLine($"sent back by {back.Actor} ({back.TriggerName}): “{back.Note}” — write a new verdict");
        foreach (var v in r.History)
            o.WriteLine($"verdict #{v.Id} by {v.AuthorName}: {v.Rating} — {v.Summary} (cites {string.Join(", ", v.CitedSourceIds.Select(x => "#" + x))})" +
                        (v.SupersededAt is { } at ? $"  [superseded {at:yyyy-MM-dd HH:mm}]" : ""));
        o.WriteLine("journal:");
        foreach (var j in r.Journal)
            o.WriteLine($"  {j.At:yyyy-MM-dd HH:mm:ss}  {j.Actor,-12} {j.Kind,-10} {j.Kind switch
            {
                "transition" => $"{j.TriggerName}: {j.FromState} → {j.ToState}",
                "start" => $"at {j.ToState}",
                _ when j.TriggerName is not null => $"{j.TriggerName} in {j.FromState}",
                _ => "",
            }}{(j.Note is null ? "" : $"  “{j.Note}”")}");
        if (actor is not null)
        {
            o.WriteLine($"what {actor.Name} can do now:");
            if (r.Triggers.Count == 0) o.WriteLine("  nothing: this is a final state");
            foreach (var t in r.Triggers)
                o.WriteLine(t.Allowed
                    ? $"  {t.Trigger,-18} → {t.To}{(t.Requires.Count > 0 ? $"  (needs --{string.Join(", --", t.Requires)})" : "")}"
                    : $"  {t.Trigger,-18} blocked: {string.Join("; ", t.Reasons)}");
        }
        return 0;
    }

    public static async Task<int> Fire(CliHost host, Args a, TextWriter o)
    {
        var id = a.Id(2, "claim ID");
        var trigger = a.Pos(3) ?? throw new UsageException("missing TRIGGER; 'factcheck claims show ID --as USER' lists them");
        var expect = a.Opt("expect-version") is { } ev ? long.TryParse(ev, out var v) ? v : throw new UsageException("--expect-version must be a number") : (long?)null;
        var r = await host.Send(FireTrigger.For(id, trigger, await host.Actor(a), a.Opt("note"), expect, a.Opt("public-note"), a.Opt("relation")));
        o.WriteLine($"claim {r.ClaimId}: {r.From} → {r.To} (version {r.Version})");
        return 0;
    }

    /// <summary><c>claims edit ID [--statement T] [--speaker S] [--speaker-kind person|organization] [--channel C] [--url U] --as USER</c></summary>
    public static async Task<int> Edit(CliHost host, Args a, TextWriter o)
    {
        var expect = a.Opt("expect-version") is { } ev ? long.TryParse(ev, out var v) ? v : throw new UsageException("--expect-version must be a number") : (long?)null;
        if (new[] { "statement", "speaker", "speaker-kind", "speaker-role", "channel", "url" }.All(k => a.Opt(k) is null))
            throw new UsageException("give what to change: --statement, --speaker, --speaker-kind, --speaker-role, --channel or --url");
        var r = await host.Send(new EditClaim.Command(a.Id(2, "claim ID"), await host.Actor(a), a.Opt("statement"), a.Opt("speaker"), a.Opt("speaker-kind"),
            a.Opt("channel"), a.Opt("url"), expect, a.Opt("speaker-role")));
        o.WriteLine(r.Changes.Count == 0 ? $"claim {r.ClaimId}: nothing changed" : $"claim {r.ClaimId} edited ({r.State}): {string.Join("; ", r.Changes)}");
        return 0;
    }

    /// <summary><c>claims assign ID USER --as EDITOR</c> (or <c>--none</c>)</summary>
    public static async Task<int> Assign(CliHost host, Args a, TextWriter o)
    {
        var user = a.Has("none") ? null : a.Pos(3) ?? throw new UsageException("missing USER (or --none)");
        var r = await host.Send(new AssignClaim.Command(a.Id(2, "claim ID"), await host.Actor(a), user));
        o.WriteLine(r.Assignee is null ? $"claim {r.ClaimId}: nobody holds it" : $"claim {r.ClaimId} is assigned to {r.Assignee}");
        return 0;
    }

    public static async Task<int> Take(CliHost host, Args a, TextWriter o)
    {
        var r = await host.Send(new TakeClaim.Command(a.Id(2, "claim ID"), await host.Actor(a)));
        o.WriteLine($"claim {r.ClaimId} is now assigned to {r.Assignee}");
        return 0;
    }

    public static async Task<int> Release(CliHost host, Args a, TextWriter o)
    {
        var r = await host.Send(new ReleaseClaim.Command(a.Id(2, "claim ID"), await host.Actor(a)));
        o.WriteLine($"claim {r.ClaimId} is back in the queue");
        return 0;
    }

    public static async Task<int> AddSource(CliHost host, Args a, TextWriter o)
    {
        bool? found = a.Opt("quote-found") switch
        {
            null => null, "yes" or "true" => true, "no" or "false" => false,
            var x => throw new UsageException($"--quote-found is yes or no, not '{x}'"),
        };
        var r = await host.Send(new AddSource.Command(a.Id(2, "claim ID"), await host.Actor(a), a.Required("url"),
            a.Opt("kind") ?? "primary", a.Opt("title"), a.Opt("passage"), found, a.Has("original")));
        o.WriteLine($"source #{r.SourceId} added");
        return 0;
    }

    /// <summary><c>sources remove SOURCE_ID [--note N] --as USER</c>: before editor approval only.</summary>
    public static async Task<int> RemoveSource(CliHost host, Args a, TextWriter o)
    {
        var id = a.Id(2, "source ID");
        await host.Send(new EditSource.Remove(id, await host.Actor(a), a.Opt("note")));
        o.WriteLine($"source #{id} removed");
        return 0;
    }

    public static async Task<int> SubmitVerdict(CliHost host, Args a, TextWriter o)
    {
        var cite = a.All("cite").Select(c => long.TryParse(c.TrimStart('#'), out var n) ? n : throw new UsageException($"--cite takes a source number, not '{c}'")).ToArray();
        var r = await host.Send(new SubmitVerdict.Command(a.Id(2, "claim ID"), await host.Actor(a), a.Required("rating"), a.Required("summary"),
            a.Opt("rationale"), cite));
        o.WriteLine($"verdict #{r.VerdictId} submitted; claim is now in '{r.State}'");
        return 0;
    }

    static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
