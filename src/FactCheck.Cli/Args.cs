namespace FactCheck.Cli;

/// <summary>A small POSIX-style parser: positionals, --name value, --flag, repeated options.</summary>
public sealed class Args
{
    readonly List<string> _positional = [];
    readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    static readonly HashSet<string> Flags = ["json", "all", "help", "once", "agreement", "none", "password-stdin", "insecure-password-arg", "original", "sweep", "skip-bad"];
    /// <summary>Options that may stand alone (a flag) or take a value: `eval similar --errors`, `eval attribution --errors cue`.</summary>
    static readonly HashSet<string> MaybeFlags = ["errors"];

    public Args(IEnumerable<string> argv)
    {
        var list = argv.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq > 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (MaybeFlags.Contains(name) && (i + 1 >= list.Count || list[i + 1].StartsWith("--", StringComparison.Ordinal))) { }
                else if (!Flags.Contains(name))
                {
                    if (i + 1 >= list.Count) throw new UsageException($"option --{name} needs a value");
                    value = list[++i];
                }
                if (!_options.TryGetValue(name, out var values)) _options[name] = values = [];
                values.Add(value ?? "true");
            }
            else _positional.Add(a);
        }
    }

    public IReadOnlyList<string> Positional => _positional;
    public string? Pos(int i) => i < _positional.Count ? _positional[i] : null;
    public bool Has(string name) => _options.ContainsKey(name);
    public string? Opt(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;
    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var v) ? v : [];
    public string Required(string name) => Opt(name) ?? throw new UsageException($"missing required option --{name}");

    public long Id(int position, string what)
    {
        var raw = Pos(position) ?? throw new UsageException($"missing {what}");
        return long.TryParse(raw, out var id) && id > 0 ? id : throw new UsageException($"{what} must be a positive number, not '{raw}'");
    }

    public int? Int(string name)
    {
        var raw = Opt(name);
        if (raw is null) return null;
        return int.TryParse(raw, out var n) ? n : throw new UsageException($"--{name} must be a whole number, not '{raw}'");
    }

    public void NoUnknown(params string[] known)
    {
        var unknown = _options.Keys.Except(known).Except(["help"]).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option --{unknown[0]}; options here: {(known.Length == 0 ? "none" : string.Join(", ", known.Select(k => "--" + k)))}");
    }
}

public sealed class UsageException(string message) : Exception(message);
