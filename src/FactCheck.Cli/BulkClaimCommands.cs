using System.Diagnostics;
using FactCheck.Data;
using FactCheck.Features.Claims;
using FactCheck.Publishing;

namespace FactCheck.Cli;

/// <summary>`factcheck claims import FILE [--skip-bad] [--as USER]` and `claims export FILE|- [--state S]`.</summary>
public static class BulkClaimCommands
{
    public static async Task<int> Import(CliHost host, Commands.Context c)
    {
        var (a, o, err) = (c.Args, c.Out, c.Err);
        var path = a.Pos(2) ?? throw new UsageException("give the CSV or TSV file: factcheck claims import FILE");
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
        char? separator = a.Opt("separator") switch { null => path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : null, "tab" => '\t', { Length: 1 } s => s[0], var s => throw new UsageException($"--separator '{s}': one character, or tab") };
        var actor = await host.Actor(a, required: false);
        List<ImportClaims.Row> good;
        List<ImportClaims.BadRow> bad;
        using (var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true)))
        {
            try { (good, bad) = ImportClaims.Read(reader, path, separator); }
            catch (System.Text.DecoderFallbackException) { throw new UsageException($"{path} is not UTF-8 text; save it as UTF-8"); }
        }
        foreach (var b in bad.Take(50)) err.WriteLine($"{path}, line {b.Line}: {b.Message}");
        if (bad.Count > 50) err.WriteLine($"… and {bad.Count - 50} more bad rows");
        if (bad.Count > 0 && !a.Has("skip-bad"))
        {
            err.WriteLine($"nothing imported: {bad.Count} bad row{(bad.Count == 1 ? "" : "s")} of {good.Count + bad.Count}; fix them, or give --skip-bad to import the {good.Count} good ones");
            return 2;
        }
        if (good.Count == 0) { o.WriteLine("no rows to import"); return bad.Count > 0 ? 2 : 0; }
        var sw = Stopwatch.StartNew();
        var done = 0;
        ImportClaims.Result r;
        try
        {
            r = await LongWork.Run(c, "claims imported", good.Count, progress =>
                host.Send(new ImportClaims.Command(good, actor, new Counted(progress, n => done = n)), c.Stop).AsTask());
        }
        catch (OperationCanceledException)
        {
            err.WriteLine($"stopped after {done:N0} of {good.Count:N0} claims: nothing was imported (an import is one transaction); run it again to import them all");
            return 130;
        }
        o.WriteLine($"{r.Opened:N0} claims opened (ids {r.FirstId}–{r.LastId}) in {sw.Elapsed.TotalSeconds:F1} s{(bad.Count > 0 ? $"; {bad.Count} bad rows skipped" : "")}");
        return 0;
    }

    public static async Task<int> Export(CliHost host, Args a, TextWriter o, TextWriter err)
    {
        var path = a.Pos(2) ?? throw new UsageException("give the file to write (or - for standard output): factcheck claims export FILE");
        var links = host.Get<PublishingOptions>();
        int count;
        if (path == "-") count = await ExportClaims.Write(host.Get<DbSession>(), links, o, a.Opt("state"), default);
        else
        {
            await using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
            count = await ExportClaims.Write(host.Get<DbSession>(), links, w, a.Opt("state"), default);
        }
        (path == "-" ? err : o).WriteLine($"{count:N0} claims written{(path == "-" ? "" : " to " + path)}");
        return 0;
    }

    sealed class Counted(IProgress<int> inner, Action<int> seen) : IProgress<int>
    {
        public void Report(int value) { seen(value); inner.Report(value); }
    }
}
