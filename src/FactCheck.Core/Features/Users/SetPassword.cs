using FactCheck.Data;
using FactCheck.Workflows;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Features.Users;

/// <summary>An admin sets a user's password (hashed, never stored as given); it also lifts a sign-in lockout.</summary>
public static class SetPassword
{
    public sealed record Command(string Name, string Password, Actor By) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Password).StrongPassword(c => c.Name);
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        static readonly PasswordHasher<string> Hasher = new();

        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            UserSql.RequireAdmin(cmd.By, "sets passwords");
            var hash = Hasher.HashPassword(cmd.Name, cmd.Password);
            if (await db.Execute("update app_user set password_hash = @hash, failed_sign_ins = 0, locked_until = null where name = @Name",
                    new { hash, cmd.Name }, ct) == 0)
                throw new NotFoundException("user", cmd.Name);
            await Audit.Write(db, clock.GetUtcNow(), cmd.By, "password.set", cmd.Name, "lockout lifted, other sessions ended", ct);
            return Unit.Value;
        }
    }
}
