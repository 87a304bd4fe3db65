namespace FactCheck.Publishing;

/// <summary>Who said it: a person or an organisation (ClaimReview's author type), and the short name a statement uses.</summary>
public static class SpeakerKinds
{
    public const string Person = "person";
    public const string Organization = "organization";

    /// <summary>Pollsters' and consultancies' words ("Narrative Research", "Abacus Data", "Leger Marketing", "Crosscut Strategies").</summary>
    static readonly string[] AdviserWords = ["research", "data", "marketing", "analytics", "strategies", "consulting", "consultants", "insights", "polling"];

    // (Declared after AdviserWords: static fields are set in the order written.)
    static readonly HashSet<string> OrgWords =
    [
        "institute", "ministry", "agency", "office", "council", "union", "group", "party", "government", "authority", "company", "news",
        "service", "university", "committee", "department", "of", "for", "the", "radio", "television", "tv", "press", "bank", "court",
        "forces", "army", "police", "commission", "association", "foundation", "organization", "organisation", "corporation", "inc", "ltd",
        "corp", "co", "llp", "plc", "limited", "rights", "watch",
        .. AdviserWords,
    ];

    /// <summary>Whether the last word of a name makes it a pollster's or consultancy's: "the firm", never "the utility".</summary>
    public static bool IsAdviserWord(string word) => AdviserWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// Two to four capitalised words without organisation words read as a person ("Aleksandr G. Lukashenko"), and so does a
    /// person described ("mother of one of the children") or named by given name alone ("Jessica"); a named speaker otherwise
    /// as an organisation ("Ukraine", "the Institute for the Study of War", "Hydro One", "Red Deer RCMP", "Coastal GasLink"); null
    /// for nobody named.
    /// </summary>
    public static string? Kind(string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker) || speaker.StartsWith("unnamed", StringComparison.OrdinalIgnoreCase)) return null;
        // "she", "he" left unresolved: a person not yet named; "it", "they": nobody can tell yet.
        if (speaker.Trim().ToLowerInvariant() is var pronoun && Extraction.Lexicon.Pronouns.Contains(pronoun)) return pronoun is "he" or "she" or "i" ? Person : null;
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Paul Ortiz’s spokesman" is a person; "Lena Brandt’s office" an organisation.
        // "George W. Bush’s former top aide" too: whatever stands between the possessive and the head.
        // ("a director in the agency's IT branch": the person the head noun names, before where they work.)
        if (IsSomeones(speaker) && words.TakeWhile(w => w is not ("at" or "of" or "from" or "with" or "in" or "for" or "on")).ToArray() is { Length: > 0 } described
            && described.Length < words.Length && described.All(w => w.All(c => char.IsLower(c) || c == '-')) && Extraction.People.IsRoleNoun(described[^1]))
            return Person;
        // ("The agency's IT director": an office's noun too.)
        if (IsSomeones(speaker))
            return Extraction.Lexicon.PersonNouns.Contains(words[^1].ToLowerInvariant()) || Extraction.Lexicon.Agents.Contains(words[^1].ToLowerInvariant())
                   || Extraction.People.IsRoleNoun(words[^1]) && words[^1].All(char.IsLower)
                   || Extraction.Lexicon.Family.Contains(words[^1].ToLowerInvariant()) && words[^1] is not ("family" or "parents") ? Person : Organization;
        // "mother of one of the children", "woman", "Jessica": a person the article describes or names by given name alone.
        if (Extraction.Speakers.DescribedSex(speaker) is not null) return Person;
        // "A Kelowna couple says …": two people the article has not named; "Brampton man", "the Vermont senator", "a Treasury
        // spokesman": a person described by a noun of people, whatever capitalised word comes before it.
        // ("A Grade 11 student at a Mississauga high school", "spokesperson for Manitoba's Health Department": the noun before what
        // follows it.)
        var head = words.TakeWhile(w => w is not ("at" or "of" or "from" or "with" or "in" or "for" or "who" or "whose" or "on")).ToArray();
        if (words[^1].Equals("couple", StringComparison.OrdinalIgnoreCase)
            || head.Length is > 0 and <= 5 && head[^1].All(c => char.IsLower(c) || c == '-') && (Extraction.People.IsRoleNoun(head[^1]) || Extraction.Speakers.DescribedSex(head[^1]) is not null)) return Person;
        // "Mark and Julie Tessier", "Linda and Raj Mehta": two people named together.
        if (Joint(speaker)) return Person;
        // "Statistics Canada", "Shared Health": a name ending in an organisation's word.
        // ("Bill de Blasio", "Ursula von der Leyen": a surname's particles inside a person's name.)
        return words.Length is >= 2 and <= 5 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
               && words.All(w => char.IsUpper(w[0]) || Extraction.People.Particles.Contains(w)) && words.Count(w => !char.IsUpper(w[0])) <= 2 && words.Count(w => char.IsUpper(w[0])) <= 4
               // (Not "Ville de Québec": a French particle only after a given name; "Osama bin Laden" whatever the given name.)
               && (!words.Any(w => w is "de" or "du" or "la" or "le") || Extraction.Lexicon.IsGivenName(words[0]))
               && !words.Any(w => OrgWords.Contains(w.ToLowerInvariant().Trim('.', ',')))
               && !Extraction.People.EndsOrganisation(words[^1]) && !Extraction.People.NamesABody(words)
            ? Person : Organization;
    }

    /// <summary>
    /// Whether the speaker is someone's person or body ("Paul Ortiz’s spokesman", "Lena Brandt’s office"): a possessive
    /// before the last word.
    /// </summary>
    public static bool IsSomeones(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[..^1].Any(w => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));
    }

    /// <summary>Two people named together: "Mark and Julie Tessier" (given names sharing a surname), "Ana Silva and Jan Nowak".</summary>
    static bool Joint(string speaker) =>
        speaker.Split(" and ") is [var one, var other] && other.Split(' ') is { Length: >= 2 and <= 4 } names && names.All(w => char.IsUpper(w[0]))
        && (one.IndexOf(' ') < 0 && Extraction.Lexicon.IsGivenName(one) || Kind(one) == Person) && Kind(other) == Person;

    public static bool IsKnownKind(string? kind) => kind is Person or Organization;

    /// <summary>The kind in words for the desk: "a person", "an organisation".</summary>
    public static string Describe(string? kind) => kind switch { Person => "a person", Organization => "an organisation", _ => "person or organisation not set" };

    /// <summary>How a statement names the speaker: a person by their surname ("Lukashenko"), an organisation and a person described
    /// ("mother of one of the children") in full.</summary>
    public static string ShortName(string speaker, string? kind) =>
        (kind ?? Kind(speaker)) == Person && Extraction.Speakers.DescribedSex(speaker) is null && !Joint(speaker) ? speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : speaker;
}
