using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>Machine-readable output: one JSON document (camelCase, dates in ISO 8601, enums as names) on a line.</summary>
public static class JsonOut
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static int Write<T>(TextWriter o, T value)
    {
        o.WriteLine(JsonSerializer.Serialize(value, Options));
        return 0;
    }
}

/// <summary>
/// Progress on long work, on standard error: a Spectre.Console bar (items done, percentage, rate, time left) at a terminal;
/// a line per tenth when standard error is a file or a pipe; nothing with --quiet.
/// </summary>
public static class LongWork
{
    public static async Task<T> Run<T>(Commands.Context c, string what, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (c.Args.Has("quiet") || total <= 0) return await work(new Reporter(_ => { }));
        var sw = Stopwatch.StartNew();
        string Describe(int done)
        {
            var rate = done / Math.Max(0.001, sw.Elapsed.TotalSeconds);
            var left = done == 0 ? "" : $", about {TimeSpan.FromSeconds((total - done) / rate):m\\:ss} left";
            return $"{what} {done:N0}/{total:N0} ({rate:N1}/s{left})";
        }
        if (!Console.IsErrorRedirected && ReferenceEquals(c.Err, Console.Error))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return await console.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(Describe(0)), maxValue: total);
                    return await work(new Reporter(done => { task.Value = done; task.Description = Markup.Escape(Describe(done)); }));
                });
        }
        var lastTenth = -1;
        var result = await work(new Reporter(done =>
        {
            var tenth = (int)((long)done * 10 / total);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            c.Err.WriteLine(Describe(done));
        }));
        return result;
    }

    /// <summary>Reports on the caller's thread (System.Progress would post to the thread pool and arrive late).</summary>
    sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
