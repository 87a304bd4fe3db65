using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;

namespace FactCheck.Features.Users;

/// <summary>
/// An admin gives a user other roles; no roles at all takes away the user's access to the desk (their sign-in then
/// opens nothing). Nobody takes the admin role from themselves: the desk keeps an admin.
/// </summary>
public static class SetRoles
{
    public sealed record Command(string Name, string[] Roles, Actor By) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleForEach(c => c.Roles).KnownRoles();
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "changes roles");
            if (cmd.Name == cmd.By.Name && !cmd.Roles.Contains("admin"))
                throw new InputException("roles", "you cannot take the admin role from yourself; another admin can");
            var roles = string.Join(",", cmd.Roles.Distinct().Order());
            var before = await db.QuerySingleOrDefault<string>("select roles from app_user where name = @Name", new { cmd.Name }, ct)
                ?? throw new NotFoundException("user", cmd.Name);
            await db.Execute("update app_user set roles = @roles where name = @Name", new { roles, cmd.Name }, ct);
            static string Say(string r) => r.Length == 0 ? "none" : r.Replace(",", ", ");
            await Audit.Write(db, clock.GetUtcNow(), cmd.By, "roles.changed", cmd.Name, $"{Say(before)} → {Say(roles)}", ct);
            return Unit.Value;
        }
    }
}
