using FactCheck.Features.Tokens;

namespace FactCheck.Cli;

public static class TokenCommands
{
    public static async Task<int> Add(CliHost host, Args a, TextWriter o)
    {
        var name = a.Pos(2) ?? throw new UsageException("missing token NAME");
        var user = a.Opt("as") ?? throw new UsageException("give --as USER: the API acts as that user, with their roles");
        var r = await host.Send(new ApiTokens.Create(name, user, UserCommands.Operator));
        o.WriteLine($"token {r.Name} for {user} (shown once; only its hash is stored):");
        o.WriteLine(r.Token);
        return 0;
    }

    public static async Task<int> List(CliHost host, Args a, TextWriter o)
    {
        var rows = await host.Send(new ApiTokens.List());
        if (a.Has("json")) return JsonOut.Write(o, rows);
        foreach (var t in rows)
            o.WriteLine($"{t.Name,-20} {t.User,-16} created {t.CreatedAt:yyyy-MM-dd}  last used {(t.LastUsedAt is { } u ? u.ToString("yyyy-MM-dd HH:mm") : "never")}{(t.RevokedAt is null ? "" : "  REVOKED")}");
        if (rows.Count == 0) o.WriteLine("no tokens");
        return 0;
    }

    public static async Task<int> Revoke(CliHost host, Args a, TextWriter o)
    {
        var name = a.Pos(2) ?? throw new UsageException("missing token NAME");
        await host.Send(new ApiTokens.Revoke(name, UserCommands.Operator));
        o.WriteLine($"token {name} revoked");
        return 0;
    }
}
