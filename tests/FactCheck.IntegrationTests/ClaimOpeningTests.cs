using FactCheck.Features.Claims;
using FactCheck.Workflow;
using FactCheck.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

/// <summary>
/// Every way a claim opens (the command, article intake, bulk import) goes through <see cref="ClaimOpening.Open"/>, and
/// Open applies the command's rules itself: a caller that skips the validator cannot write a claim that breaks them.
/// </summary>
public class ClaimOpeningTests
{
    [Fact]
    public async Task Open_refuses_what_the_command_would_refuse_and_writes_nothing()
    {
        await using var app = await TestApp.Start("sqlite");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DbSession>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var tooLong = new ClaimOpening.NewClaim("The ferry carried 2 million passengers", new string('x', 301), SpeakerKind: "robot");
        Assert.Equal(["Speaker", "SpeakerKind"], ClaimOpening.Problems(tooLong).Select(p => p.Field).Order());
        var refused = await Assert.ThrowsAsync<InputException>(async () => await ClaimOpening.Open(db, engine, TimeProvider.System, tooLong, default));
        Assert.Contains("SpeakerKind: must be person or organization", refused.Message);
        Assert.Equal(0, await app.Count("claim"));
        Assert.Equal(0, await app.Count("journal"));

        var ok = await ClaimOpening.Open(db, engine, TimeProvider.System, tooLong with { Speaker = "Ferry company", SpeakerKind = "organization" }, default);
        Assert.Equal("intake", ok.State);
        Assert.Equal(1, await app.Count("claim"));
    }

    [Fact]
    public async Task The_command_reports_the_opening_rules_on_its_fields_before_anything_is_written()
    {
        await using var app = await TestApp.Start("sqlite");
        var e = await Assert.ThrowsAsync<InputException>(async () => await app.Send(new AddClaim.Command("", new string('x', 301))));
        Assert.Contains("Text", e.Message);
        Assert.Contains("Speaker", e.Message);
        Assert.Equal(0, await app.Count("claim"));
    }
}
