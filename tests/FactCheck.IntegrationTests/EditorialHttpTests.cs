using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FactCheck.Features.Articles;
using FactCheck.Features.Tokens;

namespace FactCheck.IntegrationTests;

/// <summary>The claim as checked over HTTP: PATCH /api/claims/{id} for integrators, and a claim added by hand on the desk.</summary>
public sealed class EditorialHttpTests : IAsyncLifetime
{
    TestApp _app = null!;
    WebProcess _web = null!;
    long _article, _claim;

    const string Text = "The port's director, Marta K. Ilves, insisted that her new quay would be finished by March. The town council said 320 jobs were created.";

    public async Task InitializeAsync()
    {
        _app = await TestApp.Start("sqlite");
        await Seed.DeskUsers(_app);
        var r = await _app.Send(new IngestArticle.Command(Text, "Quay", "Demo Gazette", "https://demo.example/quay", All: true, Actor: await _app.User("checker")));
        (_article, _claim) = (r.ArticleId, r.Items.First(i => i.ClaimId is not null).ClaimId!.Value);
        _web = await WebProcess.Start(_app.Db.Options);
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _app.DisposeAsync();
    }

    HttpClient Api(string token)
    {
        var http = new HttpClient { BaseAddress = _web.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [Fact]
    public async Task An_integrator_edits_the_claim_as_checked_and_a_role_without_the_right_is_refused()
    {
        using var checker = Api((await _app.Send(new ApiTokens.Create("cms", "checker"))).Token);
        var edit = await checker.PatchAsJsonAsync($"/api/claims/{_claim}", new { statement = "Ilves's new quay would be finished by March", speaker = "Marta K. Ilves", channel = "" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var body = await edit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("changes").EnumerateArray(), c => c.GetString()!.StartsWith("statement:"));
        Assert.Equal("Ilves's new quay would be finished by March", await _app.Scalar<string>("select text from claim where id = @_claim", new { _claim }));

        using var admin = Api((await _app.Send(new ApiTokens.Create("ops", "admin"))).Token);
        var refused = await admin.PatchAsJsonAsync($"/api/claims/{_claim}", new { speaker = "Someone" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var badUrl = await checker.PatchAsJsonAsync($"/api/claims/{_claim}", new { articleUrl = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
    }

    [Fact]
    public async Task An_editor_assigns_a_claim_to_a_colleague_who_is_told_and_a_checker_cannot()
    {
        using var editor = await _web.Client("editor");
        var assigned = await WebProcess.PostForm(editor, $"/desk/claims/{_claim}", $"/desk/claims/{_claim}?handler=Assign", new() { ["user"] = "checker2" });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal("checker2", await _app.Scalar<string>("select u.name from claim c join app_user u on u.id = c.assignee_id where c.id = @_claim", new { _claim }));
        Assert.Equal(1, await _app.Count("journal", "instance_id = @_claim and kind = 'assign' and note = 'assigned to checker2'", new { _claim }));

        using var checker2 = await _web.Client("checker2");
        Assert.Contains($"Claim {_claim} was given to you by editor.", WebUtility.HtmlDecode(await checker2.GetStringAsync("/desk/notifications")));
        using var checker = await _web.Client("checker");
        Assert.DoesNotContain("was given to you", WebUtility.HtmlDecode(await checker.GetStringAsync("/desk/notifications")));
        var refused = await WebProcess.PostForm(checker, $"/desk/claims/{_claim}", $"/desk/claims/{_claim}?handler=Assign", new() { ["user"] = "checker" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("needs the role editor", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_checker_adds_a_claim_the_extraction_missed_to_the_article_on_the_desk()
    {
        using var checker = await _web.Client("checker");
        var wrong = await WebProcess.PostForm(checker, $"/desk/claims/{_claim}", $"/desk/claims/{_claim}?handler=AddClaim",
            new() { ["evidence"] = "words the article does not have", ["statement"] = "Nothing", ["speaker"] = "Nobody" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("these words are not in article", await wrong.Content.ReadAsStringAsync());
        var added = await WebProcess.PostForm(checker, $"/desk/claims/{_claim}", $"/desk/claims/{_claim}?handler=AddClaim",
            new() { ["evidence"] = "320 jobs were created", ["statement"] = "320 jobs were created at the port", ["speaker"] = "the town council" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await _app.Scalar<long>("select id from claim where text = '320 jobs were created at the port'");
        Assert.Equal((long)Text.IndexOf("320 jobs were created", StringComparison.Ordinal), await _app.Scalar<long>("select span_start from claim where id = @id", new { id }));
        Assert.Equal(_article, await _app.Scalar<long>("select article_id from claim where id = @id", new { id }));
        Assert.Contains("<mark>320 jobs were created</mark>", await checker.GetStringAsync($"/desk/claims/{id}"));
    }
}
