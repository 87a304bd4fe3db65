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

    /// <summary>Appends paging to an ordered select; binds @Skip and @Take.</summary>
    public virtual string Page(string orderedSelect) => orderedSelect + " limit @Take offset @Skip";

    /// <summary>Due jobs, locked for this worker where the provider can skip rows other workers hold.</summary>
    public abstract string ClaimDueJobs { get; }
}

public sealed class SqliteDialect : SqlDialect
{
    // SQLite has one writer at a time: the claiming transaction itself is the lock.
    public override string ClaimDueJobs => """
        select id from job
        where (status = 'pending' and run_at <= @Now) or (status = 'running' and lease_expires_at <= @Now)
        order by run_at, id limit @Take
        """;
}

public sealed class PostgresDialect : SqlDialect
{
    public override string ClaimDueJobs => """
        select id from job
        where (status = 'pending' and run_at <= @Now) or (status = 'running' and lease_expires_at <= @Now)
        order by run_at, id limit @Take
        for update skip locked
        """;
}

public sealed class SqlServerDialect : SqlDialect
{
    public override string InsertReturningId(string table, string columns, string values) =>
        $"insert into {table} ({columns}) output inserted.id values ({values})";

    public override string Page(string orderedSelect) => orderedSelect + " offset @Skip rows fetch next @Take rows only";

    public override string ClaimDueJobs => """
        select top (@Take) id from job with (updlock, readpast, rowlock)
        where (status = 'pending' and run_at <= @Now) or (status = 'running' and lease_expires_at <= @Now)
        order by run_at, id
        """;
}
