using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FactCheck.Data;

/// <summary>
/// The one place that tells what a database error means for the person who caused it: a unique violation is
/// "already exists" (409), a NUL character PostgreSQL cannot store is bad input (400), a database that is read-only,
/// full, restarting or unreachable is "unavailable" (503). Anything else is a bug and stays an error.
/// </summary>
public static class DbErrors
{
    public static FactCheckException? Translate(DbException ex) => ex switch
    {
        PostgresException { SqlState: "23505" } pg => new ConflictException($"{What(pg.TableName)} already exists (someone created it just now); nothing was changed"),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } lite => new ConflictException($"{What(TableOf(lite.Message))} already exists (someone created it just now); nothing was changed"),
        SqlException { Number: 2627 or 2601 } => new ConflictException("it already exists (someone created it just now); nothing was changed"),
        PostgresException { SqlState: "22021" or "22P05" } => new InputException("text", "contains a NUL character (\\0) or bytes that are not text; remove them"),
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" } pg => ConnectionLost(pg.MessageText),
        PostgresException { SqlState: "25006" or "53100" or "53200" } pg => Unavailable(pg.MessageText),
        SqliteException { SqliteErrorCode: 8 or 13 or 14 or 5 or 10 } lite => Unavailable(lite.Message),
        SqlException { Number: 3906 or 1105 or 9002 or -2 or 53 or 4060 or 40613 } sql => Unavailable(sql.Message),
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } n => ConnectionLost(n.Message),
        _ when ex.IsTransient => Unavailable(ex.Message),
        _ => null,
    };

    /// <summary>Translates a database error anywhere inside <paramref name="ex"/>, or null.</summary>
    public static FactCheckException? Translate(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is DbException db && Translate(db) is { } translated) return translated;
        return null;
    }

    /// <summary>
    /// The server ended the connection (a restart, a failover, an administrator): every idle pooled connection is as
    /// dead as this one, so the pools are cleared and the next request opens a fresh connection instead of failing too.
    /// </summary>
    static UnavailableException ConnectionLost(string detail)
    {
        NpgsqlConnection.ClearAllPools();
        return Unavailable(detail);
    }

    static UnavailableException Unavailable(string detail) =>
        new($"the database is unavailable or cannot be written to just now ({detail.Split('\n')[0].Trim()}); nothing was changed, try again later");

    static string? TableOf(string message) =>
        message.IndexOf("failed: ", StringComparison.Ordinal) is var i and >= 0 ? message[(i + 8)..].Split('.')[0].Trim() : null;

    static string What(string? table) => table switch
    {
        "app_user" => "a user with that name",
        "api_token" => "an API token with that name",
        "article" => "that article",
        "claim_card" => "that card",
        null or "" => "it",
        _ => $"that {table.Replace('_', ' ')}",
    };
}
