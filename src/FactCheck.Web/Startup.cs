using FactCheck.Data;

namespace FactCheck.Web;

public static class Startup
{
    /// <summary>On an empty database, say how to create the first user; with --demo, seed the demo desk.</summary>
    public static async Task Announce(WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        if (demo)
        {
            var mediator = scope.ServiceProvider.GetRequiredService<global::Mediator.IMediator>();
            foreach (var line in await FactCheck.Features.Demo.SeedDemo.Seed(mediator, scope.ServiceProvider)) Console.WriteLine(line);
        }
        else if (await session.Scalar<long>("select count(*) from app_user") == 0)
            app.Logger.LogWarning("No users yet. Create the first admin with: dotnet run --project src/FactCheck.Cli -- users add NAME --role admin (it asks for the password) (or start with --demo for a demo desk)");
    }
}
