namespace FactCheck.Publishing;

/// <summary><c>FactCheck:Publishing</c>: who publishes the cards, where they live, and where they are pushed.</summary>
public sealed class PublishingOptions
{
    /// <summary>The desk's organisation: ClaimReview author and the name on share images.</summary>
    public string OrganizationName { get; set; } = "FactCheck Desk";
    public string OrganizationUrl { get; set; } = "https://factcheck.example";
    /// <summary>The public site's address; card URLs are BaseUrl + /claims/{slug}.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";
    public string Language { get; set; } = "en";
    /// <summary>Show the reviewer's and approver's names on cards.</summary>
    public bool ShowReviewers { get; set; } = true;
    public List<WebhookTarget> Webhooks { get; set; } = [];

    public string CardUrl(string slug, int? version = null) => $"{BaseUrl.TrimEnd('/')}/claims/{slug}" + (version is null ? "" : $"/v{version}");
}

/// <summary>A push target: the card is POSTed as JSON with an X-FactCheck-Signature: sha256=HMAC(secret, body) header.</summary>
public sealed class WebhookTarget
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    public int MaxAttempts { get; set; } = 6;
}
