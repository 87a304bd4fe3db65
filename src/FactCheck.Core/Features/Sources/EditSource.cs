using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Publishing;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Sources;

/// <summary>
/// Corrects a source (URL, title, kind, passage, quote found, whether it is the channel's original) or removes it, before
/// editor approval; each change is a journal entry saying what it was and what it is now. A removed source stays in the
/// database for the journal but leaves every list, guard and citation.
/// </summary>
public static class EditSource
{
    public sealed record Command(long SourceId, Actor Actor, string Url, string Kind, string? Title = null, string? Passage = null,
        bool? QuoteFound = null, bool IsOriginal = false) : ISourceFields, ICommand<Unit>;

    public sealed record Remove(long SourceId, Actor Actor, string? Note = null) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new SourceFieldsValidator());
    }

    sealed class Row
    {
        public long ClaimId { get; init; }
        public string Url { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Title { get; init; }
        public string? Passage { get; init; }
        public bool? QuoteFound { get; init; }
        public bool IsOriginal { get; init; }
    }

    static async Task<Row> Load(DbSession db, long id, Actor actor, string doing, CancellationToken ct)
    {
        ClaimSql.Require(actor, doing, ClaimWorkflow.Roles.FactChecker, ClaimWorkflow.Roles.Editor);
        var row = await db.QuerySingleOrDefault<Row>(
            "select claim_id, url, kind, title, passage, quote_found, is_original from source where id = @id and removed_at is null", new { id }, ct)
            ?? throw new NotFoundException("source", id);
        SourceRules.RequireOpen(await ClaimSql.Get(db, row.ClaimId, ct), doing == "correcting a source" ? "changed" : "removed");
        return row;
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            var before = await Load(db, cmd.SourceId, cmd.Actor, "correcting a source", ct);
            var isOriginal = cmd.IsOriginal && cmd.Kind == "primary";
            var changes = new List<string>();
            void Diff(string what, object? was, object? now) { if (!Equals(was, now)) changes.Add($"{what}: {was ?? "—"} → {now ?? "—"}"); }
            Diff("url", before.Url, cmd.Url);
            Diff("kind", before.Kind, cmd.Kind);
            Diff("title", before.Title, cmd.Title);
            Diff("passage", before.Passage, cmd.Passage);
            Diff("quote found", before.QuoteFound, cmd.QuoteFound);
            Diff("original", before.IsOriginal, isOriginal);
            if (changes.Count == 0) return Unit.Value;
            await db.Execute("""
                update source set url = @Url, kind = @Kind, title = @Title, passage = @Passage, quote_found = @QuoteFound, is_original = @IsOriginal
                where id = @SourceId
                """, new
            {
                cmd.Url, cmd.Kind, cmd.Title, cmd.Passage, QuoteFound = cmd.QuoteFound is { } f ? (f ? 1 : 0) : (int?)null,
                IsOriginal = isOriginal ? 1 : 0, cmd.SourceId,
            }, ct);
            await ClaimSql.Journal(db, before.ClaimId, "source.edit", cmd.Actor, clock.GetUtcNow(), $"source #{cmd.SourceId}: " + string.Join("; ", changes), ct);
            return Unit.Value;
        }
    }

    public sealed class RemoveHandler(DbSession db, TimeProvider clock) : ICommandHandler<Remove, Unit>
    {
        public async ValueTask<Unit> Handle(Remove cmd, CancellationToken ct)
        {
            var before = await Load(db, cmd.SourceId, cmd.Actor, "removing a source", ct);
            var now = clock.GetUtcNow();
            await db.Execute("update source set removed_at = @now where id = @SourceId", new { now, cmd.SourceId }, ct);
            await ClaimSql.Journal(db, before.ClaimId, "source.remove", cmd.Actor, now,
                $"source #{cmd.SourceId} removed ({before.Kind}: {before.Url})" + (string.IsNullOrWhiteSpace(cmd.Note) ? "" : $": {cmd.Note.Trim()}"), ct);
            return Unit.Value;
        }
    }
}
