using FactCheck.Features.Users;
using FactCheck.Workflows;

namespace FactCheck.Cli;

public static class UserCommands
{
    public static async Task<int> Add(CliHost host, Args a, TextWriter o)
    {
        var name = a.Pos(2) ?? throw new UsageException("missing user NAME");
        var roles = a.All("role").SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (roles.Length == 0) throw new UsageException("give at least one --role: factchecker, editor or admin");
        var r = await host.Send(new AddUser.Command(name, roles, ReadPassword(a, required: false), a.Opt("display-name"), Operator));
        o.WriteLine($"user {r.Id} {r.Name} ({string.Join(", ", r.Roles)})");
        return 0;
    }

    /// <summary>
    /// A password never comes from an argument (it would sit in the shell's history and the process list): it is read
    /// from standard input with --password-stdin (one line), or asked for at the terminal without echo (twice). Scripts
    /// that cannot do either may still pass --password P, but only together with --insecure-password-arg.
    /// </summary>
    static string? ReadPassword(Args a, bool required)
    {
        if (a.Opt("password") is { } given)
            return a.Has("insecure-password-arg") ? given
                : throw new UsageException("--password puts the password into the shell history and the process list; use --password-stdin (or the prompt), or add --insecure-password-arg if you must");
        if (a.Has("password-stdin"))
            return (Console.In.ReadLine() ?? "").TrimEnd('\r') is { Length: > 0 } line ? line : throw new UsageException("--password-stdin: standard input held no password");
        if (Console.IsInputRedirected)
            return required ? throw new UsageException("give the password on standard input with --password-stdin, or run this at a terminal to be asked for it") : null;
        var first = Prompt("Password (at least 12 characters; not shown): ");
        if (first.Length == 0 && !required) return null;
        if (Prompt("Again: ") != first) throw new UsageException("the two passwords differ; nothing was changed");
        return first;
    }

    static string Prompt(string label)
    {
        Console.Error.Write(label);
        var sb = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (sb.Length > 0) sb.Length--; }
            else if (!char.IsControl(key.KeyChar)) sb.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return sb.ToString();
    }

    /// <summary>Whoever runs the CLI on the server is trusted as an admin, as when they created the first one.</summary>
    internal static readonly Actor Operator = new(null, "cli", new HashSet<string> { "admin" });

    public static async Task<int> Roles(CliHost host, Args a, TextWriter o)
    {
        var name = a.Pos(2) ?? throw new UsageException("missing user NAME");
        var roles = a.All("role").SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (roles.Length == 0 && !a.Has("none")) throw new UsageException("give at least one --role: factchecker, editor or admin (or --none to close the desk to them)");
        await host.Send(new SetRoles.Command(name, roles, Operator));
        o.WriteLine(roles.Length > 0 ? $"{name}: {string.Join(", ", roles.Distinct().Order())}" : $"{name}: no roles; the desk is closed to them");
        return 0;
    }

    public static async Task<int> Password(CliHost host, Args a, TextWriter o)
    {
        var name = a.Pos(2) ?? throw new UsageException("missing user NAME");
        await host.Send(new SetPassword.Command(name, ReadPassword(a, required: true)!, Operator));
        o.WriteLine($"{name}: new password set; sign-in lockout lifted; other sessions ended");
        return 0;
    }

    public static async Task<int> AuditLog(CliHost host, Args a, TextWriter o)
    {
        var limit = a.Opt("limit") is { } l ? int.TryParse(l, out var n) ? n : throw new UsageException($"--limit '{l}' is not a number") : 50;
        var entries = await host.Send(new Audit.Query(limit));
        if (a.Has("json")) return JsonOut.Write(o, entries);
        foreach (var e in entries)
            o.WriteLine($"{e.At:yyyy-MM-dd HH:mm:ss}Z  {e.Actor,-16} {e.Action,-14} {e.Subject,-20} {e.Detail}");
        if (entries.Count == 0) o.WriteLine("no changes recorded");
        return 0;
    }

    public static async Task<int> List(CliHost host, Args a, TextWriter o)
    {
        var users = await host.Send(new ListUsers.Query());
        if (a.Has("json")) return JsonOut.Write(o, users.Select(u => new { u.Id, u.Name, u.DisplayName, roles = u.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), locked = u.LockedUntil > DateTimeOffset.UtcNow }));
        foreach (var u in users)
            o.WriteLine($"{u.Id,5}  {u.Name,-24} {u.Roles}{(u.LockedUntil > DateTimeOffset.UtcNow ? "  (locked)" : "")}");
        return 0;
    }
}
