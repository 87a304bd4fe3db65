using System.Text;
using FactCheck.Publishing;

namespace FactCheck.Features.FactChecks;

/// <summary>
/// Reads the inputs of a ClaimReview import: a file, or an http(s) URL fetched with a time limit; either is refused past
/// <see cref="ImportClaimReviews.MaxBytes"/> or when it is not UTF-8 text, with a message that names it.
/// </summary>
public static class ClaimReviewInputs
{
    public static async Task<ImportClaimReviews.Input> Read(string fileOrUrl, HttpClient http, CancellationToken ct)
    {
        if (fileOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || fileOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return await Fetch(fileOrUrl, http, ct);
        if (!File.Exists(fileOrUrl)) throw new InputException(fileOrUrl, "no such file (give a file, or an http or https URL)");
        await using var f = File.OpenRead(fileOrUrl);
        return new ImportClaimReviews.Input(fileOrUrl, await Text(fileOrUrl, f, ct));
    }

    public static async Task<ImportClaimReviews.Input> Fetch(string url, HttpClient http, CancellationToken ct)
    {
        if (!SafeUrls.IsHttp(url)) throw new InputException(url, SafeUrls.Message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode) throw new InputException(url, $"answered {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > ImportClaimReviews.MaxBytes) throw TooLarge(url);
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return new ImportClaimReviews.Input(url, await Text(url, body, timeout.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { throw new InputException(url, "did not answer within 30 seconds"); }
        catch (HttpRequestException ex) { throw new InputException(url, $"could not be fetched: {ex.Message}"); }
    }

    /// <summary>At most MaxBytes of strict UTF-8.</summary>
    public static async Task<string> Text(string origin, Stream s, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await s.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > ImportClaimReviews.MaxBytes) throw TooLarge(origin);
        }
        try { return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (DecoderFallbackException) { throw new InputException(origin, "is not UTF-8 text"); }
    }

    static InputException TooLarge(string origin) =>
        new(origin, $"is larger than {ImportClaimReviews.MaxBytes / 1024 / 1024} MB; split it or import a smaller feed");
}
