using FactCheck.Data;
using FactCheck.Features.Users;

namespace FactCheck.Cli;

public static class UserCommands
{
    public static async Task<int> Add(CliHost host, Args a, TextWriter o)
    {
        a.NoUnknown("role", "password", "display-name");
        var name = a.Pos(2) ?? throw new UsageException("missing user NAME");
        var roles = a.All("role").SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (roles.Length == 0) throw new UsageException("give at least one --role: factchecker, editor or admin");
        var r = await host.Send(new AddUser.Command(name, roles, a.Opt("password"), a.Opt("display-name")));
        o.WriteLine($"user {r.Id} {r.Name} ({string.Join(", ", r.Roles)})");
        return 0;
    }

    sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Roles { get; init; } = "";
    }

    public static async Task<int> List(CliHost host, TextWriter o)
    {
        foreach (var u in await host.Get<DbSession>().Query<Row>("select id, name, roles from app_user order by name"))
            o.WriteLine($"{u.Id,5}  {u.Name,-24} {u.Roles}");
        return 0;
    }
}
