using System.Net;

namespace FactCheck.IntegrationTests;

/// <summary>A local HTTP receiver for webhook tests: records each delivery; the first <c>failFirst</c> requests get a 503.</summary>
public sealed class WebhookReceiver : IDisposable
{
    public sealed record Delivery(string Path, string Event, string Body, string Signature, string Key);

    readonly HttpListener _listener = new();
    readonly List<Delivery> _received = [];
    int _attempts;

    public int Port { get; } = PublishingTests.FreePort();
    public int Attempts => Volatile.Read(ref _attempts);
    public IReadOnlyList<Delivery> Received { get { lock (_received) return [.. _received]; } }
    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public WebhookReceiver(int failFirst = 0)
    {
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _listener.GetContextAsync(); } catch (Exception) { return; }
                var body = await new StreamReader(ctx.Request.InputStream).ReadToEndAsync();
                var fail = Interlocked.Increment(ref _attempts) <= failFirst;
                ctx.Response.StatusCode = fail ? 503 : 204;
                if (!fail)
                    lock (_received) _received.Add(new(ctx.Request.Url!.AbsolutePath, ctx.Request.Headers["X-FactCheck-Event"] ?? "", body,
                        ctx.Request.Headers["X-FactCheck-Signature"] ?? "", ctx.Request.Headers["X-FactCheck-Delivery"] ?? ""));
                ctx.Response.Close();
            }
        });
    }

    /// <summary>Stops taking requests; what was received stays readable.</summary>
    public void Stop() => _listener.Stop();

    public void Dispose() => _listener.Close();
}
