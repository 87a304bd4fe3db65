using System.Text.Json;
using System.Xml;

namespace FactCheck.Workflows;

/// <summary>
/// Loads workflow definitions from JSON files and fails fast: every error names the file, the line,
/// the JSON path and the reason. Nothing is loaded unless every file is valid.
/// </summary>
public sealed class WorkflowLoader(WorkflowNames names)
{
    static readonly JsonDocumentOptions DocOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Loads every <c>*.json</c> file of a folder (schema files excepted) into a catalog.</summary>
    public WorkflowCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new WorkflowLoadException([new WorkflowError(directory, 0, "$", "workflow folder not found")]);
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Where(f => Path.GetFileName(f) is not ("sources.json" or "ratings.json"))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllBytes(f)));
        return Load(files);
    }

    /// <summary>Loads definitions from (file name, UTF-8 content) pairs into a catalog, or throws <see cref="WorkflowLoadException"/>.</summary>
    public WorkflowCatalog Load(IEnumerable<(string File, byte[] Utf8)> files)
    {
        var errors = new List<WorkflowError>();
        var loaded = new List<(WorkflowDefinition Def, JsonLineMap Lines)>();
        foreach (var (file, utf8) in files)
        {
            var def = Parse(file, utf8, errors, out var lines);
            if (def is not null) loaded.Add((def, lines));
        }
        var seen = new Dictionary<(string, int), string>();
        foreach (var (def, lines) in loaded)
        {
            if (seen.TryGetValue((def.Id, def.Version), out var other))
                errors.Add(new(def.SourceFile, lines.LineOf("$.version"), "$.version",
                    $"duplicate definition: '{def.Id}' version {def.Version} is already defined in {other}"));
            else seen[(def.Id, def.Version)] = def.SourceFile;
        }
        if (errors.Count > 0) throw new WorkflowLoadException(errors);
        return new WorkflowCatalog(loaded.Select(l => l.Def));
    }

    /// <summary>Parses and validates one definition; returns null and adds to <paramref name="errors"/> when invalid.</summary>
    internal WorkflowDefinition? Parse(string file, byte[] utf8, List<WorkflowError> errors, out JsonLineMap lines)
    {
        lines = JsonLineMap.Build(utf8);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(utf8, DocOptions); }
        catch (JsonException ex)
        {
            errors.Add(new(file, (int)(ex.LineNumber ?? 0) + 1, ex.Path ?? "$", "invalid JSON: " + FirstSentence(ex.Message)));
            return null;
        }
        using (doc)
        {
            var before = errors.Count;
            var ctx = new Ctx(file, lines, errors);
            var def = Read(doc.RootElement, ctx);
            return errors.Count == before ? def : null;
        }
    }

    static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    sealed record Ctx(string File, JsonLineMap Lines, List<WorkflowError> Errors)
    {
        public void Error(string path, string reason) => Errors.Add(new(File, Lines.LineOf(path), path, reason));
    }

    WorkflowDefinition? Read(JsonElement root, Ctx ctx)
    {
        if (root.ValueKind != JsonValueKind.Object) { ctx.Error("$", "a definition must be a JSON object"); return null; }
        var id = RequiredString(root, "id", "$", ctx);
        var version = 0;
        if (!root.TryGetProperty("version", out var v)) ctx.Error("$", "missing required property 'version'");
        else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version) || version < 1)
            ctx.Error("$.version", "version must be a whole number of 1 or more");
        var title = OptionalString(root, "title", "$", ctx) ?? id ?? "";
        var initial = RequiredString(root, "initial", "$", ctx);

        var states = new Dictionary<string, StateDefinition>(StringComparer.Ordinal);
        if (!root.TryGetProperty("states", out var statesEl) || statesEl.ValueKind != JsonValueKind.Object)
            ctx.Error("$", "missing required object 'states'");
        else
            foreach (var p in statesEl.EnumerateObject())
                if (ReadState(p.Name, p.Value, "$.states." + p.Name, ctx) is { } s) states[p.Name] = s;

        var transitions = new List<TransitionDefinition>();
        if (!root.TryGetProperty("transitions", out var trEl) || trEl.ValueKind != JsonValueKind.Array)
            ctx.Error("$", "missing required array 'transitions'");
        else
        {
            var i = 0;
            foreach (var t in trEl.EnumerateArray())
            {
                if (ReadTransition(t, $"$.transitions[{i}]", states, ctx) is { } tr)
                {
                    if (transitions.Any(x => x.From == tr.From && x.Trigger == tr.Trigger))
                        ctx.Error($"$.transitions[{i}].trigger", $"trigger '{tr.Trigger}' is defined twice from state '{tr.From}'");
                    transitions.Add(tr);
                }
                i++;
            }
        }

        if (initial is not null && states.Count > 0 && !states.ContainsKey(initial))
            ctx.Error("$.initial", $"unknown initial state '{initial}'; states are: {string.Join(", ", states.Keys)}");

        CheckActivityFollowUps(states, transitions, ctx);
        if (initial is not null && states.ContainsKey(initial)) CheckGraph(initial, states, transitions, ctx);
        if (id is null || initial is null) return null;
        return new WorkflowDefinition(id, version, title, initial, states, transitions, ctx.File);
    }

    StateDefinition? ReadState(string name, JsonElement el, string path, Ctx ctx)
    {
        if (el.ValueKind != JsonValueKind.Object) { ctx.Error(path, "a state must be a JSON object"); return null; }
        var title = Title(el, path, ctx) ?? name;
        var queue = OptionalString(el, "queue", path, ctx);
        if (queue is not null && !names.Roles.Contains(queue))
            ctx.Error(path + ".queue", $"unknown role '{queue}'; known roles: {string.Join(", ", names.Roles.Order())}");
        TimeSpan? due = null;
        if (OptionalString(el, "due", path, ctx) is { } d)
        {
            due = ParseDuration(d);
            if (due is null) ctx.Error(path + ".due", $"'{d}' is not an ISO-8601 duration such as PT4H or P2D");
        }
        var final = el.TryGetProperty("final", out var f) && f.ValueKind == JsonValueKind.True;
        var onEnter = new List<ActivityDefinition>();
        if (el.TryGetProperty("onEnter", out var oe))
        {
            if (oe.ValueKind != JsonValueKind.Array) ctx.Error(path + ".onEnter", "onEnter must be an array");
            else
            {
                var i = 0;
                foreach (var a in oe.EnumerateArray())
                {
                    if (ReadActivity(a, $"{path}.onEnter[{i}]", ctx) is { } act) onEnter.Add(act);
                    i++;
                }
            }
        }
        Escalation? escalation = null;
        if (el.TryGetProperty("escalate", out var esc))
        {
            var raise = 1;
            if (esc.ValueKind != JsonValueKind.Object) ctx.Error(path + ".escalate", "escalate must be an object");
            else
            {
                if (esc.TryGetProperty("raisePriority", out var rp) && (!rp.TryGetInt32(out raise) || raise < 0))
                    ctx.Error(path + ".escalate.raisePriority", "raisePriority must be a whole number of 0 or more");
                var notify = OptionalString(esc, "notify", path + ".escalate", ctx);
                if (notify is not null && !names.Roles.Contains(notify))
                    ctx.Error(path + ".escalate.notify", $"unknown role '{notify}'; known roles: {string.Join(", ", names.Roles.Order())}");
                escalation = new Escalation(raise, notify);
            }
            if (due is null) ctx.Error(path + ".escalate", "escalate needs a due time on the same state");
        }
        return new StateDefinition(name, title, queue, due, final, onEnter, escalation);
    }

    ActivityDefinition? ReadActivity(JsonElement el, string path, Ctx ctx)
    {
        if (el.ValueKind != JsonValueKind.Object) { ctx.Error(path, "an activity must be a JSON object"); return null; }
        var name = RequiredString(el, "activity", path, ctx);
        if (name is not null && !names.Activities.Contains(name))
            ctx.Error(path + ".activity", $"unknown activity '{name}'; registered activities: {string.Join(", ", names.Activities.Order())}");
        var then = OptionalString(el, "then", path, ctx);
        string? input = null;
        if (el.TryGetProperty("input", out var inp))
        {
            if (inp.ValueKind != JsonValueKind.Object) ctx.Error(path + ".input", "input must be a JSON object");
            else input = inp.GetRawText();
        }
        int attempts = 5;
        var backoff = TimeSpan.FromSeconds(10);
        if (el.TryGetProperty("retry", out var r))
        {
            if (r.TryGetProperty("maxAttempts", out var ma) && (!ma.TryGetInt32(out attempts) || attempts < 1))
                ctx.Error(path + ".retry.maxAttempts", "maxAttempts must be a whole number of 1 or more");
            if (OptionalString(r, "backoff", path + ".retry", ctx) is { } b)
            {
                if (ParseDuration(b) is { } ts) backoff = ts;
                else ctx.Error(path + ".retry.backoff", $"'{b}' is not an ISO-8601 duration such as PT10S");
            }
        }
        return name is null ? null : new ActivityDefinition(name, attempts, backoff, then, input);
    }

    /// <summary>The words people read for a state or trigger: when given, not blank and short enough for a button.</summary>
    string? Title(JsonElement el, string path, Ctx ctx)
    {
        var title = OptionalString(el, "title", path, ctx);
        if (title is not null && string.IsNullOrWhiteSpace(title)) ctx.Error(path + ".title", "a title cannot be empty; leave it out to show the name");
        else if (title is { Length: > 80 }) ctx.Error(path + ".title", $"a title is at most 80 characters (this one has {title.Length}): it labels buttons and tabs");
        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    TransitionDefinition? ReadTransition(JsonElement el, string path, Dictionary<string, StateDefinition> states, Ctx ctx)
    {
        if (el.ValueKind != JsonValueKind.Object) { ctx.Error(path, "a transition must be a JSON object"); return null; }
        var trigger = RequiredString(el, "trigger", path, ctx);
        var from = RequiredString(el, "from", path, ctx);
        var to = RequiredString(el, "to", path, ctx);
        if (from is not null && !states.ContainsKey(from)) ctx.Error(path + ".from", $"unknown source state '{from}'");
        if (to is not null && !states.ContainsKey(to)) ctx.Error(path + ".to", $"unknown target state '{to}'");
        var roles = StringArray(el, "roles", path, ctx);
        if (roles.Count == 0) ctx.Error(path + ".roles", "a transition needs at least one role that may fire it");
        for (var i = 0; i < roles.Count; i++)
            if (!names.Roles.Contains(roles[i]))
                ctx.Error($"{path}.roles[{i}]", $"unknown role '{roles[i]}'; known roles: {string.Join(", ", names.Roles.Order())}");
        var guards = StringArray(el, "guards", path, ctx);
        for (var i = 0; i < guards.Count; i++)
            if (!names.Guards.Contains(guards[i]))
                ctx.Error($"{path}.guards[{i}]", $"unknown guard '{guards[i]}'; registered guards: {string.Join(", ", names.Guards.Order())}");
        var requires = StringArray(el, "requires", path, ctx);
        for (var i = 0; i < requires.Count; i++)
            if (!WorkflowNames.Inputs.Contains(requires[i]))
                ctx.Error($"{path}.requires[{i}]", $"unknown input '{requires[i]}'; known inputs: {string.Join(", ", WorkflowNames.Inputs)}");
        var title = Title(el, path, ctx);
        if (trigger is null || from is null || to is null) return null;
        return new TransitionDefinition(trigger, from, to, roles, guards, requires, title);
    }

    static void CheckActivityFollowUps(Dictionary<string, StateDefinition> states, List<TransitionDefinition> transitions, Ctx ctx)
    {
        foreach (var s in states.Values)
            for (var i = 0; i < s.OnEnter.Count; i++)
                if (s.OnEnter[i].Then is { } then && !transitions.Any(t => t.From == s.Name && t.Trigger == then))
                    ctx.Error($"$.states.{s.Name}.onEnter[{i}].then", $"trigger '{then}' is not defined from state '{s.Name}'");
    }

    static void CheckGraph(string initial, Dictionary<string, StateDefinition> states, List<TransitionDefinition> transitions, Ctx ctx)
    {
        var reached = new HashSet<string> { initial };
        var todo = new Queue<string>([initial]);
        while (todo.TryDequeue(out var s))
            foreach (var t in transitions.Where(t => t.From == s && states.ContainsKey(t.To)))
                if (reached.Add(t.To)) todo.Enqueue(t.To);
        foreach (var s in states.Values)
        {
            var outgoing = transitions.Count(t => t.From == s.Name);
            if (!reached.Contains(s.Name))
                ctx.Error("$.states." + s.Name, $"state '{s.Name}' is unreachable from the initial state '{initial}'");
            if (!s.Final && outgoing == 0)
                ctx.Error("$.states." + s.Name, $"state '{s.Name}' is not final and has no transition out of it");
            if (s.Final && outgoing > 0)
                ctx.Error("$.states." + s.Name, $"state '{s.Name}' is final but has {outgoing} transition(s) out of it");
        }
    }

    /// <summary>Parses an ISO-8601 duration (PT4H, P2D, P1DT12H); null when malformed, negative or zero.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        if (text.Length < 3 || text[0] != 'P') return null;
        try
        {
            var ts = XmlConvert.ToTimeSpan(text);
            return ts > TimeSpan.Zero ? ts : null;
        }
        catch (FormatException) { return null; }
        catch (OverflowException) { return null; }
    }

    static string? RequiredString(JsonElement obj, string name, string path, Ctx ctx)
    {
        if (!obj.TryGetProperty(name, out var el)) { ctx.Error(path, $"missing required property '{name}'"); return null; }
        if (el.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(el.GetString()))
        { ctx.Error($"{path}.{name}", $"'{name}' must be a non-empty string"); return null; }
        return el.GetString();
    }

    static string? OptionalString(JsonElement obj, string name, string path, Ctx ctx)
    {
        if (!obj.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return null;
        if (el.ValueKind != JsonValueKind.String) { ctx.Error($"{path}.{name}", $"'{name}' must be a string"); return null; }
        return el.GetString();
    }

    static List<string> StringArray(JsonElement obj, string name, string path, Ctx ctx)
    {
        var list = new List<string>();
        if (!obj.TryGetProperty(name, out var el)) return list;
        if (el.ValueKind != JsonValueKind.Array) { ctx.Error($"{path}.{name}", $"'{name}' must be an array of strings"); return list; }
        var i = 0;
        foreach (var item in el.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) list.Add(item.GetString()!);
            else ctx.Error($"{path}.{name}[{i}]", "must be a non-empty string");
            i++;
        }
        return list;
    }
}
