namespace FactCheck.Data;

/// <summary>
/// Fault injection for the crash-consistency tests, registered by them only (the hosts never do; a session without it
/// pays one null check per statement). Counts every statement and commit of every session of the app; once
/// <see cref="FailAfter"/> have run, the next one throws <see cref="CrashException"/> instead of reaching the database,
/// as if the process had died there: the open transaction is rolled back, as the database does for a dead client.
/// </summary>
public sealed class DbFaults
{
    int _count;

    /// <summary>Statements allowed before the simulated crash; null: never crash.</summary>
    public int? FailAfter { get; private set; }

    /// <summary>Statements and commits counted since the last <see cref="Arm"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting from zero, crashing after <paramref name="failAfter"/> (null: never).</summary>
    public void Arm(int? failAfter)
    {
        Volatile.Write(ref _count, 0);
        FailAfter = failAfter;
    }

    internal void Before(string what)
    {
        var n = Interlocked.Increment(ref _count);
        if (FailAfter is { } k && n > k) throw new CrashException($"simulated crash before statement {n} ({what})");
    }

    /// <summary>The simulated crash.</summary>
    public sealed class CrashException(string message) : Exception(message);
}
