using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Workflows;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli;

/// <summary>The CLI's services: configuration, Core, and one scope per command. Migrates the database on first use.</summary>
public sealed class CliHost : IAsyncDisposable
{
    readonly ServiceProvider _root;
    readonly AsyncServiceScope _scope;

    CliHost(ServiceProvider root)
    {
        _root = root;
        _scope = root.CreateAsyncScope();
    }

    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static CliHost Create()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFactCheckCore(Configuration());
        var host = new CliHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
        Migrator.Migrate(host.Get<DbOptions>());
        return host;
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();
    public IServiceProvider Services => _scope.ServiceProvider;
    public ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken ct = default) => Get<IMediator>().Send(command, ct);
    public ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query) => Get<IMediator>().Send(query);

    public async Task<Actor> Actor(Args a, bool required = true)
    {
        var name = a.Opt("as") ?? Environment.GetEnvironmentVariable("FACTCHECK_USER");
        if (name is null)
            return required ? throw new UsageException("who is acting? give --as USER or set FACTCHECK_USER") : Workflows.Actor.System;
        return await UserSql.ActorByName(Get<DbSession>(), name);
    }

    public static async Task<int> Init(CliHost host, TextWriter o)
    {
        var db = host.Get<DbOptions>(); // Create() has already migrated it
        var catalog = host.Get<WorkflowCatalog>();
        o.WriteLine($"database: {db.Kind} ({Describe(db)}), schema up to date");
        o.WriteLine($"workflows: {string.Join(", ", catalog.All.Select(d => $"{d.Id} v{d.Version}"))}");
        if ((await host.Send(new ListUsers.Query())).Count == 0)
            o.WriteLine("no users yet: create the first admin with  factcheck users add NAME --role admin  (asks for the password)");
        return 0;
    }

    static string Describe(DbOptions db) => db.Kind == DbProvider.Sqlite
        ? Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource)
        : "connection from configuration";

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}
