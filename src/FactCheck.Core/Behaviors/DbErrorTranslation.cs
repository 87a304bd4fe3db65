using FactCheck.Data;
using Mediator;

namespace FactCheck.Behaviors;

/// <summary>
/// Outermost: a database error that means "already exists", "bad text" or "database unavailable" becomes the
/// matching <see cref="FactCheckException"/> (409, 400, 503) for every host — desk, API and CLI alike.
/// </summary>
public sealed class DbErrorTranslation<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        try { return await next(message, ct); }
        catch (Exception ex) when (ex is not FactCheckException && DbErrors.Translate(ex) is { } translated)
        {
            throw translated;
        }
    }
}
