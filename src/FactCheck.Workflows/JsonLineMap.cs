using System.Text;
using System.Text.Json;

namespace FactCheck.Workflows;

/// <summary>Maps JSON paths (<c>$.states.review.due</c>, <c>$.transitions[2].to</c>) to 1-based line numbers.</summary>
internal sealed class JsonLineMap
{
    readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public int LineOf(string path)
    {
        // Fall back to the nearest parent that has a line, so every error points somewhere useful.
        for (var p = path; p.Length > 0; p = Parent(p))
            if (_lines.TryGetValue(p, out var line)) return line;
        return 1;
    }

    static string Parent(string path)
    {
        var i = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return i <= 0 ? (path == "$" ? "" : "$") : path[..i];
    }

    public static JsonLineMap Build(byte[] utf8)
    {
        var map = new JsonLineMap();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++) if (utf8[i] == (byte)'\n') lineStarts.Add(i + 1);
        int Line(long offset) { var idx = lineStarts.BinarySearch((int)offset); return (idx >= 0 ? idx : ~idx - 1) + 1; }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // Each frame: the path of the container, whether it is an array, and the next array index.
        var stack = new Stack<(string Path, bool Array, int Index)>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        map._lines.TryAdd(stack.Peek().Path + "." + pendingProperty, Line(reader.TokenStartIndex));
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = ValuePath(stack, pendingProperty);
                        map._lines.TryAdd(path, Line(reader.TokenStartIndex));
                        stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        map._lines.TryAdd(ValuePath(stack, pendingProperty), Line(reader.TokenStartIndex));
                        break;
                }
                pendingProperty = null;
            }
        }
        catch (JsonException)
        {
            // Invalid JSON is reported by the parser with its own position.
        }
        return map;
    }

    static string ValuePath(Stack<(string Path, bool Array, int Index)> stack, string? property)
    {
        if (stack.Count == 0) return "$";
        var top = stack.Pop();
        string path;
        if (top.Array) { path = new StringBuilder(top.Path).Append('[').Append(top.Index).Append(']').ToString(); top.Index++; }
        else path = top.Path + "." + property;
        stack.Push(top);
        return path;
    }
}
