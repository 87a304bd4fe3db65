using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Features.Users;

/// <summary>
/// Checks a name and password against the stored hash. Five failures in a row lock the account for fifteen minutes;
/// the message never says whether the name or the password was wrong.
/// </summary>
public static class SignIn
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public sealed record Command(string Name, string Password) : ICommand<Result>;

    /// <summary>The user, and a stamp of their password hash: a session whose stamp no longer matches has ended.</summary>
    public sealed record Result(Actor Actor, string Stamp);

    sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Roles { get; init; } = "";
        public string? PasswordHash { get; init; }
        public int FailedSignIns { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        static readonly PasswordHasher<string> Hasher = new();
        const string Wrong = "wrong user name or password";

        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var user = await db.QuerySingleOrDefault<Row>(
                "select id, name, roles, password_hash, failed_sign_ins, locked_until from app_user where name = @Name", cmd, ct);
            if (user is null || user.PasswordHash is null) throw new InputException("password", Wrong);
            if (user.LockedUntil is { } until && until > now)
                throw new InputException("password", $"too many failed sign-ins; try again after {until:HH:mm} UTC");
            var ok = Hasher.VerifyHashedPassword(user.Name, user.PasswordHash, cmd.Password) != PasswordVerificationResult.Failed;
            if (!ok)
            {
                var failures = user.FailedSignIns + 1;
                await db.Execute("update app_user set failed_sign_ins = @failures, locked_until = @locked where id = @Id",
                    new { failures = failures >= MaxFailures ? 0 : failures, locked = failures >= MaxFailures ? now + Lockout : (DateTimeOffset?)null, user.Id }, ct);
                // SignInFailed keeps the command's writes (see Transactional), so the count survives the error.
                throw new SignInFailed(failures >= MaxFailures ? $"too many failed sign-ins; locked for {Lockout.TotalMinutes:0} minutes" : Wrong);
            }
            await db.Execute("update app_user set failed_sign_ins = 0, locked_until = null where id = @Id", user, ct);
            return new Result(new Actor(user.Id, user.Name, UserSql.ParseRoles(user.Roles)), UserSql.Stamp(user.PasswordHash));
        }
    }

    /// <summary>A failed password: the counter update must survive, so this is not rolled back like other errors.</summary>
    public sealed class SignInFailed(string message) : FactCheckException(message, 2, 400), Behaviors.IKeepsWrites;
}
