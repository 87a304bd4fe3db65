using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Extraction;

namespace FactCheck.Search;

/// <summary>
/// The one lexical analysis of the product: the words a claim is indexed by and a search is matched by (the queue's and
/// the public index's <c>q=</c>, similar claims, "already checked?"). Lower case, accents kept, common words dropped,
/// country adjectives folded into the country ("Russian" → "russia"), then the Porter stemmer ("offensives" and
/// "offensive", "preparing" and "prepares" meet).
/// </summary>
public static partial class Analyzer
{
    /// <summary>
    /// A pasted post or text as the matcher reads it: links and "pic.twitter.com/…" out, the "— Name (@handle) date"
    /// signature of an embedded tweet out, hashtags and handles split into words (#AustralianFires → Australian Fires),
    /// HTML entities decoded.
    /// </summary>
    public static string Clean(string text, bool keepSignature = false)
    {
        if (text.Length > 20_000) text = text[..20_000];
        text = System.Net.WebUtility.HtmlDecode(text);
        if (!keepSignature) text = Signature().Replace(text, "");
        text = Link().Replace(text, " ");
        text = Tag().Replace(text, m => " " + CamelSplit().Replace(m.Groups[1].Value, " ") + " ");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s*[—–]\s*[^—–\n]{0,100}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+ \d{1,2}, \d{4})?\s*$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"(?:https?://|pic\.twitter\.com/|www\.)\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"[#@](\w+)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")]
    private static partial Regex CamelSplit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The analysed words of a text, in order, repeats kept (for term frequency).</summary>
    public static List<string> Words(string text, int max = int.MaxValue)
    {
        var list = new List<string>();
        foreach (var t in Text.Tokens(text, 0, text.Length))
        {
            if (!t.IsWord) continue;
            var w = Word(t.Text);
            if (w is null) continue;
            list.Add(w);
            if (list.Count == max) break;
        }
        return list;
    }

    /// <summary>The distinct analysed words of a text, at most <paramref name="max"/>.</summary>
    public static List<string> Terms(string text, int max = 64)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var w in Words(text))
            if (seen.Add(w))
            {
                list.Add(w);
                if (list.Count == max) break;
            }
        return list;
    }

    /// <summary>One token analysed, or null for a word not indexed (a common word, a single letter).</summary>
    public static string? Word(string token)
    {
        var lower = token.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal)) lower = lower[..^2];
        lower = lower.Trim('\'');
        if (lower.Length == 0 || lower.Length < 2 && !char.IsDigit(lower[0]) || Stop.Contains(lower)) return null;
        if (Demonyms.TryGetValue(lower, out var country)) lower = country;
        else if (char.IsUpper(token[0]) && lower.Length > 5 && lower.EndsWith("an", StringComparison.Ordinal) && lower[^3] is 'i' or 'e' or 'y' or 'u' or 'b' or 'l')
            lower = lower[..^1]; // Syrian → syria, Korean → korea, Kenyan → kenya, Cuban → cuba, Venezuelan → venezuela
        var stem = Porter.Stem(lower);
        return stem.Length > 60 ? stem[..60] : stem;
    }

    /// <summary>Adjectives and peoples whose country is not the adjective less its last letter.</summary>
    static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["ukrainian"] = "ukraine", ["ukrainians"] = "ukraine", ["russians"] = "russia", ["americans"] = "america",
        ["canadian"] = "canada", ["canadians"] = "canada", ["chinese"] = "china", ["french"] = "france", ["british"] = "britain",
        ["german"] = "germany", ["germans"] = "germany", ["mexican"] = "mexico", ["mexicans"] = "mexico", ["israeli"] = "israel",
        ["israelis"] = "israel", ["iranian"] = "iran", ["iranians"] = "iran", ["iraqi"] = "iraq", ["iraqis"] = "iraq",
        ["afghan"] = "afghanistan", ["afghans"] = "afghanistan", ["pakistani"] = "pakistan", ["belarusian"] = "belarus",
        ["belarusians"] = "belarus", ["polish"] = "poland", ["japanese"] = "japan", ["turkish"] = "turkey", ["spanish"] = "spain",
        ["italian"] = "italy", ["italians"] = "italy", ["dutch"] = "netherlands", ["swedish"] = "sweden", ["finnish"] = "finland",
        ["brazilian"] = "brazil", ["brazilians"] = "brazil", ["egyptian"] = "egypt", ["palestinian"] = "palestine",
        ["palestinians"] = "palestine", ["greek"] = "greece", ["irish"] = "ireland", ["scottish"] = "scotland",
        ["english"] = "england", ["welsh"] = "wales", ["norwegian"] = "norway", ["danish"] = "denmark", ["hungarian"] = "hungary",
        ["vietnamese"] = "vietnam", ["filipino"] = "philippines", ["swiss"] = "switzerland", ["portuguese"] = "portugal",
        ["belgian"] = "belgium", ["austrian"] = "austria", ["peruvian"] = "peru", ["chilean"] = "chile", ["argentine"] = "argentina",
        ["argentinian"] = "argentina", ["lebanese"] = "lebanon", ["sudanese"] = "sudan", ["yemeni"] = "yemen", ["saudis"] = "saudi",
        ["qatari"] = "qatar", ["emirati"] = "emirates", ["thai"] = "thailand", ["czech"] = "czechia", ["slovak"] = "slovakia",
        ["moldovan"] = "moldova", ["georgian"] = "georgia", ["armenian"] = "armenia", ["lithuanian"] = "lithuania",
        ["latvian"] = "latvia", ["estonian"] = "estonia", ["romanian"] = "romania", ["bulgarian"] = "bulgaria",
        ["serbian"] = "serbia", ["croatian"] = "croatia", ["kazakh"] = "kazakhstan", ["uzbek"] = "uzbekistan",
        ["european"] = "europe", ["europeans"] = "europe", ["african"] = "africa", ["africans"] = "africa", ["asian"] = "asia",
        ["nigerian"] = "nigeria", ["nigerians"] = "nigeria", ["indian"] = "india", ["indians"] = "india", ["russian"] = "russia",
        ["american"] = "america", ["syrian"] = "syria", ["syrians"] = "syria", ["korean"] = "korea", ["koreans"] = "korea",
        ["australian"] = "australia", ["australians"] = "australia", ["kenyan"] = "kenya", ["cuban"] = "cuba",
        ["u.s."] = "us", ["u.s"] = "us", ["usa"] = "us", ["u.k."] = "uk", ["u.k"] = "uk", ["britons"] = "britain",
    };

    public static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "for", "that", "this", "these", "those", "with", "from", "into", "onto", "over", "under",
        "about", "after", "before", "are", "is", "be", "was", "were", "been", "being", "has", "have", "had", "will", "would",
        "could", "can", "may", "might", "should", "must", "not", "but", "than", "then", "there", "their", "they", "them", "his",
        "her", "she", "he", "him", "its", "it", "our", "we", "your", "you", "who", "which", "what", "when", "where", "while", "also",
        "said", "says", "say", "told", "tells", "just", "very", "more", "most", "all", "any", "some", "such", "only", "other",
        "out", "off", "per", "via", "does", "did", "do", "doesn't", "don't", "didn't", "whether", "it's", "that's", "there's",
        "of", "to", "in", "on", "at", "by", "as", "if", "so", "no", "up", "i", "me", "my", "us", "rt", "amp", "http", "https",
    };
}

