using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Features.Tokens;

namespace FactCheck.IntegrationTests;

/// <summary>The integrators' JSON API over real HTTP, with API tokens.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    TestApp _app = null!;
    WebProcess _web = null!;
    string _checker = "", _editor = "";

    public async Task InitializeAsync()
    {
        _app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(_app);
        _checker = (await _app.Send(new ApiTokens.Create("wire-intake", "checker"))).Token;
        _editor = (await _app.Send(new ApiTokens.Create("editor-tool", "editor"))).Token;
        _web = await WebProcess.Start(_app.Db.Options);
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _app.DisposeAsync();
    }

    HttpClient Client(string? token)
    {
        var http = new HttpClient { BaseAddress = _web.BaseAddress };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [Fact]
    public async Task Says_whether_a_claim_was_checked_already()
    {
        var (id, slug) = await Seed.PublishedClaim(_app, "Cargo traffic at the port rose 14 percent last year", "Port authority", rating: "mostly-true");
        using var http = Client(_checker);
        var body = JsonDocument.Parse(await http.GetStringAsync("/api/similar?text=" + Uri.EscapeDataString("Cargo traffic at the port rose by 14 percent in the last year"))).RootElement;
        var match = body.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("claimId").GetInt64() == id);
        Assert.Equal("mostly-true", match.GetProperty("rating").GetString());
        Assert.EndsWith($"/claims/{slug}", match.GetProperty("card").GetString());
        Assert.Empty(JsonDocument.Parse(await http.GetStringAsync("/api/similar?text=Unemployment+fell+to+a+record+low")).RootElement.GetProperty("matches").EnumerateArray());
        var empty = await http.GetAsync("/api/similar?text=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("give the claim's text", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).GetAsync("/api/similar?text=cargo")).StatusCode);
    }

    [Fact]
    public async Task Ingests_an_article_and_moves_a_claim_as_the_tokens_user()
    {
        using var http = Client(_checker);
        var ingest = await http.PostAsJsonAsync("/api/articles", new
        {
            text = "The harbour authority said on Tuesday that cargo traffic rose 14 percent last year.",
            title = "Port traffic", outlet = "Wire", publishedAt = "2026-11-20T00:00:00Z",
        });
        Assert.Equal(HttpStatusCode.Created, ingest.StatusCode);
        var body = JsonDocument.Parse(await ingest.Content.ReadAsStringAsync()).RootElement;
        var claimId = body.GetProperty("attributions")[0].GetProperty("claimId").GetInt64();
        Assert.Equal("harbour authority", body.GetProperty("attributions")[0].GetProperty("speaker").GetString());

        var again = await http.PostAsJsonAsync("/api/articles", new { text = "The harbour authority said on Tuesday that cargo traffic rose 14 percent last year." });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("created").GetBoolean());

        var fired = await http.PostAsJsonAsync($"/api/claims/{claimId}/triggers/start_lookup", new { expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.OK, fired.StatusCode);
        Assert.Equal("source_lookup", JsonDocument.Parse(await fired.Content.ReadAsStringAsync()).RootElement.GetProperty("to").GetString());
        Assert.Equal("checker", await _app.Scalar<string>("select actor from journal where instance_id = @claimId and trigger_name = 'start_lookup'", new { claimId }));

        var stale = await http.PostAsJsonAsync($"/api/claims/{claimId}/triggers/archive", new { note = "dup", expectedVersion = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var refused = await http.PostAsync($"/api/claims/{claimId}/triggers/start_review", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("no primary source", problem.GetProperty("reasons")[0].GetString());

        var claim = JsonDocument.Parse(await http.GetStringAsync($"/api/claims/{claimId}")).RootElement;
        Assert.Equal("source_lookup", claim.GetProperty("claim").GetProperty("state").GetString());
        Assert.Contains(claim.GetProperty("triggers").EnumerateArray(), t => t.GetProperty("trigger").GetString() == "start_review" && !t.GetProperty("allowed").GetBoolean());
        var list = JsonDocument.Parse(await http.GetStringAsync("/api/claims?state=source_lookup")).RootElement;
        Assert.Equal(claimId, list.GetProperty("claims")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Without_a_valid_token_nothing_is_served()
    {
        using var anonymous = Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/claims")).StatusCode);
        using var wrong = Client("fc_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/claims")).StatusCode);
        var revoked = (await _app.Send(new ApiTokens.Create("old", "editor"))).Token;
        await _app.Send(new ApiTokens.Revoke("old"));
        using var old = Client(revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.PostAsJsonAsync("/api/articles", new { text = "x said that y." })).StatusCode);
        Assert.Equal(0, await _app.Count("article"));
        using var editor = Client(_editor);
        var bad = await editor.PostAsJsonAsync("/api/articles", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("the article is empty", await bad.Content.ReadAsStringAsync());
        Assert.Null(await _app.Scalar<string>("select token_hash from api_token where token_hash = @t", new { t = _editor })); // only hashes are stored
    }
}
