namespace FactCheck.Data;

/// <summary>The few statements that differ between providers. Everything else is plain portable SQL.</summary>
public abstract class SqlDialect
{
    public static SqlDialect For(DbProvider provider) => provider switch
    {
        DbProvider.Sqlite => new SqliteDialect(),
        DbProvider.Postgres => new PostgresDialect(),
        _ => new SqlServerDialect(),
    };

    /// <summary>An insert that returns the new row's id as a scalar.</summary>
    public virtual string InsertReturningId(string table, string columns, string values) =>
        $"insert into {table} ({columns}) values ({values}) returning id";

    /// <summary>An update that returns one column of the updated rows, read and written in one statement (no read-then-write race).</summary>
    public virtual string UpdateReturning(string table, string set, string where, string column) =>
        $"update {table} set {set} where {where} returning {column}";

    /// <summary>Appends paging to an ordered select; binds @Skip and @Take.</summary>
    public virtual string Page(string orderedSelect) => orderedSelect + " limit @Take offset @Skip";

    /// <summary>
    /// Due jobs (pending with run_at passed, or running with a lapsed lease), locked for this worker where the provider can
    /// skip rows other workers hold. Two statements (lapsed leases first), each an index range scan rather than one OR, so a deep backlog costs no sort.
    /// </summary>
    public abstract IReadOnlyList<string> ClaimDueJobs { get; }

    protected const string Expired = "status = 'running' and lease_expires_at <= @Now";
    protected const string Pending = "status = 'pending' and run_at <= @Now";
}

public sealed class SqliteDialect : SqlDialect
{
    // SQLite has one writer at a time: the claiming transaction itself is the lock.
    public override IReadOnlyList<string> ClaimDueJobs { get; } =
        [$"select id from job where {Expired} limit @Take", $"select id from job where {Pending} order by run_at, id limit @Take"];
}

public sealed class PostgresDialect : SqlDialect
{
    public override IReadOnlyList<string> ClaimDueJobs { get; } =
    [
        $"select id from job where {Expired} limit @Take for update skip locked",
        $"select id from job where {Pending} order by run_at, id limit @Take for update skip locked",
    ];
}

public sealed class SqlServerDialect : SqlDialect
{
    public override string InsertReturningId(string table, string columns, string values) =>
        $"insert into {table} ({columns}) output inserted.id values ({values})";

    public override string UpdateReturning(string table, string set, string where, string column) =>
        $"update {table} set {set} output inserted.{column} where {where}";

    public override string Page(string orderedSelect) => orderedSelect + " offset @Skip rows fetch next @Take rows only";

    public override IReadOnlyList<string> ClaimDueJobs { get; } =
    [
        $"select top (@Take) id from job with (updlock, readpast, rowlock) where {Expired}",
        $"select top (@Take) id from job with (updlock, readpast, rowlock) where {Pending} order by run_at, id",
    ];
}
