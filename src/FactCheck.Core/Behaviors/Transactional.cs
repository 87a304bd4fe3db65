using FactCheck.Data;
using Mediator;

namespace FactCheck.Behaviors;

/// <summary>An error after which the command's writes are still committed.</summary>
public interface IKeepsWrites;

/// <summary>Wraps every command in one database transaction; queries never open one.</summary>
public sealed class Transactional<TMessage, TResponse>(DbSession db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is not IBaseCommand) return await next(message, ct);
        await using var tx = await db.BeginAsync(ct);
        try
        {
            var response = await next(message, ct);
            await tx.CommitAsync();
            return response;
        }
        catch (Exception ex) when (ex is IKeepsWrites)
        {
            await tx.CommitAsync(); // e.g. a failed sign-in: the error is the answer, the failure count must stay
            throw;
        }
    }
}
