using System.Diagnostics;

namespace FactCheck.IntegrationTests;

/// <summary>Runs the real `factcheck` and web binaries as child processes on a database of the test's own.</summary>
public static class Processes
{
    public sealed record Output(int ExitCode, string Stdout, string Stderr);

    static string Configuration => AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "factcheck.dll");
    public static string WebDll => Path.Combine(TestApp.RepoRoot, "src", "FactCheck.Web", "bin", Configuration, "net10.0", "FactCheck.Web.dll");

    public static ProcessStartInfo Start(string dll, string workDir, IDictionary<string, string> env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        psi.Environment.Remove("FACTCHECK_USER");
        return psi;
    }

    public static Task<Output> Run(string dll, string workDir, IDictionary<string, string> env, params string[] args) =>
        RunWithInput(dll, workDir, env, null, args);

    /// <summary>Runs with <paramref name="stdin"/> written to the process's standard input (then closed).</summary>
    public static async Task<Output> RunWithInput(string dll, string workDir, IDictionary<string, string> env, string? stdin, params string[] args)
    {
        using var p = Process.Start(Start(dll, workDir, env, args))!;
        if (stdin is not null) await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(cts.Token);
        return new Output(p.ExitCode, await stdout, await stderr);
    }
}
