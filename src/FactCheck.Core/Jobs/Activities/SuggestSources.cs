using FactCheck.Workflows;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Data;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// On entering source lookup: matches the claim's speaker, channel and text against the registry of known outlets and
/// bodies in <c>workflows/sources.json</c> and suggests where the primary source should be found.
/// </summary>
public sealed class SuggestSources(DbSession db, SourceRegistry registry, TimeProvider clock) : IActivity
{
    sealed class Claim
    {
        public string Text { get; init; } = "";
        public string? Speaker { get; init; }
        public string? Channel { get; init; }
    }

    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var claim = await db.QuerySingleOrDefault<Claim>("select text, speaker, channel from claim where id = @InstanceId", c, ct);
        if (claim is null) return ActivityResult.Fail($"claim {c.InstanceId} does not exist");
        var suggestions = registry.Match(claim.Speaker, claim.Channel, claim.Text);
        var message = suggestions.Count == 0 ? "no known source matches" : "suggested: " + string.Join(", ", suggestions.Select(s => s.Entry.Name));
        return ActivityResult.Done(message, SqlCommit.In(async (tx, token) =>
        {
            var existing = (await tx.Query<string>("select url from source_suggestion where claim_id = @InstanceId", c, token)).ToHashSet();
            foreach (var s in suggestions.Where(s => !existing.Contains(s.Entry.Url)))
                await tx.Execute("""
                    insert into source_suggestion (claim_id, name, url, reason, created_at) values (@InstanceId, @Name, @Url, @Reason, @Now)
                    """, new { c.InstanceId, s.Entry.Name, s.Entry.Url, s.Reason, Now = clock.GetUtcNow() }, token);
        }));
    }
}

/// <summary>Known outlets and bodies, loaded from <c>sources.json</c> in the workflows folder.</summary>
public sealed class SourceRegistry
{
    public sealed record Entry(string Name, string[] Aliases, string Url, string? Hint);
    public sealed record Suggestion(Entry Entry, string Reason);
    sealed record File_(Entry[] Sources);

    readonly List<(Entry Entry, Regex Pattern)> _entries;

    public SourceRegistry(IEnumerable<Entry> entries) =>
        _entries = entries.Select(e => (e, new Regex(@"(?<!\w)(" + string.Join("|", e.Aliases.Select(Regex.Escape)) + @")(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList();

    public static SourceRegistry Load(string workflowDirectory)
    {
        var path = Path.Combine(workflowDirectory, "sources.json");
        if (!File.Exists(path)) return new SourceRegistry([]);
        try
        {
            var file = JsonSerializer.Deserialize<File_>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new File_([]);
            var bad = file.Sources.Select((e, i) => (e, i)).FirstOrDefault(x => string.IsNullOrWhiteSpace(x.e.Name) || x.e.Aliases is not { Length: > 0 } || !Publishing.SafeUrls.IsHttp(x.e.Url));
            if (bad.e is not null) throw new InvalidOperationException($"{path}: $.sources[{bad.i}]: a source needs a name, at least one alias and an absolute url");
            return new SourceRegistry(file.Sources);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{path}:{(ex.LineNumber ?? 0) + 1}: {ex.Path}: invalid source registry: {ex.Message}", ex);
        }
    }

    public IReadOnlyList<Suggestion> Match(string? speaker, string? channel, string text)
    {
        var found = new List<Suggestion>();
        foreach (var (entry, pattern) in _entries)
        {
            string? reason = null;
            if (speaker is not null && pattern.Match(speaker) is { Success: true } m1) reason = $"the speaker '{speaker}' matches '{m1.Value}'";
            else if (channel is not null && pattern.Match(channel) is { Success: true } m2) reason = $"the channel '{channel}' matches '{m2.Value}'";
            else if (pattern.Match(text) is { Success: true } m3) reason = $"the claim mentions '{m3.Value}'";
            if (reason is not null) found.Add(new(entry, reason + (entry.Hint is null ? "" : $": {entry.Hint}")));
        }
        return found;
    }
}
