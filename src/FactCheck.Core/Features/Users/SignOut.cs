using FactCheck.Data;
using Mediator;

namespace FactCheck.Features.Users;

/// <summary>
/// Ends a user's sessions on the server: a new session stamp makes every cookie issued before it invalid, so a copied
/// or replayed cookie opens nothing after sign-out (not only the browser's copy is deleted).
/// </summary>
public static class SignOut
{
    public sealed record Command(long UserId) : ICommand<Unit>;

    public sealed class Handler(DbSession db) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command cmd, CancellationToken ct)
        {
            await db.Execute("update app_user set session_stamp = @stamp where id = @UserId",
                new { stamp = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), cmd.UserId }, ct);
            return Unit.Value;
        }
    }
}
