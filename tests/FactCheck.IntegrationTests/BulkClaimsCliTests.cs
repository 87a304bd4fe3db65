using System.Text;

namespace FactCheck.IntegrationTests;

/// <summary>`factcheck claims import/export` and `claimreview import` as a user runs them: a real process on a SQLite file.</summary>
public sealed class BulkClaimsCliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("fc-bulk-").FullName;
    readonly Dictionary<string, string> _env;

    public BulkClaimsCliTests() => _env = new()
    {
        ["FactCheck__Database__Provider"] = "sqlite",
        ["FactCheck__Database__ConnectionString"] = $"Data Source={Path.Combine(_dir, "data", "fc.db")}",
    };

    Task<Processes.Output> Fc(params string[] args) => Processes.Run(Processes.CliDll, _dir, _env, args);

    string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_imports_nothing_and_names_the_line_and_skip_bad_imports_the_rest()
    {
        var csv = File("claims.csv", """
            text,speaker,channel,url,published
            "Cargo traffic at the port rose 14 percent last year, the authority said",Port authority,,https://news.example/port,2026-11-02
            "Talks would focus on economic matters
            and nothing else",Lukashenko,Belta,https://news.example/minsk,2026-11-03
            ,Nobody,,,
            Russian forces could be preparing a new offensive,Ukraine,,javascript:alert(1),
            The bridge is closed,City,,,next tuesday
            """);
        var refused = await Fc("claims", "import", csv);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("claims.csv, line 5: text is empty", refused.Stderr);
        Assert.Contains("claims.csv, line 6: url 'javascript:alert(1)' must be an absolute http or https URL", refused.Stderr);
        Assert.Contains("claims.csv, line 7: published 'next tuesday' is not a date", refused.Stderr);
        Assert.Contains("nothing imported: 3 bad rows of 5", refused.Stderr);
        Assert.Contains("no claims", (await Fc("claims", "list")).Stdout);

        var imported = await Fc("claims", "import", csv, "--skip-bad");
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Contains("2 claims opened (ids 1–2)", imported.Stdout);
        Assert.Contains("3 bad rows skipped", imported.Stdout);
        var shown = await Fc("claims", "show", "2");
        Assert.Contains("and nothing else", shown.Stdout); // a quoted field with a line break stays one claim

        var header = await Fc("claims", "import", File("bad-header.csv", "claim,who\nA claim,Someone\n"));
        Assert.Equal(2, header.ExitCode);
        Assert.Contains("line 1: no 'text' column (found: claim, who)", header.Stderr);

        var tsv = await Fc("claims", "import", File("more.tsv", "speaker\ttext\nMinistry\tUnemployment fell to a record low in March\n"));
        Assert.True(tsv.ExitCode == 0, tsv.Stderr);

        var export = await Fc("claims", "export", "-");
        Assert.True(export.ExitCode == 0, export.Stderr);
        var lines = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,state,text,speaker,speaker_kind,channel,rating,card_url,created_at,updated_at", lines[0].TrimEnd('\r'));
        Assert.StartsWith("1,intake,\"Cargo traffic at the port rose 14 percent last year, the authority said\",Port authority,", lines[1]);
        Assert.Contains("3 claims written", export.Stderr);
        Assert.Contains("3,intake,Unemployment fell to a record low in March,Ministry,", export.Stdout);
    }

    [Fact]
    public async Task Claimreview_import_takes_files_and_names_what_is_wrong()
    {
        var good = File("reviews.json", """
            {"@context":"https://schema.org","@type":"ClaimReview","url":"https://checkers.example/a","claimReviewed":"The moon is made of cheese.",
             "author":{"name":"Sky Checkers"},"reviewRating":{"alternateName":"False"},"datePublished":"2024-01-02"}
            """);
        var ok = await Fc("claimreview", "import", good);
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Contains("1 review read: 1 added, 0 updated", ok.Stdout);
        Assert.Contains("Sky Checkers: False — The moon is made of cheese. <https://checkers.example/a>", (await Fc("claimreview", "list")).Stdout);
        var bad = await Fc("claimreview", "import", File("bad.json", "{\"@type\":\"ClaimReview\",\"url\":\"https://x.example/b\"}"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.json, review 1: names no organisation", bad.Stderr);
        var missing = await Fc("claimreview", "import", Path.Combine(_dir, "nope.json"));
        Assert.Contains("no such file", missing.Stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
