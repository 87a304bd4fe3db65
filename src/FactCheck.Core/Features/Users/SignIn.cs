using FactCheck.Data;
using FactCheck.Workflows;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FactCheck.Features.Users;

/// <summary>
/// Checks a name and password against the stored hash. Five failures in a row lock the account for fifteen minutes.
/// One message for an unknown name, a wrong password and a locked account, and the same work (one hash check) for
/// each, so neither the answer nor its timing tells whether a user exists. The failure count is raised in a single
/// statement and a success is accepted only while the account is not locked, so parallel guesses cannot slip past it.
/// </summary>
public static class SignIn
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    public const string Refusal = "wrong user name or password, or the account is locked after too many failed sign-ins; try again later or ask an admin";

    public sealed record Command(string Name, string Password) : ICommand<Result>;

    /// <summary>The user, and their session stamp: a cookie whose stamp no longer matches has ended.</summary>
    public sealed record Result(Actor Actor, string Stamp);

    sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Roles { get; init; } = "";
        public string? PasswordHash { get; init; }
        public string SessionStamp { get; init; } = "";
        public DateTimeOffset? LockedUntil { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        static void Failed(string reason) =>
            Workflows.EngineTelemetry.SignInFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

        static readonly PasswordHasher<string> Hasher = new();
        // Checked when there is no user (or no password): the same PBKDF2 cost as a real check.
        static readonly string Decoy = Hasher.HashPassword("-", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));

        public async ValueTask<Result> Handle(Command cmd, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var user = cmd.Password.Length > PasswordPolicy.MaxLength ? null : await db.QuerySingleOrDefault<Row>(
                "select id, name, roles, password_hash, session_stamp, locked_until from app_user where name = @Name", cmd, ct);
            var ok = Hasher.VerifyHashedPassword(user?.Name ?? "-", user?.PasswordHash ?? Decoy, cmd.Password[..Math.Min(cmd.Password.Length, PasswordPolicy.MaxLength)]) != PasswordVerificationResult.Failed;
            if (user?.PasswordHash is null) { Failed("unknown_user"); throw new InputException("password", Refusal); }
            if (user.LockedUntil is { } until && until > now) { Failed("locked"); throw new InputException("password", Refusal); }
            if (!ok)
            {
                Failed("wrong_password");
                // One statement reads and raises the count: parallel failures each count. A lapsed lock starts a new count.
                var failures = await db.Scalar<int>(db.Dialect.UpdateReturning("app_user",
                    """
                    failed_sign_ins = case when locked_until is not null and locked_until <= @now then 1 else failed_sign_ins + 1 end,
                    locked_until = case when (case when locked_until is not null and locked_until <= @now then 1 else failed_sign_ins + 1 end) >= @MaxFailures
                                        then @lockUntil else locked_until end
                    """, "id = @Id", "failed_sign_ins"), new { now, lockUntil = now + Lockout, MaxFailures, user.Id }, ct);
                // SignInFailed keeps the command's writes (see Transactional), so the count survives the error.
                throw new SignInFailed(Refusal, failures);
            }
            // Accepted only if no parallel failure has locked the account meanwhile.
            if (await db.Execute("update app_user set failed_sign_ins = 0, locked_until = null where id = @Id and (locked_until is null or locked_until <= @now)",
                    new { user.Id, now }, ct) == 0)
                throw new InputException("password", Refusal);
            return new Result(new Actor(user.Id, user.Name, UserSql.ParseRoles(user.Roles)), UserSql.Stamp(user.PasswordHash, user.SessionStamp));
        }
    }

    /// <summary>A failed password: the counter update must survive, so this is not rolled back like other errors.</summary>
    public sealed class SignInFailed(string message, int failures) : FactCheckException(message, 2, 400), Behaviors.IKeepsWrites
    {
        public int Failures { get; } = failures;
    }
}
