using System.Security.Claims;
using System.Text.Encodings.Web;
using FactCheck.Data;
using FactCheck.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FactCheck.Web;

/// <summary>`Authorization: Bearer fc_…` → the token's user and roles. Used only by /api.</summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DbSession db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var actor = await ApiTokens.Authenticate(db, header["Bearer ".Length..].Trim(), clock.GetUtcNow(), Context.RequestAborted);
        if (actor is null) return AuthenticateResult.Fail("unknown or revoked API token");
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId!.Value.ToString()), new(ClaimTypes.Name, actor.Name) };
        claims.AddRange(actor.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"factcheck\"";
        return Response.WriteAsJsonAsync(new { title = "An API token is needed", detail = "Send Authorization: Bearer <token>; an admin creates one with factcheck tokens add NAME --as USER.", status = 401 });
    }
}