/// <summary>The Porter (1980) stemming algorithm, for lower-case English words.</summary>
public static class Porter
{
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        foreach (var c in word) if (c is < 'a' or > 'z') return word; // numbers, accents, apostrophes: as they are
        var b = new StringBuilder(word);
        Step1a(b); Step1b(b); Step1c(b); Step2(b); Step3(b); Step4(b); Step5(b);
        return b.ToString();
    }

    static bool Consonant(StringBuilder b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !Consonant(b, i - 1),
        _ => true,
    };

    /// <summary>m: the number of vowel–consonant sequences in b[0..end).</summary>
    static int Measure(StringBuilder b, int end)
    {
        var m = 0;
        var i = 0;
        while (i < end && Consonant(b, i)) i++;
        while (i < end)
        {
            while (i < end && !Consonant(b, i)) i++;
            if (i >= end) break;
            while (i < end && Consonant(b, i)) i++;
            m++;
        }
        return m;
    }

    static bool HasVowel(StringBuilder b, int end)
    {
        for (var i = 0; i < end; i++) if (!Consonant(b, i)) return true;
        return false;
    }

    static bool DoubleConsonant(StringBuilder b, int end) => end >= 2 && b[end - 1] == b[end - 2] && Consonant(b, end - 1);

    /// <summary>cvc at the end, the last c not w, x or y.</summary>
    static bool Cvc(StringBuilder b, int end) =>
        end >= 3 && Consonant(b, end - 1) && !Consonant(b, end - 2) && Consonant(b, end - 3) && b[end - 1] is not ('w' or 'x' or 'y');

    static bool Ends(StringBuilder b, string s)
    {
        if (s.Length > b.Length) return false;
        for (var i = 0; i < s.Length; i++) if (b[b.Length - s.Length + i] != s[i]) return false;
        return true;
    }

    static void Replace(StringBuilder b, int suffix, string with) { b.Length -= suffix; b.Append(with); }

    static void Step1a(StringBuilder b)
    {
        if (Ends(b, "sses")) b.Length -= 2;
        else if (Ends(b, "ies")) b.Length -= 2;
        else if (Ends(b, "ss")) { }
        else if (Ends(b, "s")) b.Length -= 1;
    }

    static void Step1b(StringBuilder b)
    {
        if (Ends(b, "eed")) { if (Measure(b, b.Length - 3) > 0) b.Length -= 1; return; }
        int cut = Ends(b, "ed") ? 2 : Ends(b, "ing") ? 3 : 0;
        if (cut == 0 || !HasVowel(b, b.Length - cut)) return;
        b.Length -= cut;
        if (Ends(b, "at") || Ends(b, "bl") || Ends(b, "iz")) b.Append('e');
        else if (DoubleConsonant(b, b.Length) && b[^1] is not ('l' or 's' or 'z')) b.Length -= 1;
        else if (Measure(b, b.Length) == 1 && Cvc(b, b.Length)) b.Append('e');
    }

    static void Step1c(StringBuilder b)
    {
        if (Ends(b, "y") && HasVowel(b, b.Length - 1)) b[^1] = 'i';
    }

    static readonly (string, string)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    static readonly (string, string)[] Step3Rules =
        [("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", "")];

    static void Rules(StringBuilder b, (string, string)[] rules)
    {
        foreach (var (suffix, with) in rules)
            if (Ends(b, suffix))
            {
                if (Measure(b, b.Length - suffix.Length) > 0) Replace(b, suffix.Length, with);
                return;
            }
    }

    static void Step2(StringBuilder b) => Rules(b, Step2Rules);
    static void Step3(StringBuilder b) => Rules(b, Step3Rules);

    static readonly string[] Step4Suffixes =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];

    static void Step4(StringBuilder b)
    {
        // The longest suffix that matches decides (ement before ment before ent).
        string? found = null;
        foreach (var s in Step4Suffixes) if (Ends(b, s) && (found is null || s.Length > found.Length)) found = s;
        if (found is null) return;
        var stem = b.Length - found.Length;
        if (Measure(b, stem) <= 1) return;
        if (found == "ion" && !(stem > 0 && b[stem - 1] is 's' or 't')) return;
        b.Length = stem;
    }

    static void Step5(StringBuilder b)
    {
        if (Ends(b, "e"))
        {
            var m = Measure(b, b.Length - 1);
            if (m > 1 || m == 1 && !Cvc(b, b.Length - 1)) b.Length -= 1;
        }
        if (Measure(b, b.Length) > 1 && DoubleConsonant(b, b.Length) && b[^1] == 'l') b.Length -= 1;
    }
}
