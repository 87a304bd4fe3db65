using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactCheck.Publishing;

/// <summary>
/// The text readers see for a correction, kept apart from the editor's internal note: written by the engine into the
/// transition's journal payload as <c>{"publicNote": "…"}</c>, read back by publish-card for the card's correction line.
/// </summary>
public static class PublicNote
{
    public static string? Read(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload)) return null;
        try { return JsonNode.Parse(payload)?["publicNote"]?.GetValue<string>(); }
        catch (JsonException) { return null; }
    }
}
