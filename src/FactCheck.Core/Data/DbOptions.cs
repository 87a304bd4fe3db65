namespace FactCheck.Data;

/// <summary>Which database FactCheck uses: <c>FactCheck:Database</c> in appsettings.json or FactCheck__Database__* in the environment.</summary>
public sealed class DbOptions
{
    public const string DefaultSqlite = "Data Source=data/factcheck.db";

    /// <summary>sqlite (default), postgres or sqlserver.</summary>
    public string Provider { get; set; } = "sqlite";
    public string ConnectionString { get; set; } = DefaultSqlite;

    public DbProvider Kind => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DbProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DbProvider.Postgres,
        "sqlserver" or "mssql" => DbProvider.SqlServer,
        _ => throw new InvalidOperationException(
            $"FactCheck:Database:Provider is '{Provider}'; use sqlite, postgres or sqlserver"),
    };
}

public enum DbProvider { Sqlite, Postgres, SqlServer }
