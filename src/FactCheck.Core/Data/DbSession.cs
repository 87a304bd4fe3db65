using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Data;

/// <summary>
/// One connection and at most one transaction per scope (a request, a CLI command, a job). Opened on first use.
/// Every Dapper call goes through here so it joins the current transaction.
/// </summary>
public sealed class DbSession(DbOptions options, DbFaults? faults = null) : IAsyncDisposable, IDisposable
{
    readonly DbProvider _provider = options.Kind;
    DbConnection? _connection;
    DbTransaction? _transaction;

    public DbProvider Provider => _provider;
    public DbOptions Options => options;
    public SqlDialect Dialect { get; } = SqlDialect.For(options.Kind);

    public static DbConnection CreateConnection(DbProvider provider, string connectionString) => provider switch
    {
        DbProvider.Sqlite => new SqliteConnection(connectionString),
        DbProvider.Postgres => new NpgsqlConnection(connectionString),
        _ => new SqlConnection(connectionString),
    };

    public async ValueTask<DbConnection> Connection(CancellationToken ct = default)
    {
        if (_connection is not null) return _connection;
        var connection = CreateConnection(_provider, options.ConnectionString);
        await connection.OpenAsync(ct);
        if (_provider == DbProvider.Sqlite)
            await connection.ExecuteAsync("pragma foreign_keys = on; pragma synchronous = normal; pragma busy_timeout = 30000;");
        return _connection = connection;
    }

    /// <summary>Begins a transaction, or joins the one already open (the outer owner commits).</summary>
    public async ValueTask<Tx> BeginAsync(CancellationToken ct = default)
    {
        if (_transaction is not null) return new Tx(this, owner: false);
        var connection = await Connection(ct);
        // SQLite: an immediate transaction takes the write lock up front, so two writers never deadlock on upgrade.
        _transaction = connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await connection.BeginTransactionAsync(ct);
        return new Tx(this, owner: true);
    }

    /// <summary>The connection for one statement (counted by the fault injector when a test registered one).</summary>
    ValueTask<DbConnection> For(string sql, CancellationToken ct)
    {
        faults?.Before(sql);
        return Connection(ct);
    }

    public async Task<IEnumerable<T>> Query<T>(string sql, object? param = null, CancellationToken ct = default) =>
        await (await For(sql, ct)).QueryAsync<T>(new CommandDefinition(sql, param, _transaction, cancellationToken: ct));

    public async Task<T?> QuerySingleOrDefault<T>(string sql, object? param = null, CancellationToken ct = default) =>
        await (await For(sql, ct)).QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, param, _transaction, cancellationToken: ct));

    public async Task<T?> Scalar<T>(string sql, object? param = null, CancellationToken ct = default) =>
        await (await For(sql, ct)).ExecuteScalarAsync<T>(new CommandDefinition(sql, param, _transaction, cancellationToken: ct));

    public async Task<int> Execute(string sql, object? param = null, CancellationToken ct = default) =>
        await (await For(sql, ct)).ExecuteAsync(new CommandDefinition(sql, param, _transaction, cancellationToken: ct));

    /// <summary>Inserts a row and returns its new id (the dialect decides between RETURNING and OUTPUT).</summary>
    public async Task<long> Insert(string table, string columns, string values, object param, CancellationToken ct = default) =>
        await Scalar<long>(Dialect.InsertReturningId(table, columns, values), param, ct);

    async ValueTask End(bool commit)
    {
        var tx = _transaction;
        _transaction = null;
        if (tx is null) return;
        try
        {
            if (commit)
            {
                faults?.Before("commit");
                await tx.CommitAsync();
            }
            else await tx.RollbackAsync();
        }
        finally { await tx.DisposeAsync(); }
    }

    public async ValueTask DisposeAsync()
    {
        await End(commit: false);
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = null;
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>A transaction scope: commit it, or dispose it to roll back.</summary>
    public sealed class Tx(DbSession session, bool owner) : IAsyncDisposable
    {
        bool _done;

        public async ValueTask CommitAsync()
        {
            _done = true;
            if (owner) await session.End(commit: true);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_done && owner) await session.End(commit: false);
        }
    }
}
