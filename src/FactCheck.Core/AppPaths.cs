using Microsoft.Data.Sqlite;

namespace FactCheck;

/// <summary>
/// Where relative paths (the SQLite file, the workflows folder) resolve: the nearest folder at or above the current
/// directory holding workflows/claim-review.json (a checkout), else the current directory. So the web app and the CLI,
/// started with `dotnet run --project …` from anywhere in a checkout, share one data/factcheck.db.
/// </summary>
public static class AppPaths
{
    public static string Root { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "workflows", "claim-review.json"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>Makes a relative SQLite Data Source absolute against <see cref="Root"/>.</summary>
    public static string ResolveSqlite(string connectionString)
    {
        var b = new SqliteConnectionStringBuilder(connectionString);
        if (b.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(b.DataSource) || b.DataSource == ":memory:" || Path.IsPathRooted(b.DataSource))
            return connectionString;
        b.DataSource = Resolve(b.DataSource);
        return b.ConnectionString;
    }
}
