using FactCheck.Data;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace FactCheck.IntegrationTests;

/// <summary>
/// A fresh, migrated database per test class: a temp SQLite file, or a new database on the PostgreSQL server
/// in FACTCHECK_TEST_POSTGRES / the SQL Server in FACTCHECK_TEST_SQLSERVER. Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly string? Postgres = Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES") is { Length: > 0 } pg ? pg : null;
    public static readonly string? SqlServer = Environment.GetEnvironmentVariable("FACTCHECK_TEST_SQLSERVER") is { Length: > 0 } ss ? ss : null;
    static readonly bool RequirePostgres = Environment.GetEnvironmentVariable("FACTCHECK_REQUIRE_POSTGRES") == "1";

    /// <summary>The providers to run provider tests on: SQLite always; PostgreSQL and SQL Server where configured (PostgreSQL also when required).</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (Postgres is not null || RequirePostgres) data.Add("postgres");
        if (SqlServer is not null) data.Add("sqlserver");
        return data;
    }

    public DbOptions Options { get; }
    readonly Func<Task> _drop;

    TestDatabase(DbOptions options, Func<Task> drop) { Options = options; _drop = drop; }

    public static async Task<TestDatabase> Create(string provider)
    {
        var name = "fc_test_" + Guid.NewGuid().ToString("N")[..12];
        TestDatabase db;
        switch (provider)
        {
            case "sqlite":
                var file = Path.Combine(Path.GetTempPath(), name + ".db");
                db = new TestDatabase(new DbOptions { Provider = "sqlite", ConnectionString = $"Data Source={file}" }, () =>
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                    return Task.CompletedTask;
                });
                break;
            case "postgres":
                var admin = Postgres ?? throw new InvalidOperationException(
                    "FACTCHECK_REQUIRE_POSTGRES=1 but FACTCHECK_TEST_POSTGRES is not set: give a connection string to a PostgreSQL role that may create databases");
                await using (var c = new NpgsqlConnection(admin)) { await c.OpenAsync(); await new NpgsqlCommand($"create database {name}", c).ExecuteNonQueryAsync(); }
                // A bounded pool: parallel test classes and worker processes must not exhaust the server's connections.
                var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 30 }.ConnectionString;
                db = new TestDatabase(new DbOptions { Provider = "postgres", ConnectionString = cs }, async () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    await using var c = new NpgsqlConnection(admin);
                    await c.OpenAsync();
                    // An autovacuum worker (a superuser's process) on the database cannot be terminated by the test role:
                    // "with (force)" then fails with 42501 until it finishes, so try again for a few seconds.
                    for (var attempt = 1; ; attempt++)
                    {
                        try { await new NpgsqlCommand($"drop database if exists {name} with (force)", c).ExecuteNonQueryAsync(); return; }
                        catch (PostgresException ex) when (ex.SqlState is "42501" or "55006" && attempt < 50) { await Task.Delay(200); }
                    }
                });
                break;
            case "sqlserver":
                var master = SqlServer ?? throw new InvalidOperationException("FACTCHECK_TEST_SQLSERVER is not set");
                await using (var c = new SqlConnection(master)) { await c.OpenAsync(); await new SqlCommand($"create database {name}", c).ExecuteNonQueryAsync(); }
                var scs = new SqlConnectionStringBuilder(master) { InitialCatalog = name }.ConnectionString;
                db = new TestDatabase(new DbOptions { Provider = "sqlserver", ConnectionString = scs }, async () =>
                {
                    SqlConnection.ClearAllPools();
                    await using var c = new SqlConnection(master);
                    await c.OpenAsync();
                    await new SqlCommand($"alter database {name} set single_user with rollback immediate; drop database {name}", c).ExecuteNonQueryAsync();
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        Migrator.Migrate(db.Options);
        return db;
    }

    public async ValueTask DisposeAsync() => await _drop();
}

/// <summary>A test that needs a PostgreSQL server (a connection to cut, say): skipped, and reported so, where none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.Postgres is null && Environment.GetEnvironmentVariable("FACTCHECK_REQUIRE_POSTGRES") != "1")
            Skip = "needs PostgreSQL: set FACTCHECK_TEST_POSTGRES";
    }
}
