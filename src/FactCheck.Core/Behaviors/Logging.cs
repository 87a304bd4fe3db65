using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace FactCheck.Behaviors;

public sealed class Logging<TMessage, TResponse>(ILogger<Logging<TMessage, TResponse>> log) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, ct);
            log.LogDebug("{Message} done in {Ms:F1} ms", typeof(TMessage).FullName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (FactCheckException ex)
        {
            log.LogInformation("{Message} refused: {Reason}", typeof(TMessage).FullName, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            log.LogError(ex, "{Message} failed", typeof(TMessage).FullName);
            throw;
        }
    }
}
