using System.CommandLine;
using System.CommandLine.Parsing;

namespace FactCheck.Cli;

/// <summary>
/// A parsed command line as a handler reads it: the command's path and arguments as positionals (`claims show 12` is
/// ["claims", "show", "12"]), and the options given, by name. System.CommandLine has already checked names, types and
/// allowed values; handlers check what depends on meaning (a positive claim number, a role that exists).
/// </summary>
public sealed class Args
{
    readonly List<string> _positional = [];
    readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    Args() { }

    public static Args From(ParseResult parse)
    {
        var a = new Args();
        var command = parse.CommandResult.Command;
        for (Symbol? s = command; s is Command c and not RootCommand; s = c.Parents.FirstOrDefault()) a._positional.Insert(0, c.Name);
        foreach (var argument in command.Arguments)
            if (parse.GetResult(argument) is { } r)
                a._positional.AddRange(r.Tokens.Select(t => t.Value));
        foreach (var option in command.Options)
        {
            if (parse.GetResult(option) is not { Implicit: false } r) continue;
            var values = option is Option<bool> flag ? parse.GetValue(flag) ? ["true"] : [] : r.Tokens.Select(t => t.Value).DefaultIfEmpty("true").ToList();
            if (values.Count > 0) a._options[option.Name.TrimStart('-')] = values;
        }
        return a;
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
}

public sealed class UsageException(string message) : Exception(message);
