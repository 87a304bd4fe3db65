namespace FactCheck.Extraction;

/// <summary>A span of the input: C# string indices, end exclusive.</summary>
public sealed record TextSpan(int Start, int End, string Text)
{
    public static TextSpan Of(string text, int start, int end) => new(start, end, text[start..end]);
    public int Length => End - Start;
}

/// <summary>A word or punctuation mark with its offsets.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalized => char.IsUpper(Text[0]);
    public string Lower => Text.ToLowerInvariant();
    public bool IsOpenQuote => Text is "“" or "«" or "\"" or "''";
    public bool IsCloseQuote => Text is "”" or "»" or "\"" or "''";
}

/// <summary>Splits text into sentences and tokens, keeping offsets into the original string.</summary>
public static partial class Text
{
    /// <summary>
    /// Tokens between <paramref name="start"/> and <paramref name="end"/>, by hand for speed, exactly as this expression
    /// would find them (the unit tests hold the two to each other):
    /// <c>''|(?:[A-Za-z]\.){2,}(?:['’]s(?![\p{L}\p{M}\d]))?|\d+(?:[.,]\d+)*(?:[A-Za-z%]+)?|[\p{L}\p{M}\d]+(?:['’\-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]</c>:
    /// two apostrophes; abbreviations with inner dots and their possessive (U.S., B.C.'s); numbers with separators and a unit (88km, 1,000.5);
    /// words with inner apostrophes and hyphens; any other single mark.
    /// </summary>
    public static List<Token> Tokens(string text, int start, int end)
    {
        var list = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var j = i;
            if (c == '\'' && i + 1 < end && text[i + 1] == '\'') j = i + 2;
            else if (IsAsciiLetter(c) && (j = Abbreviation(text, i, end)) > i) { }
            else if (char.IsDigit(c))
            {
                j = i + 1;
                while (j < end && char.IsDigit(text[j])) j++;
                while (j + 1 < end && text[j] is '.' or ',' && char.IsDigit(text[j + 1]))
                {
                    j += 2;
                    while (j < end && char.IsDigit(text[j])) j++;
                }
                while (j < end && (IsAsciiLetter(text[j]) || text[j] == '%')) j++;
            }
            else if (IsWordChar(c))
            {
                j = i + 1;
                while (true)
                {
                    while (j < end && IsWordChar(text[j])) j++;
                    if (j + 1 < end && text[j] is '\'' or '’' or '-' && IsWordChar(text[j + 1])) { j++; continue; }
                    break;
                }
            }
            else j = i + 1;
            list.Add(new Token(i, j, text.Substring(i, j - i)));
            i = j;
        }
        return list;
    }

    static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>\p{L}, \p{M} or \d (a decimal digit of any script).</summary>
    static bool IsWordChar(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        var cat = char.GetUnicodeCategory(c);
        return cat <= System.Globalization.UnicodeCategory.EnclosingMark || cat == System.Globalization.UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>
    /// The end of "U.S." style letters-and-dots (two pairs at least) starting at <paramref name="i"/>, with a possessive
    /// "'s" glued to it ("B.C.'s health officer", one token as "Manitoba's" is), or <paramref name="i"/>.
    /// </summary>
    static int Abbreviation(string text, int i, int end)
    {
        var j = i;
        var pairs = 0;
        while (j + 1 < end && IsAsciiLetter(text[j]) && text[j + 1] == '.') { j += 2; pairs++; }
        if (pairs < 2) return i;
        if (j + 1 < end && text[j] is '\'' or '’' && text[j + 1] == 's' && (j + 2 >= end || !IsWordChar(text[j + 2]))) j += 2;
        return j;
    }

    static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "pres",
        "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "approx", "dept", "univ", "fig", "rev", "hon", "ste",
        // Police and council titles in Canadian and British copy ("said Coun. Jamaal Myers", "Const. John MacLeod").
        "const", "cst", "cpl", "supt", "insp", "det", "coun", "couns", "ald", "atty", "sens", "reps", "msgr", "fr",
    };

    /// <summary>Sentence spans: a line break always ends one; . ! ? end one unless they close an abbreviation or an initial.</summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add((s, e));
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { Add(start, i); start = i + 1; continue; }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '”' or '"' or '’' or ')' or '\'' or '.' or '!' or '?') j++;
            // 3.5, U.S.A, .com; but a dash right after a quotation's last mark signs it ("… nothing about.”― Name").
            if (j < text.Length && !char.IsWhiteSpace(text[j]) && !(j > i + 1 && text[j] is '―' or '—')) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t') k++;
            if (k < text.Length && char.IsLower(text[k])) continue; // "… the U.S. and" — not a sentence start
            if (c == '.' && TimeOfDayGoesOn(text, i, k)) continue; // "around 6 a.m. Saturday, police said"
            Add(start, j);
            start = j;
        }
        Add(start, text.Length);
        return result;
    }

    /// <summary>"a.m." or "p.m." followed by the day or the time zone it belongs to ("6 a.m. Saturday", "2 p.m. ET"): one sentence.</summary>
    static bool TimeOfDayGoesOn(string text, int dot, int next)
    {
        if (dot < 3 || text[dot - 1] != 'm' || text[dot - 2] != '.' || text[dot - 3] is not ('a' or 'p')) return false;
        var end = next;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text[next..end];
        return Lexicon.Weekdays.Contains(word) || word is "ET" or "PT" or "MT" or "CT" or "AT" or "NT" or "EST" or "EDT" or "PST" or "PDT" or "MST" or "MDT" or "CST" or "CDT" or "AST" or "ADT" or "NST" or "NDT"
            or "Eastern" or "Pacific" or "Mountain" or "Central" or "Atlantic" or "Newfoundland" or "local";
    }

    internal static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text[s..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: Aleksandr G. Lukashenko
        return Abbreviations.Contains(word);
    }
}
