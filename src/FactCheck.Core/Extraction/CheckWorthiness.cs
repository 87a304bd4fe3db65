using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>How worth checking an attributed claim is, 0 to 1, with the reasons: checkable facts score, opinions less.</summary>
internal static partial class CheckWorthiness
{
    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year)|since \d{4}|in \d{4}|(?:days|weeks|months|years) ago)\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"%|\b(?:percent|per cent|km|kilomet(?:er|re)s?|miles?|million|billion|trillion|tons?|tonnes?|barrels?|dollars?|euros?|roubles?|rubles?|times|twice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(?:more|less|fewer|most|least|than|largest|biggest|highest|lowest|smallest|record|worst|best|\w+est)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:because|due to|caused|causes|led to|leads to|result of|as a result|so that|thanks to|blamed|responsible for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    static readonly HashSet<string> BeliefCues = ["believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect", "expects", "expected"];

    public static (double Score, IReadOnlyList<string> Reasons) Score(string content, string speaker, TextSpan source, TextSpan cue, bool hasQuote, People people)
    {
        var score = 0.3;
        var reasons = new List<string>();
        void Add(double w, string why) { score += w; reasons.Add(why); }
        if (Number().IsMatch(content)) Add(0.25, "contains a number");
        if (Quantity().IsMatch(content)) Add(0.1, "states a quantity");
        if (Date().IsMatch(content)) Add(0.1, "names a date or time");
        if (Comparison().IsMatch(content)) Add(0.1, "makes a comparison");
        if (Cause().IsMatch(content)) Add(0.1, "claims a cause");
        if (people.Known.Contains(speaker) || speaker.Split(' ').Any(w => w.Length > 0 && char.IsUpper(w[0]))) Add(0.15, "attributed to a named source");
        if (hasQuote) Add(0.1, "quotes the speaker verbatim");
        if (BeliefCues.Contains(cue.Text.ToLowerInvariant())) Add(-0.15, "an opinion or expectation rather than a statement of fact");
        if (content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6) Add(-0.2, "too short to check");
        if (source.Length == 0) Add(-0.2, "the article does not say who said it");
        return (Math.Round(Math.Clamp(score, 0, 1), 2), reasons);
    }
}
