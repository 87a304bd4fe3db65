using FactCheck.Data;
using FactCheck.Features.Users;
using FactCheck.Workflows;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.IntegrationTests;

/// <summary>Core wired as the hosts wire it, on a real database; each Send runs in its own scope, as a request would.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public TestDatabase Db { get; }
    public ServiceProvider Services { get; }

    readonly bool _ownsDb;

    TestApp(TestDatabase db, ServiceProvider services, bool ownsDb = true) { Db = db; Services = services; _ownsDb = ownsDb; }

    /// <summary>A second app on an existing database (another version of the workflows, another node); it does not drop the database.</summary>
    public static TestApp Beside(TestApp other, string workflowDir) => new(other.Db, Build(other.Db.Options, workflowDir), ownsDb: false);

    public static string RepoRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactCheck.sln not found");
    }

    /// <summary>A folder holding the shipped workflows plus any extra definition files.</summary>
    public static string WorkflowFolder(params string[] extraFiles)
    {
        var dir = Directory.CreateTempSubdirectory("fc-workflows-").FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "workflows"), "*.json")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        foreach (var f in extraFiles) File.Copy(Path.Combine(AppContext.BaseDirectory, "testworkflows", f), Path.Combine(dir, f));
        return dir;
    }

    public static async Task<TestApp> Start(string provider, string? workflowDir = null, Action<IServiceCollection>? configure = null)
    {
        var db = await TestDatabase.Create(provider);
        return new TestApp(db, Build(db.Options, workflowDir ?? Path.Combine(RepoRoot, "workflows"), configure));
    }

    public static ServiceProvider Build(DbOptions options, string workflowDir, Action<IServiceCollection>? configure = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FactCheck:Database:Provider"] = options.Provider,
            ["FactCheck:Database:ConnectionString"] = options.ConnectionString,
            ["FactCheck:Workflows:Directory"] = workflowDir,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFactCheckCore(config);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async Task<T> Send<T>(ICommand<T> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task<T> Send<T>(IQuery<T> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<T?> Scalar<T>(string sql, object? param = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbSession>().Scalar<T>(sql, param);
    }

    public async Task<int> Execute(string sql, object? param = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbSession>().Execute(sql, param);
    }

    public async Task<long> Count(string table, string where = "1 = 1", object? param = null) =>
        await Scalar<long>($"select count(*) from {table} where {where}", param);

    public async Task<Actor> User(string name, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        if (await db.Scalar<long>("select count(*) from app_user where name = @name", new { name }) == 0)
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AddUser.Command(name, roles));
        return await UserSql.ActorByName(db, name);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDb) await Db.DisposeAsync();
    }
}
