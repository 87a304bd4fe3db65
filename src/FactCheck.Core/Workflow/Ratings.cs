using System.Text.Json;

namespace FactCheck.Workflow;

/// <summary>
/// The desk's rating scale, worst to best, from <c>workflows/ratings.json</c> (the default scale when the file is
/// absent). The numeric value is the position (1 = worst); the label is shown and published as ClaimReview alternateName.
/// </summary>
public static class Ratings
{
    public sealed record Rating(string Name, int Value, string Label);

    public static readonly IReadOnlyList<Rating> Default =
    [
        new("false", 1, "False"),
        new("mostly-false", 2, "Mostly false"),
        new("mixed", 3, "Mixed"),
        new("mostly-true", 4, "Mostly true"),
        new("true", 5, "True"),
    ];

    public static IReadOnlyList<Rating> Scale { get; private set; } = Default;

    public static bool IsKnown(string? name) => Scale.Any(r => r.Name == name);
    public static Rating? Find(string? name) => Scale.FirstOrDefault(r => r.Name == name);
    public static string Names => string.Join(", ", Scale.Select(r => r.Name));
    public static int Best => Scale.Max(r => r.Value);
    public static int Worst => Scale.Min(r => r.Value);

    sealed record File_(Rating[] Ratings);

    /// <summary>Reads ratings.json from the workflows folder; a bad file stops start-up with the file and the reason.</summary>
    public static void Load(string workflowDirectory)
    {
        var path = Path.Combine(workflowDirectory, "ratings.json");
        if (!File.Exists(path)) { Scale = Default; return; }
        try
        {
            var file = JsonSerializer.Deserialize<File_>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
            var scale = file?.Ratings ?? [];
            if (scale.Length < 2) throw new InvalidOperationException($"{path}: $.ratings: a scale needs at least two ratings");
            var bad = scale.Select((r, i) => (r, i)).FirstOrDefault(x => string.IsNullOrWhiteSpace(x.r.Name) || string.IsNullOrWhiteSpace(x.r.Label));
            if (bad.r is not null) throw new InvalidOperationException($"{path}: $.ratings[{bad.i}]: a rating needs a name and a label");
            if (scale.Select(r => r.Name).Distinct().Count() != scale.Length) throw new InvalidOperationException($"{path}: $.ratings: names must be unique");
            Scale = scale.OrderBy(r => r.Value).ToList();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{path}:{(ex.LineNumber ?? 0) + 1}: {ex.Path}: invalid rating scale: {ex.Message}", ex);
        }
    }
}
