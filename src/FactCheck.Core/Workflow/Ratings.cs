namespace FactCheck.Workflow;

/// <summary>The desk's rating scale, worst to best; the numeric value is the position (1 = worst).</summary>
public static class Ratings
{
    public sealed record Rating(string Name, int Value, string Label);

    public static readonly IReadOnlyList<Rating> Scale =
    [
        new("false", 1, "False"),
        new("mostly-false", 2, "Mostly false"),
        new("mixed", 3, "Mixed"),
        new("mostly-true", 4, "Mostly true"),
        new("true", 5, "True"),
    ];

    public static bool IsKnown(string? name) => Scale.Any(r => r.Name == name);
    public static string Names => string.Join(", ", Scale.Select(r => r.Name));
}
