using FactCheck.Data;
using Mediator;

namespace FactCheck.Behaviors;

/// <summary>Wraps every command in one database transaction; queries never open one.</summary>
public sealed class Transactional<TMessage, TResponse>(DbSession db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        if (message is not IBaseCommand) return await next(message, ct);
        await using var tx = await db.BeginAsync(ct);
        var response = await next(message, ct);
        await tx.CommitAsync();
        return response;
    }
}
