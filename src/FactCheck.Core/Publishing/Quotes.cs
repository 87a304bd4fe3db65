using System.Text;

namespace FactCheck.Publishing;

/// <summary>
/// The verbatim-quote rule: words appear inside quotation marks in public only if the article itself quotes them. Quote
/// characters (“ ” „ « » " and the single ones used as outer marks) and whitespace are normalised before comparing;
/// reported speech ("insisted that his meeting …") is never a quote.
/// </summary>
public static class Quotes
{
    static readonly HashSet<char> Open = ['“', '„', '«', '"', '‟'];
    static readonly HashSet<char> Close = ['”', '»', '"', '‟'];

    /// <summary>The runs of <paramref name="text"/> that stand inside double quotation marks, in order.</summary>
    public static IReadOnlyList<string> QuotedRuns(string? text)
    {
        var runs = new List<string>();
        if (string.IsNullOrEmpty(text)) return runs;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (start < 0 && Open.Contains(ch)) start = i + 1;
            else if (start >= 0 && Close.Contains(ch))
            {
                runs.Add(text[start..i]);
                start = -1;
            }
        }
        return runs;
    }

    /// <summary>Whether <paramref name="words"/> lie inside one of the article's own quotations.</summary>
    public static bool IsQuotedIn(string? article, string? words)
    {
        var w = Normal(words);
        if (w.Length == 0 || string.IsNullOrEmpty(article)) return false;
        return QuotedRuns(article).Any(run => Normal(run).Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The quoted runs of <paramref name="shown"/> the article does not quote (empty when every quotation is the article's own).</summary>
    public static IReadOnlyList<string> NotInArticle(string? shown, string? article) =>
        QuotedRuns(shown).Where(run => !IsQuotedIn(article, run)).ToList();

    /// <summary>Whitespace collapsed, curly apostrophes straightened, trailing punctuation a quotation often loses dropped.</summary>
    static string Normal(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(ch)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch is '’' or '‘' or '`' ? '\'' : ch);
        }
        return sb.ToString().TrimEnd('.', ',', ';', ':', '!', '?', ' ');
    }
}
