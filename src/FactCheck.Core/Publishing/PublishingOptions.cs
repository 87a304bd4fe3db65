namespace FactCheck.Publishing;

/// <summary><c>FactCheck:Publishing</c>: who publishes the cards, where they live, and where they are pushed.</summary>
public sealed class PublishingOptions
{
    /// <summary>The desk's organisation: ClaimReview author and the name on share images.</summary>
    public string OrganizationName { get; set; } = "FactCheck Desk";
    public string OrganizationUrl { get; set; } = "https://factcheck.example";
    public const string DefaultBaseUrl = "http://localhost:5000";

    /// <summary>
    /// The public site's address; card URLs are BaseUrl + /claims/{slug}. When it is not configured
    /// (<see cref="BaseUrlConfigured"/> false), the web app answers with links derived from each request (behind a proxy:
    /// the forwarded scheme and host) and the worker uses the address the app listens on.
    /// </summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Whether <c>FactCheck:Publishing:BaseUrl</c> was set; set by the host, not bound.</summary>
    public bool BaseUrlConfigured { get; set; }
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
            if (!SafeUrls.IsHttp(t.Url)) errors.Add($"{at}:Url '{t.Url}' is not an absolute http(s) address");
            if (string.IsNullOrEmpty(t.Secret)) errors.Add($"{at}:Secret is empty (receivers check the signature with it)");
            if (t.MaxAttempts < 1) errors.Add($"{at}:MaxAttempts must be at least 1");
            foreach (var (e, j) in (t.Events ?? []).Select((e, j) => (e, j)))
                if (e != "*" && !knownEvents.Contains(e)) errors.Add($"{at}:Events:{j} '{e}' is not an event (known: *, {string.Join(", ", knownEvents.Order(StringComparer.Ordinal))})");
        }
        if (errors.Count > 0) throw new InvalidOperationException("Bad webhook settings: " + string.Join("; ", errors));
    }

    /// <summary>The same settings with another public address (for one request when none is configured).</summary>
    public PublishingOptions WithBaseUrl(string baseUrl)
    {
        var copy = (PublishingOptions)MemberwiseClone();
        copy.BaseUrl = baseUrl;
        return copy;
    }

    /// <summary>The first of the addresses the app listens on (<c>--urls</c>), a wildcard host read as localhost.</summary>
    public static string FromListenAddress(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        if (first is null) return DefaultBaseUrl;
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        return first.TrimEnd('/');
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
