using FactCheck.Data;
using FactCheck.Features.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

public class ConcurrencyTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Exactly_one_of_16_conflicting_fires_wins_each_round(string provider)
    {
        await using var app = await TestApp.Start(provider, TestApp.WorkflowFolder("ping-pong.json"));
        var actor = await app.User("racer", "factchecker");
        long id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            id = await db.Insert("claim", "workflow_id, workflow_version, state, row_version, priority, text, has_incident, created_at, updated_at",
                "'ping-pong', 1, 'ping', 0, 0, 'race', 0, @Now, @Now", new { Now = DateTimeOffset.UtcNow });
        }

        const int rounds = 200, racers = 16;
        for (var round = 0; round < rounds; round++)
        {
            var version = await app.Scalar<long>("select row_version from claim where id = @id", new { id });
            var outcomes = await Task.WhenAll(Enumerable.Range(0, racers).Select(i => Task.Run(async () =>
            {
                try
                {
                    await app.Send(new FireTrigger.Command(id, i % 2 == 0 ? "hit" : "block", actor, ExpectedVersion: version));
                    return "won";
                }
                catch (ConflictException) { return "conflict"; }
            })));
            Assert.Equal(1, outcomes.Count(o => o == "won"));
            Assert.Equal(racers - 1, outcomes.Count(o => o == "conflict"));
        }

        Assert.Equal(rounds, await app.Scalar<long>("select row_version from claim where id = @id", new { id }));
        Assert.Equal(rounds, await app.Count("journal", "instance_id = @id and kind = 'transition'", new { id }));
        Assert.Equal(rounds / 2, await app.Count("job", "instance_id = @id and activity = 'notify'", new { id })); // entering ping
        Assert.Equal("ping", await app.Scalar<string>("select state from claim where id = @id", new { id }));
    }
}
