using FluentValidation;
using Mediator;

namespace FactCheck.Behaviors;

/// <summary>Runs every FluentValidation validator of the message; failures become one <see cref="InputException"/> naming each field.</summary>
public sealed class Validation<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        List<(string, string)>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, ct);
            foreach (var f in result.Errors) (errors ??= []).Add((f.PropertyName, f.ErrorMessage));
        }
        if (errors is not null) throw new InputException(errors);
        return await next(message, ct);
    }
}
