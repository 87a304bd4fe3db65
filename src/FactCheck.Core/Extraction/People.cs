using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>The people an article names: full names by surname, and every position a surname is mentioned.</summary>
internal sealed partial class People
{
    public Dictionary<string, string> FullNames { get; } = new(StringComparer.Ordinal);
    public List<(int At, string Surname)> Mentions { get; } = [];

    [GeneratedRegex(@"\b(?:(?:President|Prime Minister|Premier|Chancellor|Minister|Senator|Sen\.|Governor|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.|General|Gen\.|Rep\.)\s+)?((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)(?:[A-Z]\.\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:President|Prime Minister|Premier|Chancellor|Minister|Senator|Sen\.|Governor|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")]
    private static partial Regex TitledSurname();

    public static People Index(string text)
    {
        var people = new People();
        foreach (Match m in NamePattern().Matches(text))
        {
            var full = Regex.Replace(m.Groups[1].Value, @"\s+", " ");
            var words = full.Split(' ');
            if (words.Any(w => Lexicon.NotPerson.Contains(w.TrimEnd('.')))) continue;
            var surname = words[^1];
            if (!people.FullNames.TryGetValue(surname, out var known) || known.Length < full.Length) people.FullNames[surname] = full;
        }
        foreach (Match m in TitledSurname().Matches(text))
            people.FullNames.TryAdd(m.Groups[1].Value, m.Groups[1].Value);
        if (people.FullNames.Count == 0) return people;
        var any = new Regex(@"\b(" + string.Join("|", people.FullNames.Keys.Select(Regex.Escape)) + @")\b");
        foreach (Match m in any.Matches(text)) people.Mentions.Add((m.Index, m.Value));
        return people;
    }

    /// <summary>The person whose surname appears in the span, by full name.</summary>
    public string? Named(string span)
    {
        string? best = null;
        foreach (var (surname, full) in FullNames)
            if (Regex.IsMatch(span, @"\b" + Regex.Escape(surname) + @"\b") && (best is null || full.Length > best.Length)) best = full;
        return best;
    }

    /// <summary>The person mentioned last before a position.</summary>
    public string? LastBefore(int position)
    {
        string? last = null;
        foreach (var (at, surname) in Mentions)
        {
            if (at >= position) break;
            last = FullNames[surname];
        }
        return last;
    }
}

/// <summary>Turns a source span into a speaker name: named people by full name, pronouns and descriptions resolved.</summary>
internal static class Speakers
{
    public static string Resolve(TextSpan source, string text, People people, Attribution? previous)
    {
        var s = source.Text.Trim();
        var lower = s.ToLowerInvariant();
        if (people.Named(s) is { } named) return named;
        if (Lexicon.Pronouns.Contains(lower))
        {
            if (lower is "he" or "she" && previous is not null && people.FullNames.ContainsValue(previous.Speaker)) return previous.Speaker;
            if (lower is "he" or "she") return people.LastBefore(source.Start) ?? s;
            if (lower is "who" or "which")
            {
                // "Lukashenko, who said …": the noun phrase before the relative pronoun.
                return people.LastBefore(source.Start) ?? s;
            }
            return previous?.Speaker ?? s;
        }
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1].ToLowerInvariant();
        var describesPerson = words[0].ToLowerInvariant() is "the" or "a" && Lexicon.PersonNouns.Contains(head)
                              && words.Skip(1).All(w => !char.IsUpper(w[0]) || Lexicon.NotPerson.Contains(w) || w.EndsWith("n", StringComparison.Ordinal));
        if (describesPerson && people.LastBefore(source.Start) is { } person) return person;
        return words[0] is "the" or "The" && words.Length > 1 ? string.Join(' ', words.Skip(1)) : s;
    }
}

/// <summary>How the claim reached the article: a news agency, a report, a statement, reporters, a social network.</summary>
internal static partial class Channels
{
    [GeneratedRegex(@"\breported by (?:the )?(?:[a-z]+ )*(?:news agency |agency |broadcaster |newspaper )?((?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)*)")]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"\b(?:news agency|broadcaster|newspaper|television|TV channel|outlet|wire service)\s+((?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)*)")]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\bin an? interview with (?:the )?((?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)*)")]
    private static partial Regex Interview();

    [GeneratedRegex(@"\b(?:in|on|during) (a|an|the|his|her|their|its) (report|statement|interview|op-ed|speech|letter|post|tweet|press conference|news conference|briefing|memo|e-mail|email|blog post|podcast|video|paper|study|address|broadcast|testimony)\b")]
    private static partial Regex InA();

    [GeneratedRegex(@"\btold (reporters|journalists|the press|a news conference|a press conference|(?:[A-Z][\w.-]+)(?:\s[A-Z][\w.-]+)*)")]
    private static partial Regex Told();

    [GeneratedRegex(@"\b(?:on|via) (Twitter|X|Facebook|Telegram|Instagram|TikTok|Truth Social|YouTube|television|radio)\b|\btweeted\b")]
    private static partial Regex Social();

    public static string? Find(string sentence)
    {
        if (ReportedBy().Match(sentence) is { Success: true } r) return r.Groups[1].Value;
        if (Interview().Match(sentence) is { Success: true } iv) return iv.Groups[1].Value;
        if (InA().Match(sentence) is { Success: true } a) return (a.Groups[1].Value is "a" or "an" ? a.Groups[1].Value : "a") + " " + a.Groups[2].Value;
        if (Told().Match(sentence) is { Success: true } t) return "told " + t.Groups[1].Value;
        if (Social().Match(sentence) is { Success: true } s) return s.Groups[1].Success ? s.Groups[1].Value : "Twitter";
        if (Outlet().Match(sentence) is { Success: true } o) return o.Groups[1].Value;
        return null;
    }
}
