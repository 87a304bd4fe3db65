using FactCheck.Features.Articles;
using FactCheck.Features.Claims;
using FactCheck.Features.Events;
using Mediator;

namespace FactCheck.Web;

/// <summary>
/// The JSON API for integrators, under /api, authenticated with API tokens. The same use cases as the desk and the CLI;
/// refusals answer 403 with the reasons, conflicts 409, bad input 400 with field errors, all as problem+json.
/// </summary>
public static class Api
{
    public sealed record IngestRequest(string? Text, string? Title, string? Outlet, string? Url, DateTimeOffset? PublishedAt, bool All = false);
    public sealed record FireRequest(string? Note, long? ExpectedVersion, string? PublicNote = null, string? Relation = null);
    /// <summary>PATCH /api/claims/{id}: the fields to change (null leaves one as it is; "" clears the channel).</summary>
    public sealed record EditRequest(string? Statement, string? Speaker, string? SpeakerKind, string? Channel, string? ArticleUrl, long? ExpectedVersion, string? SpeakerRole = null);

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Roles.ApiPolicy);

        api.MapPost("/articles", (IngestRequest body, IMediator m, HttpContext http) => Run(async () =>
        {
            var r = await m.Send(new IngestArticle.Command(body.Text ?? "", body.Title, body.Outlet, body.Url, body.PublishedAt?.ToUniversalTime(), body.All, Actor: http.User.Actor()));
            var result = new
            {
                articleId = r.ArticleId, created = r.Created, notOpenedOverCap = r.Capped,
                attributions = r.Items.Select(i => new
                {
                    index = i.Index, claimId = i.ClaimId, speaker = i.Attribution.Speaker, channel = i.Attribution.Channel,
                    content = i.Attribution.Content.Text, checkworthiness = i.Attribution.CheckWorthiness,
                }),
            };
            return r.Created ? Results.Created($"/api/articles/{r.ArticleId}", result) : Results.Ok(result);
        }));

        api.MapGet("/claims", (string? state, int? page, string? q, IMediator m) => Run(async () =>
        {
            var r = await m.Send(new ListClaims.Query(state, Page: FactCheck.Data.Paging.Clamp(page), Words: string.IsNullOrWhiteSpace(q) ? null : q.Trim()));
            return Results.Ok(new { page = r.Page, hasMore = r.HasMore, claims = r.Items });
        }));

        api.MapGet("/claims/{id:long}", (long id, IMediator m, HttpContext http) => Run(async () =>
        {
            var r = await m.Send(new GetClaim.Query(id, http.User.Actor()));
            var similar = await m.Send(new SimilarClaims.Query(id));
            return Results.Ok(new { claim = r.Claim, sources = r.Sources, verdict = r.Verdict, journal = r.Journal, triggers = r.Triggers, similar });
        }));

        // "Has this been checked?": claims like a text, with the card of those already published.
        api.MapGet("/similar", (string? text, int? limit, IMediator m, PublicLinks o) => Run(async () =>
        {
            var matches = await m.Send(new SimilarClaims.ForText(text ?? "", limit ?? 5));
            return Results.Ok(new
            {
                matches = matches.Select(x => new
                {
                    x.Kind, claimId = x.IsExternal ? (long?)null : x.ClaimId, x.Score, x.Label, x.Text, x.Speaker, x.State, x.Rating,
                    card = x.Slug is null ? null : o.Options.CardUrl(x.Slug),
                    checkedBy = x.IsExternal ? new { organisation = x.Organisation, url = x.Url, reviewedOn = x.ReviewedOn } : null,
                }),
            });
        }));

        // The event feed: poll with ?after= the last id you have; `next` is the cursor for the following call.
        api.MapGet("/events", (long? after, int? limit, IMediator m) => Run(async () =>
        {
            var events = await m.Send(new ListEvents.Query(after ?? 0, limit ?? 100));
            return Results.Json(new { events, next = events.Count == 0 ? after ?? 0 : events[^1].Id }, ListEvents.Json);
        }));

        api.MapPatch("/claims/{id:long}", (long id, EditRequest body, IMediator m, HttpContext http) => Run(async () =>
        {
            var r = await m.Send(new EditClaim.Command(id, http.User.Actor(), body.Statement, body.Speaker, body.SpeakerKind, body.Channel, body.ArticleUrl, body.ExpectedVersion, body.SpeakerRole));
            return Results.Ok(new { claimId = r.ClaimId, state = r.State, changes = r.Changes });
        }));

        api.MapPost("/claims/{id:long}/triggers/{trigger}", (long id, string trigger, FireRequest? body, IMediator m, HttpContext http) => Run(async () =>
        {
            var r = await m.Send(FireTrigger.For(id, trigger, http.User.Actor(), body?.Note, body?.ExpectedVersion, body?.PublicNote, body?.Relation));
            return Results.Ok(new { claimId = r.ClaimId, from = r.From, to = r.To, version = r.Version });
        }));
    }

    static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (InputException ex)
        {
            return Results.ValidationProblem(ex.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: "Bad input");
        }
        catch (RefusedException ex)
        {
            return Results.Problem(title: "Refused", detail: string.Join("; ", ex.Reasons), statusCode: 403, extensions: new Dictionary<string, object?> { ["reasons"] = ex.Reasons });
        }
        catch (FactCheckException ex)
        {
            return Results.Problem(title: ex is ConflictException ? "Conflict" : ex is NotFoundException ? "Not found" : "Error", detail: ex.Message, statusCode: ex.HttpStatus);
        }
    }
}
