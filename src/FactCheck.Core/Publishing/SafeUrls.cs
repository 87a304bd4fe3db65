using FluentValidation;

namespace FactCheck.Publishing;

/// <summary>
/// The one allow-list of URL schemes: every address a user or integrator gives (an article's URL, a source's URL) is an
/// absolute http or https URL; a link in a rationale may also be mailto: or a path on this site.
/// </summary>
public static class SafeUrls
{
    public const string Message = "must be an absolute http or https URL";

    public static bool IsHttp(string? url) =>
        url is not null && url.Length <= 2000 && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host)
        && !url.Any(char.IsControl);

    public static bool IsSafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl)) return false;
        var u = url.Trim();
        if (u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith("/\\", StringComparison.Ordinal)) return true;
        if (u.StartsWith('#')) return true;
        return IsHttp(u) || (Uri.TryCreate(u, UriKind.Absolute, out var m) && m.Scheme == Uri.UriSchemeMailto);
    }

    /// <summary>The validator rule: null passes (optional fields), anything else must be http(s).</summary>
    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(u => u is null || IsHttp(u)).WithMessage(Message);
}
