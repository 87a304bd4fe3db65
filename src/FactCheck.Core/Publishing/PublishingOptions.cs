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

    /// <summary>
    /// Stops start-up on a webhook target that could never deliver: no name or a repeated one, no absolute http(s) URL,
    /// no secret, fewer than one attempt, or an event no workflow raises. Says which setting and why.
    /// </summary>
    public void Validate(IReadOnlySet<string> knownEvents)
    {
        var errors = new List<string>();
        for (var i = 0; i < Webhooks.Count; i++)
        {
            var t = Webhooks[i];
            var at = $"FactCheck:Publishing:Webhooks:{i}";
            if (string.IsNullOrWhiteSpace(t.Name)) errors.Add($"{at}:Name is empty");
            else if (Webhooks.Take(i).Any(o => o.Name == t.Name)) errors.Add($"{at}:Name '{t.Name}' is used by an earlier target");
            if (!Uri.TryCreate(t.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) errors.Add($"{at}:Url '{t.Url}' is not an absolute http(s) address");
            if (string.IsNullOrEmpty(t.Secret)) errors.Add($"{at}:Secret is empty (receivers check the signature with it)");
            if (t.MaxAttempts < 1) errors.Add($"{at}:MaxAttempts must be at least 1");
            foreach (var (e, j) in (t.Events ?? []).Select((e, j) => (e, j)))
                if (e != "*" && !knownEvents.Contains(e)) errors.Add($"{at}:Events:{j} '{e}' is not an event (known: *, {string.Join(", ", knownEvents.Order(StringComparer.Ordinal))})");
        }
        if (errors.Count > 0) throw new InvalidOperationException("Bad webhook settings: " + string.Join("; ", errors));
    }

    public string CardUrl(string slug, int? version = null) => $"{BaseUrl.TrimEnd('/')}/claims/{slug}" + (version is null ? "" : $"/v{version}");
}

/// <summary>
/// A push target: each event it receives is POSTed as JSON with an X-FactCheck-Signature: sha256=HMAC(secret, body)
/// header. <see cref="Events"/> names the events it receives (<c>card.published</c>, <c>verdict_awaiting_approval</c>,
/// <c>overdue</c>…, or <c>*</c> for all); left out, a target receives <c>card.published</c> only.
/// </summary>
public sealed class WebhookTarget
{
    public const string CardPublished = "card.published";

    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    public int MaxAttempts { get; set; } = 6;
    /// <summary>Null (not configured) means card.published only; bound from configuration, so no default list here (binding appends to one).</summary>
    public List<string>? Events { get; set; }

    public bool Receives(string kind) =>
        Events is not { Count: > 0 } ? kind == CardPublished : Events.Contains("*") || Events.Contains(kind, StringComparer.Ordinal);
}
