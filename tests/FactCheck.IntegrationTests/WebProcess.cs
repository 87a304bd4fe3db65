using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace FactCheck.IntegrationTests;

/// <summary>The web app as a real process on a free loopback port, on the test's database.</summary>
public sealed class WebProcess : IAsyncDisposable
{
    readonly Process _process;
    public Uri BaseAddress { get; }
    /// <summary>What the process printed (stdout and stderr), line by line.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; }

    WebProcess(Process process, Uri baseAddress, System.Collections.Concurrent.ConcurrentQueue<string> output) { _process = process; BaseAddress = baseAddress; Output = output; }

    public static Task<WebProcess> Start(Data.DbOptions db, params (string Key, string Value)[] settings) => Start(db, [], settings);

    /// <summary>Starts with <paramref name="leadingArgs"/> before <c>--urls</c> (e.g. <c>--demo</c>); a setting with an empty value is left unset.</summary>
    public static async Task<WebProcess> Start(Data.DbOptions db, string[] leadingArgs, params (string Key, string Value)[] settings)
    {
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0)) { l.Start(); port = ((IPEndPoint)l.LocalEndpoint).Port; }
        var dir = Directory.CreateTempSubdirectory("fc-web-").FullName;
        var env = new Dictionary<string, string>
        {
            ["FactCheck__Database__Provider"] = db.Provider,
            ["FactCheck__Database__ConnectionString"] = db.ConnectionString,
            ["FactCheck__Worker__Enabled"] = "false",
            ["FactCheck__SignIn__PerMinute"] = "1000",
            ["FactCheck__DataProtection__KeysDirectory"] = Path.Combine(dir, "keys"),
            ["FactCheck__Publishing__BaseUrl"] = $"http://127.0.0.1:{port}",
        };
        foreach (var (k, v) in settings) if (v.Length == 0) env.Remove(k); else env[k] = v;
        var psi = Processes.Start(Processes.WebDll, dir, env, [.. leadingArgs, "--urls", $"http://127.0.0.1:{port}"]);
        psi.Environment.Remove("FactCheck__Publishing__BaseUrl");
        if (env.TryGetValue("FactCheck__Publishing__BaseUrl", out var baseUrl)) psi.Environment["FactCheck__Publishing__BaseUrl"] = baseUrl;
        var process = Process.Start(psi)!;
        // Output is read (and dropped) so a chatty process never blocks on a full pipe.
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process, new Uri($"http://127.0.0.1:{port}"), output);
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        for (var i = 0; i < 600; i++) // up to a minute: the demo seeds first, and CI runs test classes side by side
        {
            try { if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return web; }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        await web.DisposeAsync();
        throw new TimeoutException("the web app did not start");
    }

    /// <summary>A client with its own cookies, not following redirects, signed in when a name is given.</summary>
    public async Task<HttpClient> Client(string? user = null, string password = Seed.Password, CookieContainer? cookies = null)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        if (user is null) return http;
        var signIn = await PostForm(http, "/account/signin", "/account/signin", new() { ["name"] = user, ["password"] = password });
        if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in as {user} failed: {(int)signIn.StatusCode}");
        return http;
    }

    /// <summary>GETs the form page for its anti-forgery token, then POSTs the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostForm(HttpClient http, string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await http.GetStringAsync(formPage);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        if (token.Length == 0) throw new InvalidOperationException($"no anti-forgery token on {formPage}");
        fields["__RequestVerificationToken"] = token;
        return await http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async ValueTask DisposeAsync()
    {
        try { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
