using FactCheck.Data;
using FactCheck.Workflow;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Features.Users;

public static class AddUser
{
    /// <param name="By">The admin adding the user; null when the operator does it (CLI, demo seed).</param>
    public sealed record Command(string Name, string[] Roles, string? Password = null, string? DisplayName = null, Actor? By = null) : ICommand<Result>;
    public sealed record Result(long Id, string Name, string[] Roles);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(100).Matches("^[A-Za-z0-9._@-]+$")
                .WithMessage("a user name is letters, digits and . _ @ - only");
            RuleFor(c => c.Roles).NotEmpty().WithMessage("give at least one role: factchecker, editor or admin");
            RuleForEach(c => c.Roles).KnownRoles();
            RuleFor(c => c.Password).StrongPassword(c => c.Name).When(c => c.Password is not null);
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        static readonly PasswordHasher<string> Hasher = new();

        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "adds users");
            if (await db.Scalar<long>("select count(*) from app_user where name = @Name", new { cmd.Name }, ct) > 0)
                throw new InputException("name", $"a user named '{cmd.Name}' already exists");
            var roles = cmd.Roles.Distinct().Order().ToArray();
            var id = await db.Insert("app_user", "name, display_name, roles, password_hash, created_at",
                "@Name, @DisplayName, @Roles, @Hash, @At",
                new
                {
                    cmd.Name, DisplayName = cmd.DisplayName ?? cmd.Name, Roles = string.Join(",", roles),
                    Hash = cmd.Password is null ? null : Hasher.HashPassword(cmd.Name, cmd.Password),
                    At = clock.GetUtcNow(),
                }, ct);
            await Audit.Write(db, clock.GetUtcNow(), cmd.By, "user.added", cmd.Name, roles.Length == 0 ? "no roles" : "roles " + string.Join(", ", roles), ct);
            return new Result(id, cmd.Name, roles);
        }
    }
}
