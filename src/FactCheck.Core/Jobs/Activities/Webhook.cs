using FactCheck.Workflows;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Publishing;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// One signed POST to a webhook target: <c>X-FactCheck-Signature: sha256=HEX(HMAC-SHA256(secret, body))</c>,
/// <c>X-FactCheck-Event</c> the event's name and <c>X-FactCheck-Delivery</c> the job's idempotency key, so a receiver
/// can drop a repeat. A non-2xx answer or a network error asks the runtime for a retry.
/// </summary>
public static class Webhook
{
    /// <summary>The target a push job names (input <c>target</c>); null when none by that name is configured any more.</summary>
    public static WebhookTarget? TargetOf(PublishingOptions options, ActivityContext c) => options.Webhooks.FirstOrDefault(t => t.Name == c.InputString("target"));

    public static ActivityResult NoTarget(ActivityContext c) => ActivityResult.Fail($"no webhook target named '{c.InputString("target")}' is configured");

    public static async Task<ActivityResult> Post(IHttpClientFactory http, WebhookTarget target, string kind, string body, string delivery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-FactCheck-Signature", "sha256=" + Sign(target.Secret, body));
        request.Headers.Add("X-FactCheck-Event", kind);
        request.Headers.Add("X-FactCheck-Delivery", delivery);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("FactCheck", "1.0"));
        try
        {
            using var response = await http.CreateClient("webhooks").SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? ActivityResult.Done($"{kind} pushed to {target.Name}: {(int)response.StatusCode}")
                : ActivityResult.Retry($"{target.Name} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException ex) { return ActivityResult.Retry($"{target.Name}: {ex.Message}"); }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested) { return ActivityResult.Retry($"{target.Name}: no answer in time ({ex.Message})"); }
    }

    public static string Sign(string secret, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
