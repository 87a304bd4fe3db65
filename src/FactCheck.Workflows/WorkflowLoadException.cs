namespace FactCheck.Workflows;

/// <summary>One problem found while loading a definition: where (file, line, JSON path) and why.</summary>
public sealed record WorkflowError(string File, int Line, string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Path}: {Reason}";
}

/// <summary>Thrown when one or more definitions are invalid; the message lists every error.</summary>
public sealed class WorkflowLoadException(IReadOnlyList<WorkflowError> errors)
    : Exception("Invalid workflow definitions:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<WorkflowError> Errors { get; } = errors;
}
