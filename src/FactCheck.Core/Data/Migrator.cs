using System.Reflection;
using Dapper;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace FactCheck.Data;

/// <summary>Applies the numbered .sql migrations of the configured provider with DbUp.</summary>
public static class Migrator
{
    public static IReadOnlyList<string> Migrate(DbOptions options)
    {
        DapperSetup.Run();
        var kind = options.Kind;
        var folder = kind switch { DbProvider.Sqlite => "sqlite", DbProvider.Postgres => "postgres", _ => "sqlserver" };
        var prefix = $"FactCheck.Data.Migrations.{folder}.";
        var cs = options.ConnectionString;
        var builder = kind switch
        {
            DbProvider.Sqlite => DeployChanges.To.SqliteDatabase(PrepareSqlite(cs)),
            DbProvider.Postgres => DeployChanges.To.PostgresqlDatabase(cs),
            _ => DeployChanges.To.SqlDatabase(cs),
        };
        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.StartsWith(prefix, StringComparison.Ordinal))
            .WithVariablesDisabled()
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        DatabaseUpgradeResult result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException(
                $"migration {result.ErrorScript?.Name ?? "?"} failed on {kind}: {result.Error?.Message}", result.Error);
        var applied = result.Scripts.Select(s => s.Name[prefix.Length..]).ToList();
        if (applied.Contains("0007_claim_term.sql") && !applied.Contains("0011_search.sql")) IndexClaimTerms(options);
        if (applied.Contains("0011_search.sql")) IndexForMatching(options);
        return applied;
    }

    /// <summary>After 0007: the words of the claims that were there before it (new claims are indexed as they open).</summary>
    static void IndexClaimTerms(DbOptions options)
    {
        using var connection = DbSession.CreateConnection(options.Kind, options.ConnectionString);
        connection.Open();
        long after = 0;
        while (true)
        {
            var batch = connection.Query<(long Id, string Text)>(
                SqlDialect.For(options.Kind).Page("select id, text from claim where id > @after order by id"), new { after, Take = 1000, Skip = 0 }).ToList();
            if (batch.Count == 0) return;
            using var tx = connection.BeginTransaction();
            connection.Execute("insert into claim_term (claim_id, term) values (@Id, @Term)",
                batch.SelectMany(c => Search.Analyzer.Terms(c.Text).Select(t => new { c.Id, Term = t })), tx);
            tx.Commit();
            after = batch[^1].Id;
        }
    }

    /// <summary>
    /// After 0011: every existing claim's words again (the analyser now stems and folds country adjectives) and its
    /// text and embedding for "already checked?" (about 5 ms a claim; progress on standard error every 1,000).
    /// </summary>
    static void IndexForMatching(DbOptions options)
    {
        using var connection = DbSession.CreateConnection(options.Kind, options.ConnectionString);
        connection.Open();
        var total = connection.ExecuteScalar<long>("select count(*) from claim");
        if (total == 0) return;
        connection.Execute("delete from claim_term");
        var latest = options.Kind == DbProvider.SqlServer ? "offset 0 rows fetch next 1 rows only" : "limit 1";
        long after = 0, done = 0;
        while (true)
        {
            var batch = connection.Query<(long Id, string Text, string? Summary)>(SqlDialect.For(options.Kind).Page(
                "select c.id, c.text, (select k.summary from claim_card k where k.claim_id = c.id order by k.version desc " + latest + ") as summary " +
                "from claim c where c.id > @after order by c.id"), new { after, Take = 256, Skip = 0 }).ToList();
            if (batch.Count == 0) break;
            var vectors = Search.Embedder.Encode([.. batch.Select(c => c.Text)]);
            using (var tx = connection.BeginTransaction())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var (id, text, summary) = batch[i];
                    var indexed = Search.MatchIndex.ClaimText(text, summary);
                    connection.Execute("insert into claim_term (claim_id, term) values (@id, @Term)",
                        Search.Analyzer.Terms(indexed).Select(t => new { id, Term = t }), tx);
                    connection.Execute("insert into search_doc (kind, ref_id, text, embedding, published) values (@Kind, @id, @indexed, @Embedding, @Published)",
                        new { Kind = Search.MatchIndex.ClaimKind, id, indexed, Embedding = Search.Embedder.ToBytes(vectors[i]), Published = summary is null ? 0 : 1 }, tx);
                }
                tx.Commit();
            }
            after = batch[^1].Id;
            var before = done;
            done += batch.Count;
            if (total > 1000 && done / 1000 > before / 1000) Console.Error.WriteLine($"migration 0011: indexed {done:N0} of {total:N0} claims for matching");
        }
    }

    /// <summary>Creates the SQLite file's folder and turns on WAL (a property of the file, set once).</summary>
    static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            using var c = new SqliteConnection(connectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "pragma journal_mode = wal;";
            cmd.ExecuteNonQuery();
        }
        return connectionString;
    }
}
