using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactCheck.Data;
using FactCheck.Publishing;

namespace FactCheck.Jobs.Activities;

/// <summary>
/// POSTs a published card to a webhook target as JSON (the ClaimReview and the card), signed with
/// <c>X-FactCheck-Signature: sha256=HEX(HMAC-SHA256(secret, body))</c>; <c>X-FactCheck-Delivery</c> carries the job's
/// idempotency key so a receiver can drop a repeat. A non-2xx answer or a network error is retried by the runtime;
/// when retries are spent it becomes an incident.
/// </summary>
public sealed class PushCard(DbSession db, PublishingOptions options, IHttpClientFactory http) : IActivity
{
    public async Task<ActivityResult> Run(ActivityContext c, CancellationToken ct)
    {
        var target = options.Webhooks.FirstOrDefault(t => t.Name == c.InputString("target"));
        if (target is null) return ActivityResult.Fail($"no webhook target named '{c.InputString("target")}' is configured");
        var card = await CardSql.Get(db, c.InputString("slug") ?? "", ct: ct);
        if (card is null) return ActivityResult.Fail($"card '{c.InputString("slug")}' does not exist");
        var body = JsonSerializer.Serialize(new { @event = "card.published", card = CardRenderer.ClaimReview(card, options), slug = card.Slug, version = card.Version });
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-FactCheck-Signature", "sha256=" + Sign(target.Secret, body));
        request.Headers.Add("X-FactCheck-Delivery", c.IdempotencyKey);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("FactCheck", "1.0"));
        try
        {
            using var response = await http.CreateClient("webhooks").SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? ActivityResult.Done($"pushed to {target.Name}: {(int)response.StatusCode}")
                : ActivityResult.Retry($"{target.Name} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException ex) { return ActivityResult.Retry($"{target.Name}: {ex.Message}"); }
    }

    public static string Sign(string secret, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
