namespace FactCheck;

/// <summary>An error a user caused and can fix; hosts map it to an exit code or an HTTP status.</summary>
public abstract class FactCheckException(string message, int exitCode, int httpStatus) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
    public int HttpStatus { get; } = httpStatus;
}

public sealed class NotFoundException(string what, object id)
    : FactCheckException($"{what} {id} not found", 3, 404);

/// <summary>Bad input: each entry names the field and what is wrong with it.</summary>
public sealed class InputException(IReadOnlyList<(string Field, string Message)> errors)
    : FactCheckException(string.Join(Environment.NewLine, errors.Select(e => $"{e.Field}: {e.Message}")), 2, 400)
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; } = errors;
    public InputException(string field, string message) : this([(field, message)]) { }
}

/// <summary>A transition, role or guard refused the action; nothing was written.</summary>
public sealed class RefusedException(IReadOnlyList<string> reasons)
    : FactCheckException("Refused: " + string.Join("; ", reasons), 4, 403)
{
    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>Someone else changed the item first; nothing was written.</summary>
public sealed class ConflictException(string message) : FactCheckException(message, 5, 409);

/// <summary>The database cannot be reached or written to (read-only, full, restarting); nothing was written. Try again later.</summary>
public sealed class UnavailableException(string message) : FactCheckException(message, 7, 503);
