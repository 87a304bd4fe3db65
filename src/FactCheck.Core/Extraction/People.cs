using System.Text.RegularExpressions;

namespace FactCheck.Extraction;

/// <summary>The people an article names: full names by surname, and every position a surname is mentioned.</summary>
internal sealed partial class People
{
    public Dictionary<string, string> FullNames { get; } = new(StringComparer.Ordinal);
    /// <summary>The title a full name was given in the article ("Assistant Commissioner" for Eric Stubbs), if any.</summary>
    public Dictionary<string, string> Roles { get; } = new(StringComparer.Ordinal);
    /// <summary>The body named before a person's title ("Federation of Sovereign Indigenous Nations" of "Federation of Sovereign
    /// Indigenous Nations Vice-Chief Aly Bear").</summary>
    readonly Dictionary<string, string> _bodyBefore = new(StringComparer.Ordinal);
    public List<(int At, string Surname)> Mentions { get; } = [];
    /// <summary>Every full name, for membership tests.</summary>
    public HashSet<string> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Each surname's full names where the article wrote them, in text order: "Trump" after "Eric Trump" is Eric, after
    /// "Donald Trump" Donald; the surname of one family is not the longest name that carries it.
    /// </summary>
    readonly Dictionary<string, List<(int At, string Full)>> _written = new(StringComparer.Ordinal);

    /// <summary>One person's names as one: "Hillary Clinton" and "Hillary Rodham Clinton" (same first and last word) are the longer.</summary>
    readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    /// <summary>Per surname, the person the article writes in full most often.</summary>
    readonly Dictionary<string, string> _most = new(StringComparer.Ordinal);

    /// <summary>Per surname, its distinct full names (a few), for finding one written inside a source.</summary>
    readonly Dictionary<string, string[]> _distinct = new(StringComparer.Ordinal);

    string Canonical(string full) => _canonical.GetValueOrDefault(full, full);

    /// <summary>
    /// 'M' or 'F' where the article says so: a title before the full name ("Mrs.", "Congresswoman", "Sir") or a family
    /// word ("his wife, Hillary Clinton"). ("Mrs. Obama" and "Mr. Obama" beside one Obama written in full say nothing: one
    /// of them is someone else.) Keyed by the name as written and, after indexing, by its canonical form.
    /// </summary>
    readonly Dictionary<string, char> _gender = new(StringComparer.Ordinal);
    string? _text;

    static readonly HashSet<string> MaleTitles = ["Mr", "Sir", "Lord", "King", "Prince", "Congressman", "Assemblyman", "Father", "Duke"];
    static readonly HashSet<string> FemaleTitles = ["Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Congresswoman", "Assemblywoman", "Actress", "Chairwoman", "Spokeswoman"];

    static char GenderOf(string title) => MaleTitles.Contains(title) ? 'M' : FemaleTitles.Contains(title) ? 'F' : '\0';

    [GeneratedRegex(@"\b(?:([Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:(?:late|former|own|eldest|oldest|youngest|younger|older|elder|teenage|adult|\d+-year-old)\s+)?)?(?:(wife|mother|daughter|sister|widow|grandmother|aunt|niece|girlfriend|fiancée)|(husband|father|son|brother|widower|grandfather|uncle|nephew|boyfriend|fiancé)),?\s+$")]
    private static partial Regex FamilyWord();

    void Mark(string full, char gender)
    {
        if (gender == '\0') return;
        // Evidence both ways is no evidence.
        _gender[full] = _gender.TryGetValue(full, out var known) && known != gender ? '?' : gender;
    }

    /// <summary>A person's sex as the article marks it (titles, family words), else as their given name says, else unknown.</summary>
    internal char Gender(string full) => _gender.TryGetValue(full, out var g) ? g != '?' ? g : '\0'
        : full.IndexOf(' ') is var space and > 0 && full[..space] is var given
            ? Lexicon.FemaleNames.Contains(given) ? 'F' : Lexicon.MaleNames.Contains(given) ? 'M' : '\0' : '\0';

    /// <summary>
    /// A surname with a title that says the person's sex ("Mrs. Nowak") resolved to someone known not to be of it: the
    /// nearest person of the name who is, else the nearest not known, else the surname with its title ("Mr. Obama")
    /// rather than the wrong person.
    /// </summary>
    string Gendered(string surname, string resolved, char wanted, string title, int at)
    {
        var g = Gender(resolved);
        if (wanted == '\0' || g == '\0' || g == wanted || !_written.TryGetValue(surname, out var list)) return resolved;
        // Known not to be: the nearest person of the name who is, else one not known, nearest first.
        var last = LastWriting(list, at);
        var order = Enumerable.Range(0, list.Count).OrderBy(i => i <= last ? last - i : list.Count + i).Select(i => Canonical(list[i].Full)).ToList();
        return order.FirstOrDefault(o => Gender(o) == wanted) ?? order.FirstOrDefault(o => o != resolved && Gender(o) == '\0') ?? $"{title}. {surname}";
    }

    /// <summary>
    /// How near (in characters, about two sentences) a full name must be for its surname to mean that person; beyond it
    /// a surname is the person the article names most ("Clinton" in an article about Hillary that mentions Bill once).
    /// On PolNeAR (speakers named in the annotated sources) the most named person alone did as well; nearness keeps
    /// "Eric Trump, his son, said …; Trump added" right.
    /// </summary>
    const int Window = 300;

    /// <summary>The full name a surname stands for at a position: the one written within <see cref="Window"/> before it, else the one written most.</summary>
    string FullAt(string surname, int at)
    {
        if (!_written.TryGetValue(surname, out var list) || list.Count == 0) return FullNames[surname];
        // "The elder Doucette" after "Ronald Doucette, 68," and "Marc Doucette, 39,": the older of the name, by the ages given.
        if (_text is { } text && at >= 6 && text[at - 1] == ' ' && text[at - 2] is 'r' or 'R' && ElderYounger().Match(text, Math.Max(0, at - 9), Math.Min(9, at)) is { Success: true } which
            && Aged(text, list) is { Count: >= 2 } ages)
            return Canonical(which.Groups[1].Value is "elder" or "older" ? ages.MaxBy(x => x.Age).Full : ages.MinBy(x => x.Age).Full);
        var found = LastWriting(list, at);
        // (A mention inside a full writing is that person: "Bernice Fontaine" after "Fontaine's mother".)
        if (found >= 0 && _distinct[surname].Length >= 2 && at >= list[found].At + list[found].Full.Length + 2
            && OtherTakesTheBareName(surname, list, found, at) is { } bare) return bare;
        return found >= 0 && at - list[found].At <= Window ? Canonical(list[found].Full) : _most[surname];
    }

    /// <summary>
    /// Two people of one surname, one written bare ("Premier Danielle Smith … Smith told reporters") and the other in full every
    /// time since it came in ("Kevin Smith, a consultant, said … said Kevin Smith"): the bare surname is the first's, as news copy
    /// writes the second in full to keep them apart ("Both Smith and Farkas said …"); else null.
    /// </summary>
    string? OtherTakesTheBareName(string surname, List<(int At, string Full)> list, int found, int at)
    {
        // Near the writings only, each look-up a binary search: a long text stays linear.
        var last = Canonical(list[found].Full);
        var since = found;
        for (var k = found - 1; k >= 0 && at - list[k].At <= 5000; k--) if (Canonical(list[k].Full) == last) since = k;
        if (since == 0 || at - list[since].At > 5000) return null;
        var bare = BareMentions(surname, list);
        // Since the last person came in, the surname was never written bare before this mention.
        if (AnyBetween(bare, list[since].At, at)) return null;
        // Before, someone else of the name was written in full, then bare.
        for (var k = since - 1; k >= 0 && at - list[k].At <= 8000; k--)
            if (Canonical(list[k].Full) is var other && other != last && AnyBetween(bare, list[k].At, list[since].At)) return other;
        return null;

        // Whether a position lies strictly between two others, in a sorted list.
        static bool AnyBetween(List<int> sorted, int from, int to)
        {
            int lo = 0, hi = sorted.Count;
            while (lo < hi) { var mid = (lo + hi) >>> 1; if (sorted[mid] <= from) lo = mid + 1; else hi = mid; }
            return lo < sorted.Count && sorted[lo] < to;
        }
    }

    /// <summary>Where a surname stands without the rest of a name written in full around it, in text order (made once a surname).</summary>
    List<int> BareMentions(string surname, List<(int At, string Full)> list)
    {
        if ((_bare ??= new(StringComparer.Ordinal)).TryGetValue(surname, out var known)) return known;
        var bare = new List<int>();
        foreach (var (at, word) in Mentions)
            if (word == surname && LastWriting(list, at) is var w && (w < 0 || at >= list[w].At + list[w].Full.Length + 2)) bare.Add(at);
        return _bare[surname] = bare;
    }

    Dictionary<string, List<int>>? _bare;

    [GeneratedRegex(@"\G \(((?:[A-Z][a-z]+ ?){1,3})\)")]
    private static partial Regex GlossedTitle();

    [GeneratedRegex(@"\b(elder|older|younger) $", RegexOptions.IgnoreCase)]
    private static partial Regex ElderYounger();

    [GeneratedRegex(@"\G,\s+(\d{1,3}),")]
    private static partial Regex AgeAfterName();

    /// <summary>The people of one surname with the age the article gives after their name ("Marc Doucette, 39,"), one each.</summary>
    static List<(string Full, int Age)> Aged(string text, List<(int At, string Full)> list)
    {
        var ages = new List<(string Full, int Age)>();
        foreach (var (at, full) in list)
        {
            var end = text.IndexOf(full.Split(' ')[^1], at, StringComparison.Ordinal);
            if (end < 0 || ages.Any(x => x.Full == full)) continue;
            if (AgeAfterName().Match(text, end + full.Split(' ')[^1].Length) is { Success: true } age) ages.Add((full, int.Parse(age.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return ages;
    }

    /// <summary>The index of the last full writing at or before a position (the list is in text order), or -1.</summary>
    static int LastWriting(List<(int At, string Full)> list, int at)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].At <= at) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>
    /// Whether a surname at a position continues the previous remark's speaker: that speaker carries the surname and spoke
    /// after someone else of the name was last written in full, nearby ("Former President Bill Clinton … for his wife Hillary
    /// Clinton. … the former president said … “…,” Clinton said." is Bill).
    /// </summary>
    bool Continues(string surname, int at, Attribution? previous)
    {
        if (previous is null || previous.Cue.Start >= at || !Known.Contains(previous.Speaker)
            || !previous.Speaker.EndsWith(" " + surname, StringComparison.Ordinal)) return false;
        // ("When Olga Kowalchuk opened the diner, her husband told her …. “…,” Kowalchuk said": a remark the article gave a relative by
        // description, naming him only later, does not make the surname his.)
        if (!previous.Source.Text.Contains(surname, StringComparison.Ordinal) && FamilyWord().IsMatch(previous.Source.Text + " ")) return false;
        // Only against someone else of the name written in full nearby: a surname beyond that is the person the article
        // names most, and a previous speaker misnamed long before ("Maybe Donald Trump") does not carry on.
        if (!_written.TryGetValue(surname, out var list)) return false;
        var last = LastWriting(list, at);
        return last >= 0 && at - list[last].At <= Window && list[last].At < previous.Cue.Start && Canonical(list[last].Full) != previous.Speaker;
    }

    /// <summary>
    /// The person a description of someone means ("the former president" after "Former President Bill Clinton …"): of the
    /// people whose title holds the description's last word, those holding most of its other words (a "former" title not
    /// asked for counting against), the one mentioned last before the position; null when nobody's title does.
    /// </summary>
    public string? Titled(IReadOnlyList<string> description, int position, bool first = false)
    {
        if (description.Count == 0 || Roles.Count == 0) return null;
        if (Parties.Contains(description[^1])) return null; // "the Wisconsin Republican": a party, not a title
        var head = description[^1].ToLowerInvariant();
        Dictionary<string, int>? score = null;
        _roleWords ??= Roles.ToDictionary(kv => kv.Key, kv => kv.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(RoleWord).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var party = description.Select(w => PartyOf(w)).FirstOrDefault(c => c != '\0');
        foreach (var (person, words) in _roleWords)
        {
            // "the judge" is the one the article titled Justice ("Ontario Superior Court Justice Maria Linhares de Sousa").
            if (!words.Contains(head) && !(head == "judge" && words.Contains("justice"))) continue;
            // "The Democratic nominee" is not the Republican nominee the article titled.
            if (party != '\0' && words.Select(PartyOf).FirstOrDefault(c => c != '\0') is var theirs && theirs != '\0' && theirs != party) continue;
            var s = description.Take(description.Count - 1).Count(w => words.Contains(w.ToLowerInvariant()))
                    - (words.Contains("former") && !description.Any(w => w.Equals("former", StringComparison.OrdinalIgnoreCase)) ? 1 : 0);
            (score ??= new(StringComparer.Ordinal))[Canonical(person)] = Math.Max(s, score.GetValueOrDefault(Canonical(person), int.MinValue));
        }
        if (score is null) return null;
        var best = score.Values.Max();
        // A headline's office is the first person the story gives it ("…, minister says" over "Immigration Minister Jean-François
        // Roberge announced …" and, paragraphs later, "Federal Immigration Minister Lena Diab").
        if (first)
        {
            for (var i = 0; i < Mentions.Count && i < 2000; i++)
                if (FullAt(Mentions[i].Surname, Mentions[i].At) is var full && score.TryGetValue(full, out var s) && s == best) return full;
            return null;
        }
        // Back from the position, over the last few hundred mentions at most: a long text stays linear.
        var last = LastMentionIndex(position);
        for (var i = last; i >= 0 && last - i < 500; i--)
        {
            var full = FullAt(Mentions[i].Surname, Mentions[i].At);
            if (score.TryGetValue(full, out var s) && s == best) return full;
        }
        return null;
    }

    /// <summary>The party a word names, as one letter ("Democratic" and "Democrat" D, "GOP" R, "Tory" C), else '\0'.</summary>
    internal static char PartyOf(string word) => word.ToLowerInvariant() switch
    {
        "democratic" or "democrat" or "democrats" => 'D',
        "republican" or "republicans" or "gop" => 'R',
        "liberal" or "liberals" => 'L',
        "conservative" or "conservatives" or "tory" or "tories" => 'C',
        "ndp" => 'N',
        _ => '\0',
    };

    /// <summary>Each titled person's title as words ("former", "president"), made at the first description read.</summary>
    Dictionary<string, HashSet<string>>? _roleWords;

    /// <summary>A title's word as a description writes it: "Sen." is "senator", "Gov." "governor".</summary>
    static string RoleWord(string w) => w.TrimEnd('.').ToLowerInvariant() switch
    {
        "sen" or "sens" or "senators" => "senator",
        "rep" or "reps" or "representatives" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "pres" or "presidents" => "president",
        "sec" or "secy" => "secretary",
        "atty" => "attorney",
        "supt" => "superintendent",
        "insp" => "inspector",
        "cmdr" => "commander",
        "const" or "cst" => "constable",
        "coun" or "couns" => "councillor",
        "cpl" => "corporal",
        "sgt" => "sergeant",
        "det" => "detective",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "maj" => "major",
        "adm" => "admiral",
        "ald" => "alderman",
        "prof" => "professor",
        var x => x,
    };

    /// <summary>How often the text has a person speak by the given name alone ("“…,” Tessa said", "said Tessa.").</summary>
    static int GivenAlone(string text, string full)
    {
        if (full.IndexOf(' ') is not (> 1 and var sp)) return 0;
        var given = full[..sp];
        var n = 0;
        for (var at = text.IndexOf(given, StringComparison.Ordinal); at >= 0; at = text.IndexOf(given, at + given.Length, StringComparison.Ordinal))
        {
            var end = at + given.Length;
            if (at > 0 && char.IsLetter(text[at - 1]) || end < text.Length && char.IsLetter(text[end])) continue;
            if (GivenSays().IsMatch(text.AsSpan(end)) || text.AsSpan(0, at).EndsWith("said ", StringComparison.Ordinal) && end < text.Length && text[end] is '.' or ',') n++;
        }
        return n;
    }

    [GeneratedRegex(@"^ (?:said|says|told|added|explained|recalled|wrote|asked)\b")]
    private static partial Regex GivenSays();

    /// <summary>After indexing: each name's canonical form, each surname's most written person and distinct names.</summary>
    void Settle()
    {
        foreach (var (surname, list) in _written)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, full) in list) counts[full] = counts.GetValueOrDefault(full) + 1;
            _distinct[surname] = [.. counts.Keys];
            foreach (var full in counts.Keys)
            {
                Known.Add(full);
                var first = full[..Math.Max(0, full.IndexOf(' '))] + " ";
                var longest = counts.Keys.Where(x => x.StartsWith(first, StringComparison.Ordinal)).MaxBy(x => x.Length) ?? full;
                // "Soraya Martinez Ferrada" and then "Martinez Ferrada told reporters": two surnames without the given name (not
                // "Hillary Clinton" inside a nickname, "Crooked Hillary Clinton": a given name opens a name of its own).
                if (longest == full && full.Contains(' ') && full[..full.IndexOf(' ')] is var opening && !Lexicon.IsGivenName(opening)
                    && counts.Keys.Where(x => x.EndsWith(" " + full, StringComparison.Ordinal)).Take(2).ToList() is [var whole]
                    // ("McCain Challenger Kelli Ward", "Imagine Brad Thor": a common word opening the whole is not a given name.)
                    && whole[..whole.IndexOf(' ')] is var given && !CommonWord(given) && !WrittenLower(given)) longest = whole;
                _canonical[full] = longest;
                if (Roles.TryGetValue(full, out var role)) Roles.TryAdd(longest, role);
                if (_gender.TryGetValue(full, out var g) && longest != full) Mark(longest, g);
            }
            var people = counts.GroupBy(kv => Canonical(kv.Key)).Select(g => (Name: g.Key, Count: g.Sum(kv => kv.Value))).ToList();
            var most = people.Max(x => x.Count);
            _most[surname] = people.Count(x => x.Count == most) >= 2 && _text is { } text
                // ("Lorraine Campbell's granddaughter, Tessa Campbell, said …. “…,” Tessa said. … Campbell said her grandmother …": of
                // two written in full as often, the one the article also calls by the given name alone is the one a bare surname means;
                // else the first written.)
                ? people.Where(x => x.Count == most).MaxBy(x => GivenAlone(text, x.Name)).Name
                : people.MaxBy(x => x.Count).Name;
        }
    }

    /// <summary>"Ukraine's ambassador to Canada", "Canada's ambassador to the United Nations": a place's possessive, an office (group 1) and
    /// where it is to.</summary>
    [GeneratedRegex(@"^(?<whose>(?:[A-Z][\w.-]+ ){0,2}[A-Z][\w.-]+)['’]s (?:[a-z][\w-]* ){0,3}([a-z][\w-]*)(?: (?:to|for|at|in) (?:the )?(?:[A-Z][\w.-]+ ?){1,4})?$")]
    private static partial Regex PlacesOffice();

    [GeneratedRegex(@"^(?:[Tt]he|[Aa]n?)\s+(?<role>(?:(?:former|then|longtime|long-time|current|interim|acting)\s+)?(?:NDP|Liberal|Conservative|Green|Bloc|PC|UCP|CAQ|PQ|Republican|Democratic)\s+(?:[a-z][\w-]*\s+){0,3}(?<head>[a-z][\w-]*))(?:\s+(?:who|whose)\b.*)?$")]
    private static partial Regex PartyOffice();

    static readonly HashSet<string> Suffixes = ["Jr", "Sr", "II", "III", "IV"];

    /// <summary>Places whose names open with a title: "Prince Edward Island", "Prince George", "Prince Rupert", "Prince Albert".</summary>
    internal static bool TitledPlace(string title, string next) => title == "Prince" && next is "Edward" or "George" or "Rupert" or "Albert"
        // "Saint John", "St. Albert", "Sainte-Agathe": a saint's name in the news is a town's.
        || title is "Saint" or "St" or "Sainte" && next.Length > 1 && char.IsUpper(next[0]);

    /// <summary>Titles and roles before a name: never part of it ("Assistant Commissioner Eric Stubbs" is Eric Stubbs).</summary>
    public static readonly HashSet<string> Titles =
    [
        "President", "Premier", "Chancellor", "Minister", "Senator", "Sen", "Governor", "Gov", "Mr", "Mrs", "Ms", "Dr", "General", "Gen", "Rep", "Me", "Maître",
        "Prime", "Mayor", "Vice", "President-elect", "President-Elect", "Premier-elect", "Premier-designate", "Mayor-elect", "Vice-Chief", "Vice-President", "Vice-Chair", "Co-Chair", "Vice-Premier", "Deputy", "Assistant", "Acting", "Commissioner", "Chief", "Hereditary", "Secretary", "Inspector", "Superintendent",
        "Constable", "Sergeant", "Sgt", "Lieutenant", "Lt", "Colonel", "Col", "Captain", "Capt", "Major", "Maj", "Admiral", "Adm", "Commander",
        "Judge", "Justice", "Bishop", "Archbishop", "Cardinal", "Pope", "King", "Queen", "Prince", "Princess", "Sheikh", "Ambassador", "Professor",
        "Prof", "Councillor", "Councilor", "Alderman", "Sheriff", "Attorney", "Counsel", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Father", "Rabbi",
        "Imam", "Elder", "Chairman", "Chairwoman", "Chair", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Coach", "Detective", "Officer",
        "Marshal", "Representative", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "MP", "MEP", "Emir", "Executive",
        "Leader", "Speaker", "Whip", "Manager", "Founder", "Cpl", "Cst", "Supt", "Insp", "Det", "Const", "MLA", "MPP", "MNA", "CEO",
        "Sens", "Reps", "Miss", "Pastor", "Coun", "Couns", "Ald", "Atty", "Councillors", "Councilors", "Senators", "MPs", "MLAs", "MPPs", "Professors",
        // Heads of rural municipalities ("Warden Bruce Morrison" of a Nova Scotia county, "Reeve Tanya Thorn" of an Alberta district).
        "Warden", "Reeve",
        // Occupations written as titles ("Actress Amandla Stenberg", "Billionaire Donald Trump").
        "Actress", "Actor", "Comedian", "Activist", "Billionaire", "Evangelist", "Economist", "Nominee", "Candidate", "Strategist",
        "Pollster", "Historian", "Analyst",
        // Sentence-initial occupations before a name ("Teammate Leon Draisaitl", "Goaltender Stuart Skinner", "Farmer Ana Lopes").
        "Teammate", "Linemate", "Goaltender", "Goalie", "Defenceman", "Defenseman", "Forward", "Winger", "Netminder", "Midfielder", "Striker", "Quarterback", "Guard", "Pitcher", "Linebacker", "Shortstop", "Blueliner", "Rookie", "Resident", "Teacher", "Lawyer", "Researcher",
        "Scientist", "Novelist", "Musician", "Organizer", "Organiser", "Epidemiologist", "Physician", "Prosecutor", "Farmer", "Meteorologist",
        "Forecaster", "Nurse", "Paramedic", "Surgeon", "Pharmacist", "Engineer", "Architect", "Criminologist", "Sociologist", "Biologist",
        "Psychologist", "Psychiatrist", "Columnist", "Journalist", "Filmmaker", "Author", "Firefighter", "Trustee", "Principal", "Veterinarian",
        // (Not "Student", "Patient", "Tenant", "Voter": "Every Student Succeeds Act", "National Nurses United for Patient Protection".)
        "Passenger", "Commuter", "Homeowner", "Shopper", "Retiree", "Evacuee", "Pensioner", "Backup",
        // Party labels written before a name ("Democrat Hillary Clinton", "Conservative Leader Pierre Poilievre").
        "Democrat", "Republican", "Conservative", "Liberal", "Labour", "Tory", "NDP", "GOP",
    ];
    /// <summary>Words of places and organisations that are surnames too, after a given name ("Sheila North", "Lisa Hall").</summary>
    static readonly HashSet<string> SurnameWords = new(StringComparer.Ordinal) { "North", "South", "East", "West", "Hall", "Church", "Bank", "Street", "May", "Small", "Jobs", "Parks" };

    /// <summary>Whether a word of places and organisations is a surname too ("Sheila North", "Per Bank").</summary>
    internal static bool IsSurnameWord(string word) => SurnameWords.Contains(word);

    /// <summary>A word that ends an organisation's name and no person's ("Statistics Canada", "Parks Canada", "Shared Health").</summary>
    internal static bool EndsOrganisation(string word) =>
        Lexicon.NotPerson.Contains(word) && !SurnameWords.Contains(word) && !Lexicon.Weekdays.Contains(word) && !Lexicon.Months.Contains(word)
        || Portfolios.Contains(word) && !Titles.Contains(word) && !Levels.Contains(word) && !SurnameWords.Contains(word);

    /// <summary>A capitalised word that begins sentences, never names: "But", "Even", "Meanwhile".</summary>
    public static bool IsFunctionWord(string word) => CapitalisedFunctionWords.Contains(word) && !Quantifiers.Contains(word);

    /// <summary>"Many economists", "Some officials": part of who spoke.</summary>
    static readonly HashSet<string> Quantifiers = ["Both", "Every", "Each", "All", "Some", "Many", "Most", "Several", "Other", "Another", "Such", "These", "Those", "This", "That"];

    /// <summary>Whether the words of a run are written elsewhere right after a given name ("Gerald Many Grey Horses").</summary>
    static bool SurnameWithWord(string text, int start, int end)
    {
        var run = text.AsSpan(start, end - start);
        for (var at = text.AsSpan().IndexOf(run, StringComparison.Ordinal); at >= 0; at = text.AsSpan(at + 1).IndexOf(run, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at < 2 || text[at - 1] != ' ') continue;
            var w = at - 1;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            if (text[w..(at - 1)] is var given && Lexicon.IsGivenName(given)) return true;
        }
        return false;
    }

    static readonly HashSet<string> CapitalisedFunctionWords =
    [
        "The", "A", "An", "But", "And", "Or", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "This", "That", "These", "Those",
        "His", "Her", "Their", "Its", "Our", "Your", "My", "You", "We", "He", "She", "They", "It", "I", "Under", "Over", "For", "From", "With", "Without", "Despite",
        "Since", "Although", "Though", "So", "Yet", "Then", "Now", "Still", "However", "According", "By", "To", "Of", "Mrs", "Mr", "Ms", "Dr",
        "Both", "Does", "Did", "Do", "Is", "Was", "Were", "Are", "Has", "Have", "Had", "What", "Why", "How", "Where", "Who", "Whose",
        "Neither", "Either", "Nor", "Not", "Even", "Only", "Just", "Also", "Meanwhile", "Indeed", "Instead", "Like", "Unlike",
        "Because", "Until", "Unless", "Once", "Here", "There", "Every", "Each", "All", "Some", "Many", "Most",
        "Several", "Other", "Another", "Such", "Can", "Could", "Would", "Should", "Must", "Might", "Says", "Asked", "Told", "No",
    ];

    /// <summary>One pass over the words: runs of capitalised words (initials allowed) are names; then every surname mention.</summary>
    public static People Index(string text)
    {
        var people = new People { _text = text };
        var words = Words(text);
        var run = new List<(int Start, int End)>();
        var lastPersonEnd = -1; // where the last full name of a person ended: "Sens. Jon Tester (D-Mont.) and David Vitter"
        string? lastPerson = null;
        string? lastNamed = null; // the person named last, in full or by a known surname, for a relative named after them
        var lastNamedEnd = -1;
        var namedSoFar = new List<(string Full, int End, bool Kin)>(); // everyone named in full so far, for "Her son, Paul," after a man
        people._words = words;
        void Flush(int index)
        {
            var r = run;
            var first = 0;
            while (first < r.Count && CapitalisedFunctionWords.Contains(text[r[first].Start..r[first].End])) first++;
            // "Many Grey Horses's sister" after "Gerald Many Grey Horses": a surname that opens with such a word, as the story
            // writes it after a given name.
            // (Only a word that can open a surname, "Many", never "The": each check scans the text.)
            if (first == 1 && r.Count >= 3 && Quantifiers.Contains(text[r[0].Start..r[0].End]) && SurnameWithWord(text, r[0].Start, r[^1].End)) first = 0;
            // "Certainly Ronald Reagan …", "Did Donald Trump …", "Rival Hillary Clinton …": a sentence's first word
            // glued to the name after it; a word the article also writes in lower case is not part of a name.
            if (first == 0 && r.Count >= 2 && AtSentenceStart(text, r[0].Start) && Inflected(text.AsSpan(r[0].Start, r[0].End - r[0].Start))
                && people.WrittenLower(text.AsSpan(r[0].Start, r[0].End - r[0].Start)))
                first = 1;
            // "Derelict Obama and Clinton" opening the headline: a word no given name glued to a surname the story names again.
            if (first == 0 && r.Count == 2 && r[0].Start == 0 && text[r[0].Start..r[0].End] is var headword && !Lexicon.IsGivenName(headword)
                && !Titles.Contains(headword) && !text.AsSpan(r[1].End).Contains(text.AsSpan(0, r[1].End), StringComparison.Ordinal)
                // (Where the story writes the surname after a title or another given name: "President Obama", "Thomas Perez".)
                && Regex.Match(text[r[1].End..], $@"\b([A-Z][\w.'’-]*)\s+{Regex.Escape(text[r[1].Start..r[1].End])}\b") is { Success: true } other && other.Groups[1].Value != headword
                && (Titles.Contains(other.Groups[1].Value.TrimEnd('.')) || Lexicon.IsGivenName(other.Groups[1].Value)))
                first = 1;
            // "“Impeaching Trump … is one imperative,”": a verb's -ing form opening a sentence is no given name.
            if (first == 0 && r.Count == 2 && AtSentenceStart(text, r[0].Start) && text[r[0].Start..r[0].End] is var gerund && gerund.Length >= 7
                && gerund.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.IsGivenName(gerund))
                first = 1;
            // "Rider Maria Santos, who takes two buses …": a common noun opening a sentence before a given name is the person's
            // description, not part of the name.
            if (first == 0 && r.Count >= 3 && AtSentenceStart(text, r[0].Start) && !Titles.Contains(text[r[0].Start..r[0].End])
                && (text[r[1].Start..r[1].End] is var given && Lexicon.IsGivenName(given) && people.CommonWord(text[r[0].Start..r[0].End])
                    || Describing.Contains(text[r[0].Start..r[0].End])))
                first = 1;
            // "Prince George RCMP", "Prince Edward Island potato farmers": a place, no titled person.
            // ("Prince Rupert Mayor Herb Pond": the town before a title and a name is where the person holds office.)
            if (first + 1 < r.Count && TitledPlace(text[r[first].Start..r[first].End], text[r[first + 1].Start..r[first + 1].End]))
            {
                if (first + 3 >= r.Count || !Enumerable.Range(first + 2, r.Count - first - 3).Any(k => Titles.Contains(text[r[k].Start..r[k].End]))) return;
                first += 2;
            }
            var titled = first > 0 && Titles.Contains(text[r[first - 1].Start..r[first - 1].End]) || first < r.Count && Titles.Contains(text[r[first].Start..r[first].End]);
            // The name starts after the last title of the run: "Foreign Minister Sergei Lavrov", "Assistant Commissioner Eric Stubbs".
            // ("Natural Resources Minister Tory Rushton": a party's word right after a title is a given name.)
            bool GivenAfterTitle(int k) => k > 0 && Parties.Contains(text[r[k].Start..r[k].End]) && text[r[k - 1].Start..r[k - 1].End] is var before
                                           && Titles.Contains(before) && !Parties.Contains(before) && k + 1 < r.Count;
            for (var k = r.Count - 2; k >= first; k--)
                if (Titles.Contains(text[r[k].Start..r[k].End]) && !GivenAfterTitle(k)) { first = k + 1; titled = true; break; }
            while (first < r.Count && Titles.Contains(text[r[first].Start..r[first].End]) && !GivenAfterTitle(first)) first++;
            // "Minister of Health Mark Holland", "Secretary of State Marco Rubio", "Minister of Fisheries and Oceans Diane Lebouthillier":
            // after a title and "of", the run's first words are the office and its last the name.
            var office = -1;
            if (first == 0 && r.Count >= 3 && OfficeBefore(text, r[0].Start) is var held and >= 0)
            {
                while (first < r.Count - 2 && text[r[first].Start..r[first].End] is var w
                       && (Portfolios.Contains(w) || Lexicon.NotPerson.Contains(w) || !Lexicon.IsGivenName(w))) first++;
                if (first > 0) { office = held; titled = true; }
            }
            var titleWords = r.Take(first).Select(w => text[w.Start..w.End]).SkipWhile(CapitalisedFunctionWords.Contains).ToList();
            var parts = r.Skip(first).Select(w => text[w.Start..w.End]).ToList();
            // "more than a second ahead of American Alex Walsh": a nationality before a name is no part of it.
            if (parts.Count >= 3 && parts[0] is "American" or "British" or "Canadian" or "Australian" or "French" or "German" or "Italian" or "Japanese" or "Chinese"
                    or "Russian" or "Ukrainian" or "Mexican" or "Swedish" or "Norwegian" or "Dutch" or "Irish" or "Scottish" or "Spanish" or "Brazilian"
                && parts.Skip(1).All(p => !Lexicon.NotPerson.Contains(p))
                // (Only where the story goes on to write the surname alone, as of a person: "Walsh, who won silver"; never "Canadian
                // Housing Survey"; or a given name follows: "American Kate Douglass, who took silver".)
                && (parts.Count == 3 && Lexicon.IsGivenName(parts[1]) || Regex.IsMatch(text[r[^1].End..], $@"(?<![A-Z][\w'’-]*\s)\b{Regex.Escape(parts[^1])}\b(?!\s+[A-Z])")))
            {
                first++;
                parts.RemoveAt(0);
            }
            // ("MSNBC's The Rachel Maddow Show": a show named after its host names the host.)
            if (parts.Count is 3 or 4 && parts[^1] == "Show" && Lexicon.IsGivenName(parts[0])) parts.RemoveAt(parts.Count - 1);
            // ("working Crooked Hillary Clinton", "Lyin' Ted Cruz": a nickname's word before a given name is no part of the name.)
            if (parts.Count is 2 or 3 && !Lexicon.IsGivenName(parts[0]) && Lexicon.IsGivenName(parts[1])
                && (parts[0].Length > 4 && parts[0].EndsWith("ed", StringComparison.Ordinal) || parts[0] is "Little" or "Lyin" or "Lying" or "Crazy" or "Sleepy" or "Low" or "Nasty" or "Goofy"))
            {
                // ("Crooked Hillary" alone: a nickname and a given name name no one the index can hold.)
                if (parts.Count == 2) return;
                first++;
                parts.RemoveAt(0);
            }
            if (parts.Count == 0 || parts.Count > 4) return;
            // "CBC's The Early Edition", "The Globe and Mail": "The" opens the name of a thing, not a person's ("The Anna Berg-led
            // council" opens with a given name).
            if (parts.Count >= 2 && !titled && first > 0 && text.AsSpan(r[0].Start, r[0].End - r[0].Start).SequenceEqual("The")
                && !Lexicon.IsGivenName(parts[0])) return;
            if (parts.All(Portfolios.Contains)) return; // "Mental Health and Addictions Minister …": a portfolio names nobody
            // "Pimicikamak Okimakan (Chief) David Monias": a title in its own language, glossed, is no one's name.
            if (GlossedTitle().Match(text, r[^1].End) is { Success: true } gloss && gloss.Groups[1].Value.Split(' ').Any(Titles.Contains)) return;
            // "Walk Regina", "Bike Victoria": a place after a word that is no given name is an organisation's name.
            // "Shared Health", "Ontario Health", "Nova Scotia Health": a portfolio's word after a word that is no given name is an agency.
            // ("Marty Warren, the national director of the union,": a role set off after the name says it is a person's.)
            var described = parts.Count is 2 or 3 && RoleSetOffAfter(text, r[^1].End);
            if (parts.Count >= 2 && (Places.Contains(parts[^1]) || Portfolios.Contains(parts[^1]) && parts[^1] is not ("Chief" or "General" or "Deputy" or "Associate" or "Small" or "National" or "International" or "Regional" or "Government"))
                && !Lexicon.IsGivenName(parts[0]) && !described) return;
            // "International Longshore and Warehouse Union", "Royal Canadian Mint": no one's name opens with these.
            if (parts.Count >= 2 && parts[0] is "International" or "National" or "Royal" or "Federal" or "Provincial" or "Municipal") return;
            // "Longtime Altadore resident Gail Morrison", "Retired Sarnia teacher …": a modifier and a place before a role, no one's name.
            if (parts.Count >= 2 && parts[0] is "Longtime" or "Long-time" or "Lifelong" or "Veteran" or "Retired" or "Former" or "Local" or "Fellow") return;
            // "Thunder Bay", "Niagara Falls", "Medicine Hat": a town's name after a word that is no given name.
            // ("Dwan Street, secretary-treasurer of the union,": a person, as the role set off after the name says.)
            if (parts.Count >= 2 && PlaceEnds.Contains(parts[^1]) && !Lexicon.IsGivenName(parts[0]) && !described) return;
            // "Maple Leafs stumble again" in a headline, where the story writes "the Toronto Maple Leafs": a team, in the plural after
            // "the" somewhere in the story, is no one's name.
            if (parts.Count >= 2 && !titled && !described && parts[^1].Length > 3 && parts[^1][^1] == 's' && parts[^1][^2] != 's' && !Lexicon.IsGivenName(parts[0])
                && people.WrittenAfterThe(string.Join(' ', parts))) return;
            // ("attend school in Sherwood Park": after "in" or "near", a place whatever its first word.)
            // ("made the announcement Monday in Swift Current", "in Moose Jaw": two words, the first no given name, no one's possessive.)
            if (parts.Count >= 2 && (PlaceEnds.Contains(parts[^1]) || parts[^1] is "Park" or "Hill" or "Hills" or "Grove" or "Beach" or "Point" or "Ridge" or "Mills"
                    || parts.Count == 2 && !Lexicon.IsGivenName(parts[0]) && !text.AsSpan(r[^1].End).StartsWith("'s", StringComparison.Ordinal) && !text.AsSpan(r[^1].End).StartsWith("’s", StringComparison.Ordinal))
                && first == 0 && !described && r[0].Start >= 3
                && (text.AsSpan(0, r[0].Start).EndsWith(" in ", StringComparison.Ordinal) || text.AsSpan(0, r[0].Start).EndsWith(" near ", StringComparison.Ordinal))) return;
            if (Parties.Contains(parts[^1])) return; // "Progressive Conservative health critic …": a party names nobody
            // ("Grain Growers of Canada", "Chicken Farmers of Ontario": people of an occupation in the plural name a body.)
            if (parts.Count >= 2 && parts[^1].Length > 4 && parts[^1].EndsWith('s') && IsRoleNoun(parts[^1][..^1]) && !Lexicon.IsGivenName(parts[0])
                && !Parties.Contains(parts[^1][..^1]) && !Nationality(parts[^1][..^1]) && !Titles.Contains(parts[^1][..^1])) return;
            // "Principles Integrity", "Apex Solutions": a word no surname ends like, after a word that is no given name; "South-Mount
            // Pearl": a riding's compass point.
            if (parts.Count >= 2 && !Lexicon.IsGivenName(parts[0])
                && (NoSurname().IsMatch(parts[^1]) || CompassJoined().IsMatch(parts[0]))) return;
            // "Coastal GasLink", "Calgary WestJet": a word run together from two after a word that is no given name is a brand.
            if (parts.Count >= 2 && !Lexicon.IsGivenName(parts[0]) && parts.Any(Branded)) return;
            if (OfficeEnds.Contains(parts[^1])) return; // "The Chief Electoral Officer, Stéphane Perrault": an office names nobody
            // "Former PM says …": a title after words of rank names nobody.
            if ((Titles.Contains(parts[^1].TrimEnd('.')) || parts[^1] is "PM") && parts.SkipLast(1).All(p => RoleModifiers.Contains(p) || Titles.Contains(p.TrimEnd('.')))) return;
            // "Haddad and her husband, Omar": the family is Rania Haddad's; "Omar said … Their eldest daughter, Lina": Omar's.
            if (parts.Count == 1 && !titled && (people._given.TryGetValue(parts[0], out var surnamed) && surnamed.Length > 0 || people.FullNames.TryGetValue(parts[0], out surnamed)))
                (lastNamed, lastNamedEnd) = (surnamed, r[0].End);
            // "Rania Haddad and her husband, Omar,", "Their eldest daughter, Lina, 19,": a relative the article names by given name
            // alone, as it then goes on to ("Omar said …"), carries the family's surname.
            if (parts.Count == 1 && !titled && lastNamed is not null && r[first].Start - lastNamedEnd < 600 && r.Count == 1 && parts[0].Length >= 3
                && FamilyWord().Match(text, Math.Max(0, r[0].Start - 40), r[0].Start - Math.Max(0, r[0].Start - 40)) is { Success: true, Groups: var g } && g[1].Success)
            {
                // "Her son, Paul," after "Former student Gilles Arsenault … he said": the woman named before him (the obituary's
                // Marguerite Leblanc), not the man named last, nor a relative of hers named as one ("Her daughter, Josée …").
                var owner = lastNamed;
                if (g[1].Value.ToLowerInvariant() is "her" or "his" && (g[1].Value.ToLowerInvariant() == "her" ? 'F' : 'M') is var sex && people.Gender(owner) is var ownerSex && ownerSex != '\0' && ownerSex != sex
                    && namedSoFar.FindLast(n => r[0].Start - n.End < 3000 && !n.Kin && people.Gender(n.Full) == sex) is { Full: { } same }) owner = same;
                var relative = parts[0] + " " + owner[(owner.LastIndexOf(' ') + 1)..];
                if (!people._given.TryAdd(parts[0], relative) && people._given[parts[0]] != relative) people._given[parts[0]] = "";
                people._kin.Add(parts[0]);
                people.Mark(relative, g[2].Success ? 'F' : 'M');
                (lastNamed, lastNamedEnd) = (relative, r[0].End);
                return;
            }
            if (parts.Count == 1 && (!titled || titleWords.All(Parties.Contains))) return; // "Republican Senators" names nobody
            // "Sheila North", "Lisa Hall": a surname that is also a word of places and organisations, after a given name.
            if (parts.Any(p => Lexicon.NotPerson.Contains(p)) && !(parts.Count == 2 && SurnameWords.Contains(parts[1])
                && (Lexicon.IsGivenName(parts[0]) || described))
                // ("Yin Myint May, 60, a doctor, said": a month's word ends a name set off as a person's.)
                && !(described && parts.Where(Lexicon.NotPerson.Contains).All(w => Lexicon.Months.Contains(w) || Lexicon.Weekdays.Contains(w)))
                // ("Chief April Martel": a month's name as a given name, after a title; never "In April Trudeau said".)
                && !(titled && parts.Count == 2 && parts[0] is "April" or "May" or "June" && !Lexicon.NotPerson.Contains(parts[1]))) return;
            // "Prairie Nurses' Union president Mia Stroh": a plural possessive going on into a capitalised word is an organisation's name.
            if (parts[^1].EndsWith('s') && r[^1].End + 2 < text.Length && text[r[^1].End] is '\'' or '’' && text[r[^1].End + 1] == ' ' && char.IsUpper(text[r[^1].End + 2])) return;
            // ("Mr. Obama and Hillary Clinton": a given name after "and" opens a person's name, not more of an organisation's.)
            if (first == 0 && r.Count > 0 && PrecededByFunctionWord(text, r[0].Start) && !AfterPersonAnd(text, lastPersonEnd, r[0].Start)
                && !(parts.Count >= 2 && Lexicon.IsGivenName(parts[0]) && text.AsSpan(0, r[0].Start).TrimEnd().EndsWith(" and", StringComparison.Ordinal))) return;
            // "the regional broadcaster Radio Nord", "the agency Ukrinform": an outlet's name, not a person's.
            if (first == 0 && r.Count > 0 && PrecededByOutletWord(text, r[0].Start)) return;
            // "CORNER BROOK, N.L. —": a dateline's capitals are a place.
            // ("JAKE TAPPER: …" in a transcript is a person: only capitals a comma or a dash follows.)
            if (parts.Count >= 2 && parts.All(p => p.Length >= 2 && !p.Any(char.IsLower)) && r[^1].End < text.Length && text[r[^1].End] is ',' or ' ' && DatelineAfter().IsMatch(text.AsSpan(r[^1].End, Math.Min(30, text.Length - r[^1].End)))) return;
            // ("P.J. Akeeagok": initials written together stay together.)
            var full = string.Concat(parts.Select((p, k) => (k == 0 || p.Length == 1 && parts[k - 1].Length == 1 && text.AsSpan(r[first + k - 1].End, r[first + k].Start - r[first + k - 1].End) is "." ? "" : " ")
                                                            + (p.Length == 1 || p is "Jr" or "Sr" or "St" or "Ste" ? p + "." : p)));
            // "Joseph R. Biden Jr.": the surname is before the suffix.
            var suffixed = parts.Count >= 3 && Suffixes.Contains(parts[^1]);
            var surname = suffixed ? parts[^2] : parts[^1];
            // ("Shopify CEO says …": a run that ends in an office's initials names the office, no one.)
            if (surname.Length < 2 || surname is "CEO" or "CFO" or "COO" or "CTO" or "MP" or "MLA" or "MPP" or "MNA") return;
            if (!people.FullNames.TryGetValue(surname, out var known) || known.Length < full.Length) people.FullNames[surname] = full;
            // "Melba Acosta Febo" is "Ms. Acosta" too (two surnames); a middle initial is not one.
            if (parts.Count == 3 && !suffixed && parts[1].Length > 1 && char.IsUpper(parts[1][0])) people.FullNames.TryAdd(parts[1], full);
            if (parts.Count > 1)
            {
                if (!people._written.TryGetValue(surname, out var written)) people._written[surname] = written = [];
                written.Add((r[first].Start, full));
                // "Mark and Lisa Dumont": a couple named with one surname; "Mark" is Mark Dumont.
                if (first == 0 && !suffixed && Couple().Match(text, Math.Max(0, r[0].Start - 20), Math.Min(20, r[0].Start)) is { Success: true } couple
                    && couple.Groups[1].Value is var partner && Lexicon.IsGivenName(partner) && partner != parts[0])
                {
                    var relative = partner + " " + surname;
                    if (!people._given.TryAdd(partner, relative) && people._given[partner] != relative) people._given[partner] = "";
                    written.Add((couple.Groups[1].Index, relative));
                }
            }
            // "Calgary Chamber of | Commerce CEO Deborah Yedlin": words of an organisation's name before the title are not the role.
            var roleWords = titleWords.Count;
            // "Court of King's Bench | Justice Karen Simonsen" likewise.
            if (first - titleWords.Count == 0 && r[0].Start >= 4 && (text.AsSpan(r[0].Start - 4, 4).SequenceEqual(" of ") || OfPossessive().IsMatch(text.AsSpan(Math.Max(0, r[0].Start - 40), Math.Min(40, r[0].Start))))
                && titleWords.FindIndex(Titles.Contains) is var firstTitle and > 0)
            {
                // "Assembly of Manitoba Chiefs | Grand Chief Kyra Wilson": a word of rank before the title is the title's.
                roleWords -= firstTitle - (titleWords[firstTitle - 1] is "Grand" or "Vice" or "National" or "Regional" || RoleModifiers.Contains(titleWords[firstTitle - 1]) ? 1 : 0);
                // "Federation of | Sovereign Indigenous Nations Vice-Chief Aly Bear": the body, from the words before "of".
                if (roleWords > 0 && roleWords < titleWords.Count && text.AsSpan(r[0].Start - 4, 4).SequenceEqual(" of ")
                    && BodyOpening().Match(text, Math.Max(0, r[0].Start - 60), Math.Min(60, r[0].Start)) is { Success: true } opening)
                    _ = people._bodyBefore.TryAdd(full, text[opening.Index..r[first - roleWords - 1].End]);
            }
            if (office >= 0 && !people.Roles.ContainsKey(full)) people.Roles[full] = people.RoleText(text, RoleStart(text, office), r[first - 1].End);
            if (roleWords > 0 && office < 0 && !people.Roles.ContainsKey(full)) people.Roles[full] = people.RoleText(text, RoleStart(text, r[first - roleWords].Start), r[first - 1].End);
            if (parts.Count > 1)
            {
                foreach (var title in titleWords) people.Mark(full, GenderOf(title));
                var from = Math.Max(0, r[first].Start - 40);
                var kin = false;
                if (FamilyWord().Match(text, from, r[first].Start - from) is { Success: true } family)
                {
                    kin = true;
                    people.Mark(full, family.Groups[2].Success ? 'F' : 'M');
                    // "Jan Nowak campaigned for his wife, Ewa Nowak": "his" is the person named just before.
                    if (family.Groups[1].Value.ToLowerInvariant() is "his" or "her" && lastPerson is not null && r[first].Start - lastPersonEnd < 200)
                        people.Mark(lastPerson, family.Groups[1].Value.ToLowerInvariant() == "his" ? 'M' : 'F');
                }
                lastPersonEnd = r[^1].End;
                lastPerson = full;
                (lastNamed, lastNamedEnd) = (full, r[^1].End);
                namedSoFar.Add((full, r[^1].End, kin));
            }
        }
        for (var i = 0; i < words.Count; i++)
        {
            var (ws, we) = words[i];
            // The letters of "U.S." or "U.K." are an abbreviation, not initials of a name.
            // ("$70M Lotto Max": a letter glued to a number is a unit, no initial.)
            var capital = char.IsUpper(text[ws]) && !Abbreviation(text, ws, we) && !(ws > 0 && char.IsDigit(text[ws - 1]));
            var joined = run.Count > 0 && (Adjacent(text, run[^1], ws)
                // "Martin St. Louis", "Louis St. Laurent": a saint's name after a given name is a surname, not a title.
                // ("Sault Ste. Marie Mayor Matthew Shoemaker": a saint's abbreviation inside a place's name too.)
                || run.Count >= 2 && text.AsSpan(run[^1].End, ws - run[^1].End) is ". " && text.AsSpan(run[^1].Start, run[^1].End - run[^1].Start) is "St" or "Ste");
            if (capital && (run.Count == 0 || joined)) run.Add((ws, we));
            // "Eileen de Villa", "Ursula von der Leyen", "Luiz Inácio Lula da Silva": a particle between two words of a name.
            else if (joined && we - ws <= 5 && Particles.Contains(text[ws..we]) && NameAfterParticles(text, words, i))
                run.Add((ws, we));
            else
            {
                Flush(i);
                run.Clear();
                if (capital) run.Add((ws, we));
            }
        }
        Flush(words.Count);
        foreach (var full in people.FullNames.Values) people.Known.Add(full);
        people.Settle();
        people.GivenNames(text, words);
        if (people.FullNames.Count == 0) return people;
        foreach (var (ws, we) in words)
            if (char.IsUpper(text[ws]) && people.FullNames.ContainsKey(text[ws..we])
                && (!people._given.ContainsKey(text[ws..we]) || Alone(text, ws, we)))
                people.Mentions.Add((ws, text[ws..we]));
        return people;
    }

    /// <summary>Given names that stand for one person ("Rania said …" after "Rania Haddad"; "Omar said …" after "her husband,
    /// Omar"): a given name of one person the article names in full, or of a relative it names by given name alone, that is no
    /// surname, place or organisation word. Such a name counts as a mention only where it stands alone.</summary>
    readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);

    /// <summary>Capitalised runs in the plural the text writes after "the" ("the Toronto Maple Leafs"), with their endings of two
    /// words or more ("Maple Leafs"); read once, when first asked.</summary>
    HashSet<string>? _afterThe;

    bool WrittenAfterThe(string phrase)
    {
        if (_afterThe is null)
        {
            _afterThe = new(StringComparer.Ordinal);
            foreach (Match m in PluralAfterThe().Matches(_text ?? ""))
            {
                var words = m.Groups[1].Value.Split(' ');
                for (var k = 0; k < words.Length - 1; k++) _afterThe.Add(string.Join(' ', words[k..]));
            }
        }
        return _afterThe.Contains(phrase);
    }

    [GeneratedRegex(@"\b[Tt]he ((?:[A-Z][\w'’-]* ){1,3}[A-Z][\w'’-]*[a-rt-z]s)\b")]
    private static partial Regex PluralAfterThe();

    /// <summary>Given names the article gives a relative ("his mother, Florence,"): a person's, even where the word is a place's too.</summary>
    readonly HashSet<string> _kin = new(StringComparer.Ordinal);

    void GivenNames(string text, List<(int Start, int End)> words)
    {
        var firsts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var full in Known)
            if (full.IndexOf(' ') is var space and > 1 && full[..space] is var given && !given.EndsWith('.'))
                firsts[given] = firsts.TryGetValue(given, out var other) && other != full && Canonical(other) != Canonical(full) ? "" : Canonical(full);
        foreach (var (given, full) in firsts)
            if (full.Length > 0 && given.Length >= 3 && !Titles.Contains(given) && !CapitalisedFunctionWords.Contains(given)) _given.TryAdd(given, full);
        foreach (var (given, full) in _given.ToList())
        {
            if (full.Length == 0 || FullNames.ContainsKey(given) || Lexicon.NotPerson.Contains(given) || Parties.Contains(given) || !_kin.Contains(given) && Places.Contains(given)
                || firsts.TryGetValue(given, out var named) && named != full && !Known.Contains(full)) { _given.Remove(given); continue; }
            FullNames[given] = full;
            Known.Add(full);
        }
    }

    internal static bool IsPlace(string word) => Places.Contains(word);

    /// <summary>Given names that are also places in Canadian and world news ("Victoria police said").</summary>
    /// <summary>Last words of towns' names that are also surnames: "Thunder Bay", "Grand Falls", "Corner Brook", "Medicine Hat".</summary>
    internal static readonly HashSet<string> PlaceEnds = ["Bay", "Falls", "Harbour", "Harbor", "Lake", "River", "Springs", "Creek", "Valley", "Brook", "Hat", "Rapids", "Narrows", "Landing", "Crossing", "Prairie", "Heights", "Cove", "Portage", "Junction", "Peninsula", "Strait", "Inlet", "Gulf", "Basin", "Delta", "Islands", "Mountains", "Arena", "Stadium", "Coliseum", "Gardens"];

    static readonly HashSet<string> Places = ["Victoria", "Regina", "Sydney", "Chelsea", "Jasper", "Florence", "Austin", "Paris", "Lincoln", "Jordan", "Georgia", "Dallas", "Charlotte", "Kingston", "Hamilton", "Moncton", "Brandon", "Trenton", "Orlando", "Houston", "Camrose", "Sherbrooke", "Chester", "Warren", "Madison", "Troy", "Vernon", "Nelson", "Selkirk", "Milton", "Preston", "Stanley", "Laval", "Adelaide"];

    /// <summary>Whether a capitalised word stands alone, not beside another capitalised word ("Omar said", not "Omar Khadr").</summary>
    static bool Alone(string text, int ws, int we)
    {
        if (we + 1 < text.Length && text[we] == ' ' && char.IsUpper(text[we + 1])) return false;
        // "Mr. Ban", "Sheila North": a title or a word of a name before it.
        if (ws >= 2 && text[ws - 1] == ' ' && (char.IsLetter(text[ws - 2]) || text[ws - 2] == '.' && ws >= 3 && char.IsLetter(text[ws - 3])))
        {
            var b = text[ws - 2] == '.' ? ws - 3 : ws - 2;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            if (char.IsUpper(text[b])) return false;
        }
        return true;
    }

    /// <summary>Lower-case words inside a name: "de Villa", "van Gogh", "von der Leyen", "da Silva", "bin Salman".</summary>
    internal static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "del", "della", "der", "den", "van", "von", "da", "das", "dos", "du", "di", "la", "le", "ter", "bin", "ibn", "ab", "ap" };

    /// <summary>Whether the words after a particle, one space apart, reach a capitalised word through particles only ("von | der Leyen").</summary>
    static bool NameAfterParticles(string text, List<(int Start, int End)> words, int i)
    {
        for (var k = i + 1; k < words.Count && k <= i + 2; k++)
        {
            if (!Adjacent(text, words[k - 1], words[k].Start)) return false;
            if (char.IsUpper(text[words[k].Start])) return true;
            if (!Particles.Contains(text[words[k].Start..words[k].End])) return false;
        }
        return false;
    }

    /// <summary>"Debating", "Stated", "Certainly": the endings of verbs and adverbs, which a given name seldom has.</summary>
    static bool Inflected(ReadOnlySpan<char> w) => w.Length >= 5 && (w.EndsWith("ing") || w.EndsWith("ed") || w.EndsWith("ly") && !w.EndsWith("ley"));

    /// <summary>Whether a word begins a sentence, a line or a quotation.</summary>
    static bool AtSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '“' or '"' or '‘' or '\'' or '(') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '—' or '”';
    }

    /// <summary>The hashes of the words the text writes in lower case (computed only if a sentence starts with a capitalised run).</summary>
    static HashSet<uint> LowerWords(string text, List<(int Start, int End)> words)
    {
        var set = new HashSet<uint>();
        foreach (var (s, e) in words)
            if (char.IsLower(text[s])) set.Add(LowerHash(text.AsSpan(s, e - s)));
        return set;
    }

    static uint LowerHash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ char.ToLowerInvariant(c)) * 16777619u;
        return h;
    }

    /// <summary>
    /// Letter runs (with inner hyphens and apostrophes: "Na'moks", "O'Brien", "Jean-Luc"; a possessive "'s" is not part
    /// of the word), in order.
    /// </summary>
    static List<(int Start, int End)> Words(string text)
    {
        var list = new List<(int, int)>(text.Length / 6);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || InnerJoin(text, i))) i++;
            list.Add((s, i));
        }
        return list;
    }

    static bool InnerJoin(string text, int i)
    {
        if (i + 1 >= text.Length || !char.IsLetter(text[i + 1]) || i == 0 || !char.IsLetter(text[i - 1])) return false;
        if (text[i] == '-')
        {
            // "Jean-Luc", "Kelleher-Vergantini" are one name; "Trump-led", "Putin-style" are a name and a word.
            if (!char.IsLower(text[i + 1])) return true;
            // ("President-elect", "Premier-designate": one title.)
            foreach (var suffix in (ReadOnlySpan<string>)["elect", "designate"])
                if (text.AsSpan(i + 1).StartsWith(suffix, StringComparison.Ordinal) && (i + 1 + suffix.Length >= text.Length || !char.IsLetter(text[i + 1 + suffix.Length]))) return true;
            var start = i - 1;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\'' or '’')) start--;
            return !char.IsUpper(text[start]);
        }
        if (text[i] is not ('\'' or '’')) return false;
        var possessive = text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));
        return !possessive;
    }

    /// <summary>A single letter of a dotted abbreviation ("U.S.", "U.K."): followed or preceded by a dot and a letter.</summary>
    static bool Abbreviation(string text, int ws, int we)
    {
        if (we - ws != 1 || !(we + 1 < text.Length && text[we] == '.' && char.IsLetter(text[we + 1]) || ws >= 2 && text[ws - 1] == '.' && char.IsLetter(text[ws - 2]))) return false;
        // "P.J. Akeeagok", "J.D. Vance": initials, unless the letters spell a place's or a body's short name.
        var from = ws;
        while (from >= 2 && text[from - 1] == '.' && char.IsLetter(text[from - 2]) && (from < 3 || !char.IsLetter(text[from - 3]))) from -= 2;
        var to = we;
        while (to + 1 < text.Length && text[to] == '.' && char.IsLetter(text[to + 1]) && (to + 2 >= text.Length || !char.IsLetter(text[to + 2]))) to += 2;
        if (to < text.Length && text[to] == '.') to++;
        return DottedShortNames.Contains(text[from..to]);
    }

    /// <summary>Places and bodies written with dotted capitals ("U.S.", "B.C."); other dotted capitals are a person's initials.</summary>
    static readonly HashSet<string> DottedShortNames = new(StringComparer.Ordinal)
    {
        "U.S.", "U.K.", "U.N.", "E.U.", "B.C.", "N.L.", "N.S.", "N.B.", "P.E.I.", "N.W.T.", "D.C.", "L.A.", "N.Y.", "N.J.", "N.H.", "N.C.", "S.C.", "N.D.",
        "S.D.", "N.M.", "U.A.E.", "U.S.A.", "U.S.S.R.", "P.Q.", "Y.T.", "T.O.", "R.I.", "W.V.",
    };

    /// <summary>Two words of one name: separated by one space, or by ". " after an initial or a title.</summary>
    static bool Adjacent(string text, (int Start, int End) previous, int next)
    {
        var gap = text.AsSpan(previous.End, next - previous.End);
        if (gap is " ") return true;
        // ("P.J. Akeeagok": two initials written together.)
        if (gap is "." && previous.End - previous.Start == 1 && next + 1 < text.Length && !char.IsLetter(text[next + 1])) return true;
        // ("…, the association's president and CEO. He added …": a title written in full ends its sentence; only an
        // abbreviated one — "Sen.", "Dr." — runs on into a name.)
        return gap is ". " && (previous.End - previous.Start == 1 || AbbreviatedTitles.Contains(text[previous.Start..previous.End]));
    }

    static readonly HashSet<string> AbbreviatedTitles = new(StringComparer.Ordinal)
    {
        "Sen", "Sens", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Rep", "Reps", "Sgt", "Lt", "Col", "Capt", "Maj", "Adm", "Prof", "Rev",
        "Cpl", "Cst", "Supt", "Insp", "Det", "Const", "Coun", "Couns", "Ald", "Atty",
    };

    /// <summary>A role set off by a comma right after a name: ", the national director of …", ", a mining analyst at …",
    /// ", secretary-treasurer of …", or an age before a description (", 60, a doctor,").</summary>
    static bool RoleSetOffAfter(string text, int end) =>
        RoleAppositive().Match(text, end) is { Success: true } m && (m.Groups["age"].Success || m.Groups[1].Captures.Any(c => IsRoleNoun(c.Value) || Lexicon.PersonNouns.Contains(c.Value)));

    // ("Marty Warren, the United Steelworkers' national director for Canada,": a body's possessive before the role.)
    // ("Marty Warren, Ontario director of the United Steelworkers,": a region's name before the role.)
    [GeneratedRegex(@"\G,\s+(?:(?<age>[1-9][0-9]?),\s+)?(?:(?:the|a|an|its|their)\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:'s|’s|s'|s’)\s+|(?:[A-Z][\w.&-]*\s+){1,2}(?=[a-z]))?(?:([a-z][\w'’-]*)\s*){1,5}(?:[,.]|of\b|for\b|at\b|with\b)")]
    private static partial Regex RoleAppositive();

    static bool PrecededByOutletWord(string text, int start)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var w = before;
        while (w >= 0 && char.IsLetter(text[w])) w--;
        // ("Animal rights group Animal Justice", "the charity Food Banks Canada": a body's kind before its name.)
        return before > w && text[(w + 1)..(before + 1)] is var word && (Speakers.OutletWords.Contains(word) || Speakers.BodyKinds.Contains(word));
    }

    /// <summary>
    /// "Jon Tester (D-Mont.) and David Vitter", "Ken Sato and Maria Lopes": a name joined by "and" to a person's full name
    /// just before is a person too ("Department of Health and Human Services" is not: "Health" is no person).
    /// </summary>
    static bool AfterPersonAnd(string text, int personEnd, int start) =>
        personEnd >= 0 && start - personEnd is > 0 and <= 24 && AndAfterName().IsMatch(text.AsSpan(personEnd, start - personEnd));

    [GeneratedRegex(@"^(?:\s*\([^()]{1,16}\))?,?\s+and\s+$")]
    private static partial Regex AndAfterName();

    static bool PrecededByFunctionWord(string text, int start)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var w = before;
        while (w >= 0 && char.IsLetter(text[w])) w--;
        return before >= 0 && text.AsSpan(w + 1, before - w) is "for" or "of" or "the" or "and" or "de";
    }

    /// <summary>Where an office that goes on into a run of capitalised words begins: "Minister of | Health …", "Minister of
    /// Fisheries and | Oceans …"; -1 if none does.</summary>
    static int OfficeBefore(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        return OfficeOf().Match(text, from, start - from) is { Success: true } m ? TitleBefore(text, m.Groups[1].Index + m.Groups[1].Length) : -1;
    }

    [GeneratedRegex(@"(\p{Lu}\p{L}+) of (?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3},? (?:and|&) )?$")]
    private static partial Regex OfficeOf();

    /// <summary>Where the title ending at <paramref name="end"/> begins ("Deputy Minister", "Secretary"), or -1 if the word
    /// there is no title.</summary>
    static int TitleBefore(string text, int end)
    {
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        if (begin == end || !Titles.Contains(text[begin..end])) return -1;
        // "Associate Minister", "Deputy Minister": the title's own words before it.
        while (begin >= 2 && text[begin - 1] == ' ' && char.IsLetter(text[begin - 2]))
        {
            var b = begin - 1;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            if (!char.IsUpper(text[b]) || !(Titles.Contains(text[b..(begin - 1)]) || Portfolios.Contains(text[b..(begin - 1)]))) break;
            begin = b;
        }
        return begin;
    }

    /// <summary>Where a role begins that the run of capitalised words began after: "B.C. | Health Minister" (an abbreviated place
    /// is no word of a name), "Mental Health and | Addictions Minister" (a portfolio of two joined by "and").</summary>
    static int RoleStart(string text, int start)
    {
        var words = new List<(int Start, int End)>();
        var at = start;
        while (words.Count < 4)
        {
            var end = at - 1;
            if (end < 1 || text[end] != ' ') break;
            var begin = end;
            while (begin > 0 && !char.IsWhiteSpace(text[begin - 1])) begin--;
            if (begin == end) break;
            words.Add((begin, end));
            at = begin;
        }
        string W(int i) => text[words[i].Start..words[i].End];
        if (words.Count > 0 && W(0) is { Length: 4 or 6 } a && Enumerable.Range(0, a.Length).All(i => i % 2 == 0 ? char.IsUpper(a[i]) : a[i] == '.')) return words[0].Start;
        // "Fredericton police Chief Gary Forward", "provincial court Judge Julian Dickson": the force or court before the title,
        // and the place or level before that.
        if (words.Count > 0 && W(0) is "police" or "fire" or "court" or "transit" or "school" or "band" or "hospital" or "health")
        {
            if (words.Count > 1 && (W(1) is "provincial" or "federal" or "city" or "municipal" or "regional" or "superior" or "county" or "district" or "family" or "youth"
                                    || W(1).Length > 1 && char.IsUpper(W(1)[0]) && W(1).All(c => char.IsLetter(c) || c is '.' or '-') && !CapitalisedFunctionWords.Contains(W(1))))
                return words[1].Start;
            return words[0].Start;
        }
        // "Ontario's Health Minister Sylvia Jones": the place whose office it is.
        if (words.Count > 0 && W(0) is [>= 'A' and <= 'Z', .., 's'] possessor && possessor[^2] is '\'' or '’' && possessor[..^2].All(c => char.IsLetter(c) || c is '.' or '-')
            && !Titles.Contains(possessor[..^2])) return words[0].Start;
        // "Newfoundland and Labrador Premier Andrew Furey": a place whose name has "and" in it.
        if (words.Count >= 2 && W(0) is "and" && W(1) is "Newfoundland" or "Trinidad" or "Bosnia" or "Antigua" or "Turks") return words[1].Start;
        if (words.Count >= 2 && W(0) is "and" or "&")
        {
            var k = 1;
            // ("President and CEO Katherine Henderson": two titles joined.)
            while (k < words.Count && (Portfolios.Contains(W(k)) || Titles.Contains(W(k).TrimEnd('.'))) && !Levels.Contains(W(k))) k++;
            // ("Water, Land and Resource Stewardship Minister Randene Neill": a list of portfolios, commas between.)
            while (k > 1 && k < words.Count && W(k).EndsWith(',') && Portfolios.Contains(W(k).TrimEnd(','))) k++;
            // ("OPG president and CEO Nicolle Butcher": an office in lower case joined to the title, and the body's initials before it.)
            if (k == 1 && words.Count >= 2 && W(1) is "president" or "chair" or "founder" or "owner" or "publisher")
            {
                k = 2;
                if (k < words.Count && W(k) is { Length: >= 2 and <= 6 } initials && initials.All(char.IsUpper)) k++;
                // ("Air Canada president and CEO Michael Rousseau": the company's name of a word or two.)
                else
                    while (k < words.Count && k < 4 && W(k) is [>= 'A' and <= 'Z', ..] named && named.All(c => char.IsLetter(c) || c is '-' or '&') && !CapitalisedFunctionWords.Contains(named)
                           && !Titles.Contains(named)) k++;
            }
            if (k > 1) return words[k - 1].Start;
        }
        return start;
    }

    [GeneratedRegex(@"\G[A-Z][\w'’-]* and [A-Z]")]
    private static partial Regex ListedWithAnd();

    /// <summary>"But", "And", "Yet", "Meanwhile," ending the text before a sentence's first name.</summary>
    [GeneratedRegex(@"\b(?:But|And|Yet|Meanwhile,)$")]
    private static partial Regex ConjunctionOpening();

    /// <summary>"Fish, " where a sentence opens "Fish, Food and Allied Workers president Dwan Street": the first of a body's listed
    /// trades, which a source read from the word after the comma leaves out; "" otherwise.</summary>
    string ListedBefore(string role, string source)
    {
        if (_text is not { } text || !ListedWithAnd().IsMatch(role) || text.IndexOf(", " + source, StringComparison.Ordinal) is not (var at and > 1)) return "";
        var begin = at;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        if (begin == at || !char.IsUpper(text[begin]) || CapitalisedFunctionWords.Contains(text[begin..at])) return "";
        var open = text.AsSpan(0, begin).TrimEnd(' ');
        // ("But Fish, Food and Allied Workers union president …": a conjunction opening the sentence too.)
        var tail = Math.Max(0, open.Length - 12); // (the last word only: a long text is not scanned from its start)
        var conjunction = ConjunctionOpening().Match(open[tail..].ToString());
        var afterConjunction = conjunction.Success;
        if (afterConjunction) open = open[..(tail + conjunction.Index)].TrimEnd(' ');
        return open.Length == 0 || open[^1] is '\n' or '—' || afterConjunction && open[^1] == '.' ? text[begin..(at + 2)] : "";
    }

    /// <summary>A title as the card writes it: abbreviations spelt out ("Coun." → "councillor"), offices in lower case.</summary>
    string RoleText(string text, int start, int end)
    {
        // "Veterinarian Dr. Alicia Moreau": the courtesy title between the occupation and the name is neither.
        var words = WithoutCourtesy(text[start..end].Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = Array.FindIndex(words, w => Titles.Contains(w.TrimEnd('.')));
        // "Prince Rupert mayor": the town's "Prince" is no title.
        if (title >= 0 && title + 2 < words.Length && TitledPlace(words[title], words[title + 1])) title = Array.FindIndex(words, title + 2, w => Titles.Contains(w.TrimEnd('.')));
        if (title > 0 && words[title - 1] is "Grand") title--;
        // The portfolio before the title is written in lower case, every word of it ("Emergency Management Minister" is
        // "emergency management minister", "Higher Education Minister" "higher education minister"); the name of a place or an
        // organisation before it keeps its capitals ("Ontario health minister", "Lac La Ronge Indian Band chief", "Truro
        // mayor", "Codiac RCMP corporal"), as does a nationality or a party ("Ukrainian foreign minister", "interim Liberal
        // leader"). Words of level and time are lower case wherever they stand ("former Toronto mayor").
        var portfolio = title;
        // ("Prairie Mountain Health CEO": a chief executive's body keeps its name's capitals; only a government's portfolio is written
        // in lower case.)
        if (title > 0 && words[title] != "CEO")
        {
            var k = title - 1;
            // "Green Party leader": a party's name keeps its capitals ("Party Leader" alone is a portfolio's).
            // "Saint John fire chief", "Prince Albert police chief": a town named with a saint's or a prince's title.
            while (k >= 0 && !Levels.Contains(words[k]) && !NameWord(words[k]) && !(k > 0 && TitledPlace(words[k - 1].TrimEnd('.'), words[k])) && !(words[k] == "Party" && k > 0 && char.IsUpper(words[k - 1][0]) && !Levels.Contains(words[k - 1]))) k--;
            // ("Portage la Prairie Mayor": a particle of a place's name is no word of a portfolio.)
            if (words[(k + 1)..title].Any(w => Portfolios.Contains(w) || WrittenLower(w) && w is not ("la" or "le" or "les" or "de" or "du" or "des" or "sur" or "aux" or "en"))) portfolio = k + 1;
        }
        return string.Join(' ', words.Select((w, i) =>
            // ("Ontario Provincial Police Det. Insp.", "Royal Canadian Mounted Police": a force's name.)
            w is "Provincial" or "Mounted" && i + 1 < words.Length && words[i + 1] == "Police" || w == "Police" && i > 0 && words[i - 1] is "Provincial" or "Mounted" ? w
            : i < portfolio && Levels.Contains(w) ? w.ToLowerInvariant()
            : i < portfolio && char.IsUpper(w[0]) ? w
            // "Tulsa police chief": a place before the force written in lower case keeps its capital.
            : char.IsUpper(w[0]) && i + 1 < words.Length && char.IsLower(words[i + 1][0]) && !Portfolios.Contains(w) && !Levels.Contains(w) && !Titles.Contains(w.TrimEnd('.')) && !RoleModifiers.Contains(w) ? w
            : RoleWord(w) is var spelt && spelt != w.TrimEnd('.').ToLowerInvariant() ? spelt
            // ("Indigenous relations minister": a people's word keeps its capital in a portfolio too.)
            : w.Contains('.') || w.Length > 1 && w.All(char.IsUpper) || Nationality(w) && !Portfolios.Contains(w) || Parties.Contains(w) && !PortfolioBefore(words, i) || Chambers.Contains(w) || Peoples.Contains(w) && w is not "First" || w is "French" or "English" || w.StartsWith("Crown-", StringComparison.Ordinal) ? w : w.ToLowerInvariant()));
    }

    /// <summary>"Labour Minister": a party's word that is also a portfolio, before "minister" or "critic", is the portfolio.</summary>
    static bool PortfolioBefore(string[] words, int i) =>
        Portfolios.Contains(words[i]) && i + 1 < words.Length && words[i + 1].TrimEnd('.').ToLowerInvariant() is "minister" or "critic";

    /// <summary>A word of a place's or an organisation's name in a role, kept with its capital and ending the portfolio
    /// before the title: "Ontario", "Band", "RCMP", "B.C.".</summary>
    static bool NameWord(string w) =>
        !Portfolios.Contains(w) && (Lexicon.NotPerson.Contains(w) && !Nationality(w) || w is "Band" or "Nation" or "Tribe" or "Tribal" or "Cree" or "Métis"
                                    || w.Length > 1 && w.All(char.IsUpper) || w.Contains('.')
                                    // ("Ontario's health minister": whose office it is.)
                                    || w.Length > 3 && char.IsUpper(w[0]) && w[^1] == 's' && w[^2] is '\'' or '’');

    /// <summary>Words of when and which level, not names: "Federal Immigration Minister", "Former Premier", "Interim Leader".</summary>
    static readonly HashSet<string> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Federal", "Provincial", "Territorial", "Former", "Outgoing", "Incoming", "Longtime", "Interim", "Acting", "Retired",
    };

    /// <summary>Words of ministers' and officials' portfolios, written in lower case in a role ("finance minister").</summary>
    static readonly HashSet<string> Portfolios = new(
    [
        "Finance", "Health", "Education", "Justice", "Transport", "Transportation", "Environment", "Foreign", "Defence", "Defense", "Public", "Safety",
        "Immigration", "Housing", "Labour", "Labor", "Agriculture", "Energy", "Natural", "Resources", "Fisheries", "Indigenous", "Services", "Treasury",
        "Municipal", "Local", "Affairs", "Economic", "Development", "Industry", "Trade", "Families", "Children", "Seniors", "Tourism", "Culture", "Heritage",
        "Veterans", "Emergency", "Preparedness", "Mental", "Addictions", "Advanced", "Skills", "Northern", "Relations", "Digital", "Intergovernmental",
        "Interior", "Home", "Economy", "Climate", "Forests", "Mines", "Mining", "Infrastructure", "Innovation", "Science", "Security", "Police", "Fire",
        "Parks", "Transit", "Works", "Revenue", "Budget", "Employment", "Social", "Community", "Communities", "Women", "Youth", "Sport",
        "Small", "Business", "International", "National", "Deputy", "Associate", "Attorney", "Solicitor", "General", "Chief", "Medical",
        "Regional", "Management", "Higher", "Rural", "Urban", "Party", "Staff", "Government", "Citizenship", "Water", "Colleges", "Universities",
        "Training", "Reconciliation", "Wellness", "Long-Term", "Care", "Consumer", "Protection", "Secularism", "Language", "Languages", "Official", "Highways",
        "Institutions", "Equality", "Diversity", "Inclusion", "Accessibility", "Ethics", "Red", "Tape", "Reduction", "Arts", "Primary", "Preventative", "Preventive", "Addiction", "Status", "Women's", "Francophone", "Multiculturalism", "Procurement", "Technology", "Jobs", "Growth", "Competitiveness", "Investment", "Lands", "Wildlife",
        "Land", "Stewardship", "Oceans", "Forestry", "Agri-Food", "Food",
        .. Levels,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the text writes a capitalised word in lower case somewhere ("housing" for "Housing"): one pass over its
    /// words, the first time it is asked.</summary>
    bool WrittenLower(ReadOnlySpan<char> word) => (_lower ??= _text is null || _words is null ? [] : LowerWords(_text, _words)).Contains(LowerHash(word));

    List<(int Start, int End)>? _words;
    HashSet<uint>? _lower;
    HashSet<uint>? _capitalInside;

    /// <summary>The endings of English common nouns and adjectives ("Consumer", "Housing", "Immigration", "Privacy", "Infectious");
    /// a brand seldom has one ("Sportsnet").</summary>
    [GeneratedRegex(@"(?:er|or|ing|tion|sion|ment|ity|cy|ism|ist|ance|ence|al|ure|ary|ery|ness|ship|age|ics|ee|ous|ive|ful|ible|able)$")]
    private static partial Regex NounEnding();

    /// <summary>"Consumer advocate Ellen Roseman" opening a sentence: a word the article never capitalises inside a sentence and
    /// that names no place, organisation, nationality or party ("Oilers", "Crown", "Environment Canada" keep their capitals).</summary>
    bool CommonWord(string word)
    {
        if (word.Length < 2 || word.EndsWith('s') && !word.EndsWith("ous", StringComparison.Ordinal) || !NounEnding().IsMatch(word) || word is "Crown" or "Opposition" || word.Skip(1).Any(char.IsUpper) || Lexicon.NotPerson.Contains(word)
            || Nationality(word) || Parties.Contains(word) || FullNames.ContainsKey(word)) return false;
        if (_capitalInside is null)
        {
            _capitalInside = [];
            if (_text is { } text && _words is { } words)
                foreach (var (s, e) in words)
                    if (char.IsUpper(text[s]) && !AtSentenceStart(text, s)) _capitalInside.Add(LowerHash(text.AsSpan(s, e - s)));
        }
        return !_capitalInside.Contains(LowerHash(word));
    }

    /// <summary>"House Speaker", "Senate Majority Leader": the chamber keeps its capital in a role.</summary>
    static readonly HashSet<string> Chambers = ["House", "Senate", "Congress", "Parliament", "Commons", "Assembly", "Bundestag", "Duma", "Knesset"];

    /// <summary>Regions written before a role ("Atlantic vice-president", "B.C. director").</summary>
    static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "Atlantic", "Western", "Eastern", "Northern", "Southern", "Pacific", "Prairie", "National", "Regional", "Provincial", "Federal",
        "B.C.", "Ontario", "Quebec", "Alberta", "Manitoba", "Saskatchewan", "Yukon", "Nunavut", "Arctic", "Global", "International",
    };

    /// <summary>"who farms near Gray and is president of …", "who is a nurse at …": the description after "is".</summary>
    [GeneratedRegex(@"^who\b(?:[^,]*?\band)?\s+(?:is|was|serves as|works as)\s+(?:also\s+)?(.+)$")]
    private static partial Regex WhoIs();

    /// <summary>"who chairs the city's physician recruitment committee", "who heads the …": the office the verb names ("who leads the team's chapel program" names none).</summary>
    [GeneratedRegex(@"^who\s+(chairs|co-chairs|heads)\s+((?:the|a|an)\s+[^,]{3,80}?(?:committee|council|board|commission|association|union|department|ministry|agency|office|team|unit|program|programme|group|federation|institute|centre|center|society|task force|coalition|network|foundation|clinic|lab|laboratory))$")]
    private static partial Regex WhoChairs();

    /// <summary>Words that describe a person opening a sentence before a given name ("Parent Danielle Kowal, whose …"), which are
    /// also surnames elsewhere and so are read as descriptions only there.</summary>
    static readonly HashSet<string> Describing = ["Parent", "Student", "Patient", "Tenant", "Voter", "Resident", "Neighbour", "Neighbor", "Volunteer", "Caregiver", "Customer",
        "Witness", "Bystander", "Motorist", "Commuter", "Homeowner", "Shopper", "Passenger", "Rancher", "Farmer", "Retiree", "Fisher", "Harvester", "Landlord", "Landlady", "Renter", "Owner", "Nurse", "Teacher", "Organizer", "Organiser", "Advocate", "Driver", "Cyclist", "Ombudsperson", "Ombudsman", "Registrar", "Auditor", "Coroner"];

    /// <summary>
    /// Whether capitalised words that look like a person's name name a body instead: a word of organisations after a word that
    /// is no given name ("Hydro One", "Loblaw Companies"), initials among them ("Red Deer RCMP"), a brand ("Coastal GasLink").
    /// </summary>
    internal static bool NamesABody(string[] words)
    {
        var given = Lexicon.IsGivenName(words[0]);
        if (!given && words.Any(w => Lexicon.NotPerson.Contains(w) && !Lexicon.Weekdays.Contains(w) && !Lexicon.Months.Contains(w) || Branded(w))) return true;
        // "RCMP", "OPP" (not "MAYOR SMITH" of a transcript, nor "Henry Ford III").
        return !words.All(w => !w.Any(char.IsLower)) && words.Any(w => w.Length >= 2 && w.All(char.IsUpper) && w.Any(c => c is not ('I' or 'V' or 'X')));
    }

    /// <summary>A word run together from two, as brands are ("GasLink", "WestJet", "SaskPower"); not a surname's prefix
    /// ("MacKinnon", "DesRosiers", "VanderZalm", "McNeil", "LeBlanc"), nor given names run together ("RoseAnn").</summary>
    static bool Branded(string word)
    {
        for (var i = 3; i < word.Length - 1; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1]))
                // ("RoseAnn", "KellyAnne", "MaryJane": two given names run together.)
                return word[..i] is not ("Mac" or "Fitz" or "Vander" or "Van" or "Von" or "Des" or "Del" or "Della" or "Dela" or "Saint" or "Sainte" or "Ten" or "Ver")
                       && !Lexicon.IsGivenName(word[i..]);
        return false;
    }

    /// <summary>"head", "assistant", "interim": a word that opens a role before its noun.</summary>
    internal static bool IsRoleModifier(string word) => word.Length > 1 && RoleModifiers.Contains(char.ToUpperInvariant(word[0]) + word[1..]);

    static readonly HashSet<string> RoleModifiers = ["Head", "Chief", "Senior", "Deputy", "Assistant", "Associate", "Executive", "Former", "Interim", "Acting", "Lead", "Managing", "General", "Local", "Longtime", "Veteran", "Retired", "Fellow", "Band", "Tribal"];

    /// <summary>Indigenous peoples named before a role ("a Métis physician", "an Inuk artist"), kept capitalised.</summary>
    static readonly HashSet<string> Peoples = ["Métis", "Metis", "Inuk", "Inuit", "Cree", "Ojibwe", "Anishinaabe", "Mohawk", "Dene", "Haida", "Mi'kmaw", "Mi’kmaw", "Indigenous", "First"];

    internal static readonly HashSet<string> Parties = ["Democrat", "Republican", "Conservative", "Liberal", "Labour", "Tory", "NDP", "GOP"];

    /// <summary>"British", "Ukrainian", "Japanese", "Polish": kept capitalised in a role.</summary>
    static bool Nationality(string w) =>
        w.Length > 4 && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal))
        && !Titles.Contains(w);

    /// <summary>"IHIT spokesperson Sgt. Timothy Pierotti": the occupation before a police or military rank's abbreviation; else null.</summary>
    /// <summary>"spokesperson for the Nova Scotia RCMP", up to the comma or stop.</summary>
    /// <summary>An office of a body set off after a name, without its article: "a spokesperson for the Nova Scotia RCMP", "chair of the
    /// Air Canada branch of the union".</summary>
    [GeneratedRegex(@"\G(?:an? |the )?((?:[a-z][\w-]* ){0,2}(?:chair|chairman|chairwoman|chairperson|president|vice-president|director|head|commander|co-ordinator|coordinator|manager|spokesperson|spokesman|spokeswoman) (?:of|for|with|at) [^,.;\n]{2,80})")]
    private static partial Regex OfficeSetOff();

    /// <summary>Ranks of police and armed forces, written as titles before a name ("Cpl.", "Staff Sgt.", "Capt.").</summary>
    internal static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "corporal", "constable", "sergeant", "staff sergeant", "inspector", "superintendent", "detective", "lieutenant", "captain",
    };

    static string? OccupationBeforeRank(string source, string speaker)
    {
        var named = source.IndexOf(speaker, StringComparison.Ordinal);
        if (named <= 0 || source[..named].TrimEnd() is not { } before || before.LastIndexOf(' ') is not (> 0 and var space)) return null;
        if (before[(space + 1)..].TrimEnd('.') is not ("Sgt" or "Lt" or "Col" or "Capt" or "Maj" or "Adm" or "Gen" or "Cpl" or "Cst" or "Supt" or "Insp" or "Det" or "Const")) return null;
        var occupation = before[..space].TrimEnd();
        var parts = occupation.Split(' ');
        return parts.Length is >= 2 and <= 5 && IsRoleNoun(parts[^1]) && parts.All(w => w.Length > 0 && (char.IsLetterOrDigit(w[0]) || w[0] == '-'))
               && parts[0] is not ("The" or "the" or "A" or "a" or "An" or "an") ? occupation : null;
    }

    /// <summary>
    /// The role of a speaker: the title the article gave them ("assistant commissioner"), or an appositive description in
    /// the source ("the senator, Maria Lopes" / "Maria Lopes, the senator" → "senator"; "the port's director").
    /// </summary>
    public string? RoleOf(string speaker, string source)
    {
        // "Rev. Ivan Kushnir": a form of address, no role ("Ivan Kushnir, rev" is no one's style).
        // "Rabbi Yael Splansky, the synagogue's senior rabbi": the description set off after the name still is one.
        // "Toronto police spokesperson Const. Victor Kwong": the occupation written before the rank is what the card says they are.
        if (Roles.TryGetValue(speaker, out var rank) && !rank.Contains(' ') && OccupationBeforeRank(source, speaker) is { } occupation) return occupation;
        // "Cpl. Guillaume Tremblay, a spokesperson for the Nova Scotia RCMP", "Capt. Charlene Hudy, chair of the Air Canada branch of the
        // union,": the office set off after a rank is what the card says.
        if (Roles.TryGetValue(speaker, out var ranked) && Ranks.Contains(ranked) && _text is { } whole && whole.IndexOf(speaker + ", ", StringComparison.Ordinal) is var setOff and >= 0
            && OfficeSetOff().Match(whole, setOff + speaker.Length + 2) is { Success: true } officeSetOff && officeSetOff.Index == setOff + speaker.Length + 2)
            return officeSetOff.Groups[1].Value.TrimEnd();
        // ("Me Louis Belleau": Quebec's form of address for a lawyer, no role either.)
        if (Roles.TryGetValue(speaker, out var title) && title is not ("rev" or "reverend" or "sir" or "dame" or "lord" or "lady" or "rabbi" or "imam" or "me" or "maître"))
            // "Chief Elvin Flett of Garden Hill First Nation": the chief of that nation ("Grand Chief Kyra Wilson of the Assembly of
            // Manitoba Chiefs" too).
            return (BodyAfter(speaker, source) ?? BodyWhereNamed(speaker)) is { } body && (!title.Contains(' ') || title.EndsWith(" chief", StringComparison.Ordinal))
                // ("Economist Jennifer Winter, of the University of Calgary": "economist at the University of Calgary" on every card.)
                ? $"{title} {(Speakers.WorksAt(title) ? "at" : "of")} {(source.Contains(" of the " + body, StringComparison.Ordinal) || _text is { } named
                    && (named.Contains(speaker + " of the " + body, StringComparison.Ordinal) || named.Contains(speaker + ", of the " + body, StringComparison.Ordinal)) ? "the " : "")}{body}"
                // "Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear": "vice-chief of the Federation of …".
                : _bodyBefore.TryGetValue(speaker, out var opening) ? Speakers.OfBody(title, opening, _text ?? "") : title;
        if (!Known.Contains(speaker)) return null;
        foreach (var segment in Clauses(source))
        {
            // "the senator", and "Its president, François Meunier" after the organisation is named.
            // "His lawyer, Peter Brauti": an occupation after "his" or "her" too (a relative after it is no role of theirs: "Her
            // daughter, Julie Arsenault").
            // "Ukraine's ambassador to Canada, Yulia Kovaliv": a place's office, where it is to.
            // (Not a person's: "Manafort's former business partner" is a relation.)
            if (PlacesOffice().Match(segment) is { Success: true } placesOffice && IsRoleNoun(placesOffice.Groups[1].Value)
                && placesOffice.Groups["whose"].Value is var whose && !Known.Contains(Named(whose, 0) ?? "") && !FullNames.ContainsKey(whose) && !Lexicon.IsGivenName(whose.Split(' ')[0]))
                return segment.StartsWith("The ", StringComparison.Ordinal) ? segment[4..] : segment;
            var owned = segment.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || segment.StartsWith("her ", StringComparison.OrdinalIgnoreCase)
                        || segment.StartsWith("their ", StringComparison.OrdinalIgnoreCase);
            if (!owned && !segment.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !segment.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || segment.Length > 60) continue;
            var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            // ("Its president and CEO, Marketa Evans": an executive's initials are a role's words.)
            // ("Its Quebec vice-president, Eta Yudin": a region's name before the office.)
            // ("The Liberal education critic, Derek Mombourquette": a party's name before the office.)
            if (words.Count is 0 or > 5 || words.Any(w => char.IsUpper(w[0]) && !w.EndsWith("’s", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal) && w is not ("CEO" or "CFO" or "COO" or "CTO")
                    && !(w == words[0] && PartyOf(w) != '\0')
                    && !(w == words[0] && words.Count >= 2 && segment.StartsWith("its ", StringComparison.OrdinalIgnoreCase) && (Speakers.IsPlaceWord(w) || Regions.Contains(w)))
                    // ("the group's Ontario environment program manager": a region after a body's possessive.)
                    && !(words.Count >= 3 && w == words[1] && (words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("’s", StringComparison.Ordinal))
                         && (Speakers.IsPlaceWord(w) || Regions.Contains(w))))) continue;
            if (owned && (words.Count > 2 || !IsRoleNoun(words[^1]) || Lexicon.Family.Contains(words[^1].ToLowerInvariant()))) continue;
            // "The hiker's daughter, Karen Liu"; "Its chief executive, Donna Duncan"; "Its medical officer of health, Dr. Rebecca Comley".
            if (!IsRoleNoun(words[^1]) && !(Lexicon.Family.Contains(words[^1].ToLowerInvariant()) && words.Count >= 2)
                && !(words.IndexOf("of") is var ofAt and > 0 && ofAt >= words.Count - 3 && IsRoleNoun(words[ofAt - 1]))) continue;
            return string.Join(' ', words);
        }
        // "Crown attorney Lee Park", "Environment Canada meteorologist Peter Kimbell": an occupation written before the name.
        // "Lethbridge family physician Dr. Anne Hale": a courtesy title between the occupation and the name is neither.
        // "…, and head coach Rick Tocchet had no update": the conjunction joins clauses, it is no part of the role.
        if (source.IndexOf(speaker, StringComparison.Ordinal) is var at and > 0 && LeadingConjunction().Replace(WithoutCourtesy(source[..at].Trim()), "") is var before && !before.EndsWith(',')
            && before.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 8 } lead
            // (A long lead only where a body's name opens it, "Central Okanagan Regional District emergency program co-ordinator"; never
            // a clause, "who has campaigned heavily for GOP nominee".)
            && (lead.Length <= 6 || char.IsUpper(lead[0][0])) && !lead.Any(w => w is "who" or "which" or "that" or "whose" || Refine.Finite(w)
                || Lexicon.VerbCues.Contains(w) && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w is "said" or "says" or "say" or "told" or "wrote"))
            // (Nor a sentence that another person opens: "Chris Christie described Democratic presidential nominee Hillary Clinton".)
            && !Known.Any(k => k != speaker && k.Contains(' ') && before.IndexOf(k + " ", StringComparison.Ordinal) is var named and >= 0
                && before[(named + k.Length + 1)..].Split(' ')[0] is var verb && verb.Length > 0 && char.IsLower(verb[0]) && (verb.EndsWith("ed", StringComparison.Ordinal) || verb is "went"))
            // "fire department chief of operations Martin Guilbault": a role noun "of" what it is in charge of.
            && (IsRoleNoun(lead[^1]) || Array.LastIndexOf(lead, "of") is var of and > 0 && of >= lead.Length - 3 && IsRoleNoun(lead[of - 1]) && lead.Skip(of + 1).All(w => char.IsLower(w[0])))
            && lead[0].ToLowerInvariant() is not ("the" or "a" or "an") && lead.All(w => w.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '\'' or '’')))
            return OpensSentenceOnly(lead) ? char.ToLowerInvariant(before[0]) + before[1..] : ListedBefore(before, source) + before;
        // "Maria Kowalski's spokesperson, Ola Wrona"; "Julie Bouchard, president of the FIQ"; "Sophie Lemaire, an economist
        // at Desjardins": the description set off beside the name.
        foreach (var part in Clauses(source))
        {
            // ("Cambria Harris, whose mother, Morgan Harris, was killed": whose relative is no role of hers.)
            // ("“…,” Hunter said" of Dave Hunter: the surname that a word of work is, "hunter", is no role of his.)
            if (part.Length > 140 || part.Contains(speaker, StringComparison.Ordinal) || part.StartsWith("whose ", StringComparison.Ordinal)
                || part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } partWords && partWords.All(w => speaker.Split(' ').Contains(w))) continue;
            // "Todd Lewis, who farms near Gray and is president of the …": what the relative clause says they are.
            // ("Dr. Kate Tilleczek, who chairs the city's physician recruitment committee,": "chair of the city's …".)
            var segment = WhoIs().Match(part) is { Success: true } who ? who.Groups[1].Value
                : WhoChairs().Match(part) is { Success: true } chairs ? $"{(chairs.Groups[1].Value is "chairs" or "co-chairs" ? chairs.Groups[1].Value[..^1] : "head")} of {chairs.Groups[2].Value}" : part;
            // ("‘Billie Jean King, you are the Queen,’": words said to them are no description of them.)
            if (ReferenceEquals(segment, part) && part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var said && said.Any(w => w is "you" or "I" or "we" or "me" or "us")) continue;
            // "Shannon Phillips, the former NDP environment minister who was the target of the searches,": the office, a party's name in it,
            // without what the clause adds.
            if (PartyOffice().Match(part) is { Success: true } partyOffice && IsRoleNoun(partyOffice.Groups["head"].Value)) return partyOffice.Groups["role"].Value;
            // "The Canadian Taxpayers Federation's prairie director, Gage Haubrich": the role without its article.
            if (Speakers.PossessiveRole(segment)) return segment.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? segment[4..] : segment;
            // "Ontario's Minister of Energy and Mines, Stephen Lecce": the office, its title in lower case as a description writes it.
            if (OfficeOfPlace().Match(segment) is { Success: true } office)
                return segment[..office.Groups[1].Index] + office.Groups[1].Value.ToLowerInvariant() + segment[(office.Groups[1].Index + office.Groups[1].Length)..];
            // "B.C.'s Indigenous Relations Minister, Murray Rankin": the portfolio and its title in lower case, as a description writes
            // them ("B.C.'s Indigenous relations minister").
            if (PortfolioOfPlace().Match(segment) is { Success: true } portfolio && portfolio.Groups[1].Value.Split(' ').All(w => w is "and" || Portfolios.Contains(w)))
                return (segment.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? segment[4..portfolio.Groups[1].Index] : segment[..portfolio.Groups[1].Index]) + string.Join(' ', portfolio.Groups[1].Value.Split(' ').Select(w => w is "Indigenous" ? w : w.ToLowerInvariant()))
                       + " " + portfolio.Groups[2].Value.ToLowerInvariant();
            var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var k = words.Length > 0 && words[0].ToLowerInvariant() is "the" or "a" or "an" or "another" ? 1 : 0;
            // "The city's chief financial officer, Carla Male": a description in lower case that ends in its role noun.
            if (words.Length - k is >= 2 and <= 5 && IsRoleNoun(words[^1]) && words.Skip(k).All(w => char.IsLower(w[0]))) return string.Join(' ', words.Skip(k));
            // "The West Kelowna fire chief, Jason Brolund": a place's name before the description.
            if (k == 1 && words[0] == "The" && words.Length is >= 4 and <= 7 && IsRoleNoun(words[^1]) && words.Skip(1).TakeWhile(w => char.IsUpper(w[0])).ToArray() is { Length: >= 1 and <= 3 } place
                && place.Length + 1 < words.Length && words.Skip(1 + place.Length).All(w => char.IsLower(w[0]))
                && place.All(w => !Titles.Contains(w.TrimEnd('.')) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal) && !speaker.Split(' ').Contains(w) && !Lexicon.IsGivenName(w)))
                return string.Join(' ', words.Skip(1));
            // "The Halifax Board of Police Commissioners chair, Becky Kent": a body's name, "of" and all, before the role noun.
            if (k == 1 && words[0] == "The" && words.Length is >= 4 and <= 10 && IsRoleNoun(words[^1]) && char.IsLower(words[^1][0])
                && Array.FindLastIndex(words, w => char.IsUpper(w[0])) is var bodyEnd and >= 2 && words.Skip(bodyEnd + 1).All(w => char.IsLower(w[0]) && w is not ("of" or "and" or "for" or "the"))
                && string.Join(' ', words[1..(bodyEnd + 1)]) is var bodyName && words[1..(bodyEnd + 1)].All(w => char.IsUpper(w[0]) || w is "of" or "and" or "for" or "the")
                && words[1..(bodyEnd + 1)].Any(w => Lexicon.NotPerson.Contains(w) && !Speakers.IsPlaceWord(w)) && !speaker.Split(' ').Any(w => bodyName.Split(' ').Contains(w)))
                return Speakers.OfBody(string.Join(' ', words[(bodyEnd + 1)..]), bodyName, _text ?? "");
            // "The Parliamentary Budget Officer, Yves Giroux": an office's own name, in its capitals.
            if (k == 1 && words[0] == "The" && words.Length is >= 3 and <= 5 && OfficeEnds.Contains(words[^1]) && words.Skip(1).All(w => char.IsUpper(w[0]))
                && !words.Any(w => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal))) return string.Join(' ', words.Skip(1));
            // "A DFO spokesperson, Debra Pinto": an organisation's initials before the role noun.
            if (k == 1 && words.Length is 3 or 4 && IsRoleNoun(words[^1]) && words[1].Length > 1 && words[1].All(c => char.IsUpper(c) || c == '.')
                && words.Skip(2).All(w => char.IsLower(w[0]))) return string.Join(' ', words.Skip(k));
            var head = k;
            // "a Dalhousie University professor who studies homelessness", "an RBC economist": where the person works, by its name,
            // before the role noun.
            // ("the NDP MPP for Sudbury": a party before the office.)
            if (words.Length > 0 && words[0].ToLowerInvariant() is "a" or "an" or "the")
            {
                var named = k;
                while (named < words.Length && named - k < 3 && char.IsUpper(words[named][0]) && !words[named].EndsWith("'s", StringComparison.Ordinal) && !words[named].EndsWith("’s", StringComparison.Ordinal)
                       && (!Titles.Contains(words[named].TrimEnd('.')) || Parties.Contains(words[named])) && !(named > k && words[named] is "MP" or "MPP" or "MLA" or "MNA")) named++;
                // (Not the speaker's own name: "A Clinton ally" is no role of Clinton's.)
                if (named > k && named < words.Length && (char.IsLower(words[named][0]) || words[named] is "MP" or "MPP" or "MLA" or "MNA") && IsRoleNoun(words[named])
                    && !words[k..named].Any(w => speaker.Split(' ').Contains(w)) && (words[0].ToLowerInvariant() != "the" || words[k..named].All(w => Parties.Contains(w)))) head = named;
            }
            // "Health Sciences North's president and CEO, Dominic Giroux": the office of the body named before it.
            // ("Horizon's vice-president of clinical operations": an office of something, of the body's name written in full elsewhere.)
            if (k == 0 && BodysOffice().Match(segment) is { Success: true } bodysOf && bodysOf.Groups[2].Value.Split(" of ") is [var officeOf, _]
                && IsRoleNoun(officeOf.Split(' ')[^1]) && _text is { } wholeText && !Speakers.IsPlaceWord(bodysOf.Groups[1].Value) && !Known.Contains(Named(bodysOf.Groups[1].Value, 0) ?? "")
                && FullBody(wholeText, bodysOf.Groups[1].Value) is { } fullBody)
                return Speakers.OfBody(bodysOf.Groups[2].Value, fullBody, wholeText);
            if (k == 0 && BodysOffice().Match(segment) is { Success: true } bodys && IsRoleNoun(bodys.Groups[2].Value.Split(' ')[^1])
                && !bodys.Groups[1].Value.Split(' ').All(w => Speakers.IsPlaceWord(w))
                && (!Known.Contains(Named(bodys.Groups[1].Value, 0) ?? "")
                    && (Speakers.OrganisationIn(bodys.Groups[1].Value) == bodys.Groups[1].Value || bodys.Groups[1].Value.Split(' ') is { Length: >= 2 } bodyWords && bodyWords.Any(w => Lexicon.NotPerson.Contains(w)))
                    // ("Whistler Blackcomb's vice-president and chief operating officer": a company's offices, whatever its name looks like.)
                    || Speakers.Executive().IsMatch(bodys.Groups[2].Value) && bodys.Groups[1].Value.Split(' ').Length >= 2 && !Lexicon.IsGivenName(bodys.Groups[1].Value.Split(' ')[0])
                       && bodys.Groups[1].Value.Split(' ').All(w => char.IsUpper(w[0]))))
                return Speakers.OfBody(bodys.Groups[2].Value, bodys.Groups[1].Value, _text ?? "");
            // "Atlantic vice-president of the Insurance Bureau", "B.C. director of …": a region may come before the role noun (and
            // up to four words of it: "interim senior medical health officer with …").
            while (head < words.Length && (head - k < 3 || head - k == 3 && words.Skip(k).Take(3).All(w => w is not ("the" or "a" or "an" or "of" or "and" or "or" or "to" or "in" or "perhaps"))) && !IsRoleNoun(words[head])
                   && (char.IsLower(words[head][0]) || head == k && (Nationality(words[head]) || Regions.Contains(words[head]) || Peoples.Contains(words[head])))) head++;
            // A description's relative clause, however long, is not its role ("a psychologist who worked …").
            var relative = Array.FindIndex(words, Math.Min(head + 1, words.Length), w => w is "who" or "whom" or "whose" or "which");
            if (head >= words.Length || !IsRoleNoun(words[head]) || (relative < 0 ? words.Length : relative) > 12 && !(head + 1 < words.Length && words[head + 1] == "and")) continue;
            // A headline's "Nurse who …": the role noun alone, capitalised only where it opens the line.
            if (head == k && words.Length == k + 1 && !words[k].Skip(1).Any(char.IsUpper)) return words[k].ToLowerInvariant();
            // "chief economist at BMO Capital Markets", "chief executive of Air Canada": a role of two nouns; "the province's chief
            // medical officer of health": of two nouns with a word between them.
            while (head + 1 < words.Length && IsRoleNoun(words[head + 1])) head++;
            // "a Métis physician and researcher at the University of Toronto": two roles joined.
            // "an emergency physician and past president of …": the second with a word of its own before it.
            if (head + 2 < words.Length && words[head + 1] == "and" && IsRoleNoun(words[head + 2])) head += 2;
            else if (head + 3 < words.Length && words[head + 1] == "and" && char.IsLower(words[head + 2][0]) && IsRoleNoun(words[head + 3])) head += 3;
            while (head + 1 < words.Length && IsRoleNoun(words[head + 1])) head++; // "and former chair": "former" is a person's word too
            // ("a former Canadian ambassador to China": a nationality between them.)
            if (head + 2 < words.Length && (char.IsLower(words[head + 1][0]) || (Nationality(words[head + 1]) || Regions.Contains(words[head + 1])) && !speaker.Split(' ').Contains(words[head + 1]) && !Known.Any(p => p.EndsWith(" " + words[head + 1], StringComparison.Ordinal))) && words[head + 1] is not ("of" or "for" or "at" or "with" or "to" or "in" or "from" or "on" or "by" or "and" or "or" or "who" or "whose" or "whom" or "which") && IsRoleNoun(words[head + 2])) head += 2;
            // "a psychologist who worked in the community for six years": the role without what the clause tells of them.
            if (head + 1 < words.Length && words[head + 1] is "who" or "whose" or "whom") return string.Join(' ', words.Skip(k).Take(head + 1 - k));
            // "a nurse running for the Conservatives": the role and what the participle says they are doing, short.
            if (head + 2 < words.Length && words[head + 1] is "running" or "campaigning" or "working" or "serving" or "volunteering" && words.Length - k <= 8
                && words.Skip(head + 2).All(w => w is "for" or "in" or "at" or "with" or "the" or "a" or "as" || char.IsUpper(w[0])))
                return string.Join(' ', words.Skip(k));
            // "the federal minister responsible for northern Canada".
            if (head + 1 < words.Length && words[head + 1] is not ("of" or "for" or "at" or "with" or "to" or "in" or "from" or "near" or "outside")
                && !(words[head + 1] == "responsible" && head + 2 < words.Length && words[head + 2] == "for")) continue;
            // "chief of staff to President Bill Clinton whom Mr. Obama recruited …": the role ends before its relative clause, and
            // "president of the union representing 2,400 workers" before what the body does.
            var stop = relative < 0 ? words.Length : relative;
            if (Array.FindIndex(words, head + 1, w => w is "representing" or "serving" or "overseeing") is var doing and > 0 && doing < stop && doing > head + 2) stop = doing;
            return string.Join(' ', words.Skip(k).Take(stop - k));
        }
        return null;
    }

    [GeneratedRegex(@"^ [A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)* (?:and|&) [A-Z]")]
    private static partial Regex NamedList();

    /// <summary>"Health Sciences North's president and CEO": a body's name, its possessive, an office in lower case (group 1 the
    /// body, 2 the office).</summary>
    [GeneratedRegex(@"^((?:[A-Z][\w&.'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-Z][\w&.-]*)['’]s\s+((?:[a-z][\w-]*|CEO|CFO|COO)(?:\s+(?:[a-z][\w-]*|CEO|CFO|COO)){0,4})$")]
    private static partial Regex BodysOffice();

    /// <summary>"Horizon Health Network", where a text names a body in full that it also calls by its first word ("Horizon's …"); null
    /// where it names none so. (It reads the first 20,000 characters, where a story names its bodies in full: a search of the whole
    /// text from every remark is quadratic in a long one.)</summary>
    static string? FullBody(string text, string shortName) =>
        Regex.Match(text.Length > 20_000 ? text[..20_000] : text, $@"\b{Regex.Escape(shortName)}(?: [A-Z][\w'’-]*){{1,4}}") is { Success: true } named && named.Value.Split(' ') is var words
        && Lexicon.NotPerson.Contains(words[^1]) && !Speakers.IsPlaceWord(words[^1]) ? named.Value : null;

    static bool CapitalisedBefore(string source, int comma)
    {
        var start = comma;
        while (start > 0 && source[start - 1] != ' ') start--;
        return start < comma && char.IsUpper(source[start]);
    }

    /// <summary>A source's comma-set parts, trimmed; a number's thousands separator ("2,400") splits nothing.</summary>
    static IEnumerable<string> Clauses(string source)
    {
        var from = 0;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && (source[i] != ',' || i > 0 && char.IsDigit(source[i - 1]) && i + 1 < source.Length && char.IsDigit(source[i + 1])
                                      // "president of the Fish, Food and Allied Workers union": a name's list of capitalised words.
                                      || i > 0 && char.IsLetter(source[i - 1]) && NamedList().IsMatch(source.AsSpan(i + 1)) && CapitalisedBefore(source, i))) continue;
            if (source.AsSpan(from, i - from).Trim() is { Length: > 0 } part) yield return part.ToString();
            from = i + 1;
        }
    }

    /// <summary>"Paul Brunet of the Conseil pour la protection des malades": the body a person speaks for, named after "of", for
    /// a speaker the article gives no role (<see cref="RoleOf"/>, <see cref="RoleAtFirstMention"/>).</summary>
    public string? AffiliationOf(string speaker, string source) => Known.Contains(speaker) ? BodyAfter(speaker, source) ?? BodyWhereNamed(speaker) : null;

    /// <summary>The body named after the person where the article names them in full ("Chief Elvin Flett of Garden Hill First
    /// Nation said …"), for a later remark that names them by surname.</summary>
    string? BodyWhereNamed(string speaker)
    {
        if (_text is not { } text || speaker.Split(' ') is not { Length: >= 2 } names || !_written.TryGetValue(names[^1], out var written)) return null;
        foreach (var (at, full) in written)
            if (full == speaker && text.AsSpan(at).StartsWith(speaker, StringComparison.Ordinal))
            {
                // Up to the verb of the sentence ("… First Nation said …").
                var words = text[at..Math.Min(text.Length, at + speaker.Length + 100)].Split(['.', ';', '\n'])[0].Split(' ');
                var verb = Array.FindIndex(words, w => Lexicon.VerbCues.Contains(w) || Refine.Finite(w));
                return BodyAfter(speaker, string.Join(' ', verb > 0 ? words[..verb] : words));
            }
        return null;
    }

    /// <summary>The body named after "NAME of" in a source ("… of the Conseil pour la protection des malades", "… of Garden Hill
    /// First Nation"), else null (not a town: "Sheila North of Winnipeg").</summary>
    static string? BodyAfter(string speaker, string source)
    {
        var at = source.IndexOf(speaker + " of ", StringComparison.Ordinal);
        var skip = 4;
        // "Carolyn Ferns, of the Ontario Coalition for Better Child Care, said".
        if (at < 0 && (at = source.IndexOf(speaker + ", of ", StringComparison.Ordinal)) >= 0) skip = 5;
        if (at < 0) return null;
        var body = source[(at + speaker.Length + skip)..].Split(',')[0].Trim();
        // ("Justice Richard Danyliuk of the Court of King's Bench delivered his decision": the name ends at the verb after it.)
        if (body.Split(' ') is { Length: > 2 } bodyWords && Array.FindIndex(bodyWords, 1, w => w.Length > 2 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || Refine.Finite(w) || Lexicon.VerbCues.Contains(w))) is var lower and > 1)
            body = string.Join(' ', bodyWords[..lower]);
        return (body.StartsWith("the ", StringComparison.Ordinal) ? body[4..] : body) is { Length: > 3 } named && char.IsUpper(named[0]) && named.Length <= 80
               && (Speakers.OrganisationIn(named) == named || named.Split(' ') is [var opening, _, ..] && (Lexicon.NotPerson.Contains(opening) || opening is "Conseil" or "Fédération" or "Regroupement" or "Syndicat" or "Ordre" or "Collège" or "Centrale"
                       // ("Analyst Paul Treiber of RBC Capital Markets": a firm named by its initials first.)
                       || opening.Length is >= 2 and <= 5 && opening.All(char.IsUpper))
                   // ("Chief Maria Anderson of the Tla'amin Nation", "of the Skeetchestn Band": a nation's name may hold an apostrophe.)
                   || named.Split(' ') is { Length: >= 2 and <= 5 } nation && nation[^1] is "Nation" or "Band" or "Clan" or "Tribe" or "Confederacy" && nation.All(w => char.IsUpper(w[0])))
            ? named : null;
    }

    /// <summary>
    /// Whether an occupation written before a name has its capital only because it opens the sentence, and so is written in
    /// lower case: "Housing economist Mike Moffatt" when the article writes "housing" in lower case too ("Crown attorney" keeps
    /// its capital), "Co-author Mark Hanson", "Head coach Darko Rajakovic", "Union president Adriane Gear".
    /// </summary>
    bool OpensSentenceOnly(string[] lead)
    {
        var word = lead[0];
        // ("Former Hockey Canada board member Fran Rider": "former" before a body's name is in lower case all the same.)
        // ("Assistant Crown attorney Paul Vendetti": "assistant" too.)
        if (lead.Length >= 3 && word is "Former" or "Longtime" or "Retired" or "Veteran" or "Interim" or "Acting" or "Assistant" or "Deputy" or "Senior" or "Associate"
            && lead.Skip(1).Any(w => char.IsUpper(w[0])) && char.IsLower(lead[^1][0])) return true;
        if (!char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper) || Parties.Contains(word) || lead.Skip(1).Any(w => !char.IsLower(w[0]))) return false;
        if (lead.Length == 1) return !Titles.Contains(word.TrimEnd('.'));
        // ("Senators goaltender Linus Ullmark": a title in the plural before a role is a team's name.)
        if (word.Length > 4 && word[^1] == 's' && Titles.Contains(word) && !WrittenLower(word)) return false;
        // ("Registered nurse Amrit Dhillon": a participle is no name.)
        // ("Forensic anthropologist", "Clinical psychologist": an adjective's ending, no name's.)
        return RoleModifiers.Contains(word) || WrittenLower(word) || Titles.Contains(word) || Portfolios.Contains(word) || CommonWord(word) || Inflected(word)
               || word.Length >= 6 && (word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal))
                  && word is not ("Democratic" or "Icelandic" or "Arabic" or "Baltic" or "Hispanic" or "Slavic" or "Nordic" or "Celtic" or "Gaelic" or "Islamic" or "Atlantic" or "Pacific" or "Arctic" or "Catholic" or "Olympic" or "Hellenic" or "Germanic")
               || Speakers.IsOrganisationNoun(word.ToLowerInvariant())
               // ("Tenant advocate Geordie Dent": a word of a role itself.)
               || IsRoleNoun(word.ToLowerInvariant());
    }

    /// <summary>
    /// The role the article gave a person where it named them in full, for a speaker whose remarks name them only by surname or
    /// pronoun: "Oilers head coach Kris Knoblauch praised his goaltender. … “…,” Knoblauch told reporters." Only the clause that
    /// names them is read (from the last stop, comma or quotation mark before the name), with a description set off after it.
    /// </summary>
    public string? RoleAtFirstMention(string speaker)
    {
        if (_text is not { } text || speaker.Split(' ') is not { Length: >= 2 } names || !_written.TryGetValue(names[^1], out var written)) return null;
        foreach (var (at, full) in written)
        {
            if (full != speaker) continue;
            var from = at;
            while (from > 0 && at - from < 120 && text[from - 1] is not ('.' or '!' or '?' or '\n' or '“' or '”' or '"' or ';' or '—' or ',')) from--;
            // "Its lead author, Dr. Sunil Mehra": the stop of a courtesy title ends no clause.
            if (from > 1 && text[from - 1] == '.' && text.LastIndexOfAny([' ', '\n', ','], from - 2) is var title && WithoutCourtesy(text[(title + 1)..from]).Length == 0)
            {
                from = title + 1;
                while (from > 0 && at - from < 120 && text[from - 1] is not ('.' or '!' or '?' or '\n' or '“' or '”' or '"' or ';' or '—' or ',')) from--;
            }
            // "Another licence holder, Paul Comeau, agreed": the description set off before the name, from its sentence's start.
            if (from > 1 && text[from - 1] == ',' && (at - from <= 1 || WithoutCourtesy(text[from..at].Trim()).Length == 0))
            {
                var open = from - 1;
                while (open > 0 && from - open < 60 && text[open - 1] is not ('.' or '!' or '?' or '\n' or '“' or '”' or '"' or ';' or '—' or ',')) open--;
                if (open == 0 || text[open - 1] is not ',') from = open;
            }
            var end = text.IndexOf(names[^1], at, StringComparison.Ordinal);
            if (end < 0 || end - at > 60) continue;
            end += names[^1].Length;
            if (end + 2 < text.Length && text[end] == ',')
            {
                var next = text.IndexOfAny([',', '.', ';', '\n'], end + 1);
                if (next > 0 && next - end <= 90) end = next;
            }
            if (RoleOf(speaker, text[from..end]) is { } role) return role;
        }
        return null;
    }

    /// <summary>The text before a name without the courtesy title that ends it ("family physician Dr." → "family physician").</summary>
    static string WithoutCourtesy(string before) =>
        before.LastIndexOf(' ') is var sp && before[(sp + 1)..].TrimEnd('.') is "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "Professor" ? before[..Math.Max(sp, 0)].TrimEnd() : before;

    [GeneratedRegex(@"^(?:[A-Z][\w.]*['’]s\s+|[Tt]he\s+(?:territory|province|city|country|government)['’]s\s+)((?:[A-Z][\w'’-]*|and)(?:\s+(?:[A-Z][\w'’-]*|and)){0,5})\s+(Minister|Critic)$")]
    private static partial Regex PortfolioOfPlace();

    [GeneratedRegex(@"^(?:[A-Z][\w.]*['’]s\s+)(Minister|Secretary|Director|Commissioner|President|Chair|Chief)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|for|the|[A-Z][\w'’-]*))*$")]
    private static partial Regex OfficeOfPlace();

    [GeneratedRegex(@"^(?:,[^\n—–:]{0,20})?\s*[—–]")]
    private static partial Regex DatelineAfter();

    [GeneratedRegex(@"^(?:and|but|while|as|when|where|then|so)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConjunction();

    [GeneratedRegex(@"(?<![\w.’'-] ?)([A-Z][a-z]+) (?:and|&) $")]
    private static partial Regex Couple();

    [GeneratedRegex(@"\bof [A-Z][\w-]*['’]s $")]
    private static partial Regex OfPossessive();

    [GeneratedRegex(@"\b(?:obtained|seen|reviewed|leaked|acquired)\s+by\s+(?:the\s+)?$")]
    internal static partial Regex ObtainedBefore();

    [GeneratedRegex(@"(?<=^|\s)(?<pre>[a-z][\w-]*)\s+(?<name>[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&'’-]*))*)$")]
    internal static partial Regex TrailingName();

    [GeneratedRegex(@"(?:ity|tion|sion|ism|ics|ware|tech)$|^(?:Act|Acts|Code|Charter|Regulations?|Bylaw|By-law|Accord|Treaty)$")]
    private static partial Regex NoSurname();

    [GeneratedRegex(@"^(?:North|South|East|West|Centre|Center)-")]
    private static partial Regex CompassJoined();

    /// <summary>The capitalised words before "of" that open a body's name: "Federation of ", "Calgary Chamber of ".</summary>
    [GeneratedRegex(@"(?<![\w.’'-])(?:[A-Z][\w'’.-]*\s){1,3}of $")]
    private static partial Regex BodyOpening();

    /// <summary>Words that end the name of an office, never a person's ("Chief Electoral Officer", "Parliamentary Budget Officer").</summary>
    static readonly HashSet<string> OfficeEnds = new(StringComparer.Ordinal)
    {
        "Officer", "Director", "Chair", "Chairman", "Chairwoman", "Spokesperson", "Spokesman", "Spokeswoman", "Commissioner", "Registrar",
        "Ombudsman", "Ombudsperson", "Auditor", "Coroner", "Superintendent", "Administrator", "Minister", "Premier", "Mayor",
    };

    /// <summary>A role noun, or a compound ending in one ("secretary-treasurer", "co-chair").</summary>
    internal static bool IsRoleNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        // "anthropologist", "epidemiologist": the one who studies a field.
        return RoleNouns.Contains(lower) || lower.LastIndexOf('-') is var hyphen and > 0 && RoleNouns.Contains(lower[(hyphen + 1)..])
               || lower.Length > 8 && lower.EndsWith("ologist", StringComparison.Ordinal) && lower.All(char.IsLetter);
    }

    static readonly HashSet<string> RoleNouns =
    [
        "internist", "physiotherapist", "psychotherapist", "optometrist", "chiropractor", "audiologist", "hygienist", "dietitian", "nutritionist", "insider", "reporter", "correspondent", "commentator", "treasurer", "victim", "operator", "ombudsperson", "registrar",
        "renter", "customer", "client", "motorist", "cyclist", "pedestrian", "hunter", "angler", "camper", "hiker", "athlete", "player", "applicant",
        "graduate", "inmate", "prisoner", "detainee", "defendant", "plaintiff", "complainant", "shopper", "parishioner", "congregant", "mourner",
        "protester", "demonstrator", "vendor", "merchant", "founder", "rabbi", "imam", "pastor", "priest", "cantor", "chaplain", "bishop", "archbishop", "coroner", "ombudsman", "auditor", "curator", "archivist",
        .. Lexicon.PersonNouns, .. Lexicon.Agents, "economist", "professor", "specialist", "analyst", "researcher", "expert", "scientist",
        "officer", "director", "chief", "head", "president", "judge", "commissioner", "manager", "organizer", "organiser", "member",
        "owner", "resident", "vice-president", "executive", "coordinator", "co-ordinator", "co-founder", "partner", "fellow", "lecturer", "doctor",
        "attorney", "lawyer", "prosecutor", "meteorologist", "forecaster", "epidemiologist", "pollster", "strategist", "consultant",
        "critic", "physician", "surgeon", "nurse", "paramedic", "trustee", "principal", "superintendent", "administrator",
        "coach", "teammate", "goaltender", "goalie", "forward", "defenceman", "captain", "teacher", "student", "farmer",
        "guard", "winger", "defenseman", "netminder", "pitcher", "quarterback", "linebacker", "midfielder", "striker", "shortstop", "outfielder", "infielder", "blueliner",
        "chair", "chairperson", "advocate", "activist", "volunteer", "historian", "columnist", "journalist",
        "architect", "engineer", "planner", "developer", "contractor", "pharmacist", "psychologist", "counsellor", "realtor",
        "landlord", "tenant", "homeowner", "parent", "neighbour", "witness", "survivor", "firefighter", "mechanic", "electrician",
        "councillor", "councilor", "alderman", "reeve", "pediatrician", "paediatrician", "psychiatrist", "dentist", "midwife", "therapist", "clinician", "veterinarian", "researcher",
        "sociologist", "criminologist", "biologist", "ecologist", "geologist", "hydrologist", "demographer", "lobbyist", "organizer",
        "server", "cook", "chef", "driver", "commuter", "rider", "passenger", "worker", "employee", "miner", "fisher", "fisherman",
        "rancher", "grower", "entrepreneur", "shopkeeper", "retiree", "evacuee", "trainee", "refugee", "pensioner", "caregiver", "mother", "father", "holder",
        "sergeant", "constable", "corporal", "inspector", "detective", "lieutenant", "colonel", "warden", "dispatcher", "agent",
    ];

    /// <summary>The title written right before a word of a span ("Mrs" in "Mrs. Clinton"), if it says a sex.</summary>
    static string? TitleBeforeWord(string span, string word)
    {
        var at = span.IndexOf(word, StringComparison.Ordinal);
        if (at <= 0) return null;
        var end = at;
        while (end > 0 && span[end - 1] is ' ' or '.') end--;
        var start = end;
        while (start > 0 && char.IsLetter(span[start - 1])) start--;
        return end > start && GenderOf(span[start..end]) != '\0' ? span[start..end] : null;
    }

    /// <summary>
    /// The person whose surname appears in the span, by full name: the full name itself where the span writes one ("Eric
    /// Trump"), else the one the surname stands for at <paramref name="at"/> (the span's position).
    /// </summary>
    public string? Named(string span, int at, Attribution? previous = null)
    {
        string? best = null;
        string? bestText = null;
        var bestWritten = false;
        foreach (var raw in span.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "Putin's" is Putin; "Na'moks" is one name.
            var word = raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal) ? raw[..^2] : raw.Trim('\'', '’');
            if (!FullNames.ContainsKey(word)) continue;
            // A given name stands for its person only alone ("Omar said"), not in "Victoria police" or "Omar Khadr".
            if (_given.ContainsKey(word) && span.IndexOf(raw, StringComparison.Ordinal) is var w0 and >= 0 && !Alone(span, w0, w0 + raw.Length)) continue;
            var written = _distinct.TryGetValue(word, out var names) ? names.Where(f => span.Contains(f, StringComparison.Ordinal)).MaxBy(f => f.Length) : null;
            var full = written is not null ? Canonical(written) : Continues(word, at, previous) ? previous!.Speaker : FullAt(word, at);
            // "Thunder Bay police" is not Michael Bay: a surname that is also a word of places, after a capitalised word glued before
            // it that is neither a title nor of the name.
            if (written is null && PlaceEnds.Contains(word) && WordBefore(span, raw) is { } glued && char.IsUpper(glued[0]) && !Titles.Contains(glued.TrimEnd('.')) && !IsFunctionWord(glued)
                && !Portfolios.Contains(glued) && !full.Split(' ').Contains(glued)) continue;
            // "Mrs. Clinton": the title right before the surname says whom it means ("Mr. Obama and Hillary Clinton" gives Clinton none).
            if (written is null && span.StartsWith(word, StringComparison.Ordinal) is false && TitleBeforeWord(span, raw) is { } title)
                full = Gendered(word, full, GenderOf(title), title, at);
            var isWritten = written is not null;
            // "Chief Wilp Luutkudziiwus spokesperson Norman Stephens": the name a role noun introduces is the one speaking.
            // ("Clinton campaign Chairman John Podesta — Bill Clinton's former chief of staff": whose role it is names no speaker either.)
            // (Only after a name whose role or possessive follows it: never "Senator Bernie Sanders" after "Hillary Clinton and".)
            if (isWritten && bestWritten && bestText is not null && span.IndexOf(bestText, StringComparison.Ordinal) is var bestAt and >= 0
                && span.IndexOf(written!, StringComparison.Ordinal) is var writtenAt and >= 0 && !Possessed(span, writtenAt + written!.Length)
                && (Possessed(span, bestAt + bestText.Length)
                    || writtenAt > bestAt && WordBefore(span, written) is { } role && (IsRoleNoun(role) || Titles.Contains(role.TrimEnd('.')))
                       && span[(bestAt + bestText.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var next, ..] && IsRoleNoun(next)))
            {
                (best, bestText) = (full, written);
                continue;
            }
            if (best is null || (isWritten && !bestWritten) || (isWritten == bestWritten && full.Length > best.Length)) (best, bestWritten, bestText) = (full, isWritten, written);
        }
        return best;
    }

    /// <summary>Whether a possessive "'s" follows at <paramref name="end"/> of <paramref name="span"/>.</summary>
    static bool Possessed(string span, int end) => end + 1 < span.Length && span[end] is '\'' or '’' && span[end + 1] == 's' && (end + 2 == span.Length || !char.IsLetter(span[end + 2]));

    /// <summary>The word right before <paramref name="word"/> in <paramref name="span"/>, or null.</summary>
    static string? WordBefore(string span, string word)
    {
        var at = span.IndexOf(word, StringComparison.Ordinal);
        if (at <= 1 || span[at - 1] != ' ') return null;
        var start = span.LastIndexOf(' ', at - 2) + 1;
        return span[start..(at - 1)];
    }

    /// <summary>
    /// Whom "he", "she" or "his" means at a position: the speaker of the remark before, unless the article has named
    /// someone else after that remark ("Paul Ortiz visited. His spokesman said …" after a remark of Marco Ruiz's is Ortiz's
    /// spokesman); people named inside the remark are what it was about, not who speaks next.
    /// </summary>
    /// <param name="sex">'M' for he/his, 'F' for she/her: a person the article marks as the other sex is not meant.</param>
    public string? Meant(int position, Attribution? previous, char sex = '\0')
    {
        // "Asked whether former Bruins coach Craig Berube was a candidate, he said …": whom he was asked about is not who he is.
        if (_text is { } asked && SentenceStart(asked, position) is var open && open < position && asked.AsSpan(open, position - open).TrimStart().StartsWith("Asked ", StringComparison.Ordinal)
            && asked.AsSpan(open, position - open).Contains(',')) position = open;
        // “Maybe in Red Deer,” she said: a name inside the quotation she is said to speak is what she spoke of.
        var last = LastMentionBefore(position);
        if (last is { } l && _text is { } quoted && InsideQuotation(quoted, l.At) && SentenceStart(quoted, position) <= l.At)
        {
            var k = LastMentionIndex(position);
            while (k >= 0 && Mentions[k].At >= SentenceStart(quoted, position) && InsideQuotation(quoted, Mentions[k].At)) k--;
            last = k >= 0 ? (Mentions[k].At, FullAt(Mentions[k].Surname, Mentions[k].At)) : null;
        }
        var previousEnd = previous is null ? -1 : Math.Max(previous.Cue.End, previous.Content.End);
        // ("“…,” says David Axelrod, a longtime adviser to Barack Obama who …": the people the speaker's description names are not
        // named since the remark.)
        if (previous is not null && _text is { } signed && previous.Source.Start >= previous.Cue.End && previous.Source.End > previousEnd
            && signed.IndexOf(". ", previous.Source.End, StringComparison.Ordinal) is var stop && signed.IndexOf('\n', previous.Source.End) is var line
            && Math.Min(stop < 0 ? signed.Length : stop, line < 0 ? signed.Length : line) is var descriptionEnd && descriptionEnd < position)
            previousEnd = descriptionEnd;
        // ("She said a DNA test … led her to a cousin in New Brunswick, who knew where Arsenault lived. ¶ “I never stopped looking,” she
        // said": a name in the rest of the sentence a remark ends in is what it was about too.)
        if (previous is not null && _text is { } reported && previous.Content.Start >= previous.Cue.End && previous.Content.End == previousEnd
            && reported.IndexOf(". ", previousEnd, StringComparison.Ordinal) is var fullStop && reported.IndexOf('\n', previousEnd) is var lineEnd
            && Math.Min(fullStop < 0 ? reported.Length : fullStop, lineEnd < 0 ? reported.Length : lineEnd) is var sentenceEnd && sentenceEnd < position
            && reported.AsSpan(previousEnd, sentenceEnd - previousEnd) is var rest && rest.IndexOfAny("“”\"") < 0
            // (Only a relative clause on the remark's last words, no clause set off before it: never "…, could be the next president,
            // Ban demurred".)
            && (rest.IndexOf(", who ", StringComparison.Ordinal) is var relative and >= 0 || (relative = rest.IndexOf(", which ", StringComparison.Ordinal)) >= 0
                || (relative = rest.IndexOf(", where ", StringComparison.Ordinal)) >= 0)
            && rest[..relative].IndexOf(',') < 0)
            previousEnd = sentenceEnd;
        // "The woman, who cannot be named, apologized in court. “I am so sorry,” she said": the unnamed person the sentence
        // before is about, when nobody has been named or has spoken since.
        // (A remark read inside that sentence — "One of the victims, who cannot be identified …" — is the described person's too.)
        if (_text is { } told && DescribedBefore(told, position, sex) is { } described && (described.At > previousEnd || previous is not null && previous.Source.Start >= described.At && previous.Source.Text is "who")
            && (last is null || last.Value.At < described.At))
            return described.Who;
        // ("Christie … blasted Clinton … on The Laura Ingraham Show. “…,” he said": only a woman named since is no "he".)
        if (previous is not null && Known.Contains(previous.Speaker) && !OtherSex(previous.Speaker, sex)
            && (last is null || last.Value.At < previousEnd || last.Value.Full == previous.Speaker || sex != '\0' && OnlyOtherSexSince(previousEnd, position, sex))) return previous.Speaker;
        // "The mother of one of the children said …¶“Three years,” she said"; "Jessica, a mother of three, said …": the person
        // described or named by a given name alone who spoke last, when nobody has been named since.
        // ("The nurse … testified that Daniel Thompson, 29, was vomiting. ¶“…,” she said": a man named since is no "she".)
        if (previous is not null && !Known.Contains(previous.Speaker) && Speakers.DescribedSex(previous.Speaker) is { } was && (was == '\0' || sex == '\0' || was == sex)
            && (last is null || last.Value.At < previous.Source.End || sex != '\0' && OnlyOtherSexSince(previous.Source.End, position, sex))) return previous.Speaker;
        // ("A former Service Canada manager, who spoke … on condition of anonymity, said …. “…,” she said": someone new the article
        // introduces without a name, a body's name in the description.)
        if (previous is not null && !Known.Contains(previous.Speaker) && previous.Source.Text.StartsWith("A ", StringComparison.Ordinal)
            && previous.Speaker.Split(' ') is [.., var introduced] && IsRoleNoun(introduced) && (last is null || last.Value.At < previous.Source.Start)) return previous.Speaker;
        // Someone else was named since. A pronoun opening its sentence means the subject of the sentence before — its
        // first person ("Reimer met with Mayor Ken Sim on Friday. She said …" is Reimer) — else the last person named.
        if (_text is { } text && last is not null && SentenceStart(text, position) is var here && OnlyOpening(text, here, position))
        {
            var before = SentenceStart(text, here - 1);
            var i = LastMentionIndex(here);
            var first = -1;
            while (i >= 0 && Mentions[i].At >= before)
            {
                if (!OtherSex(FullAt(Mentions[i].Surname, Mentions[i].At), sex)) first = i;
                i--;
            }
            // ("Crown prosecutor Meaghan Cunningham asked Steenbergen whether he had talked …. He said he had not.": the one asked
            // answers.)
            if (first >= 0 && first + 1 < Mentions.Count && Mentions[first + 1].At < here && Mentions[first + 1].At > Mentions[first].At
                && text.AsSpan(Mentions[first].At, Mentions[first + 1].At - Mentions[first].At) is var between && between.IndexOfAny(",.;:“”\"") < 0
                && (between.EndsWith(" asked ", StringComparison.Ordinal) || between.EndsWith(" questioned ", StringComparison.Ordinal))
                && FullAt(Mentions[first + 1].Surname, Mentions[first + 1].At) is var answering && !OtherSex(answering, sex))
                return answering;
            if (first >= 0) return FullAt(Mentions[first].Surname, Mentions[first].At);
        }
        var latest = LastMentionIndex(position);
        for (var i = latest; i >= 0 && i > latest - 20; i--)
            if (FullAt(Mentions[i].Surname, Mentions[i].At) is var full && !OtherSex(full, sex)) return full;
        // ("City manager Paul Grant said …. “We are ready,” she said": nobody the pronoun can mean was named; no man is her.)
        return last is { } l2 && OtherSex(l2.Full, sex) ? null : last?.Full;
    }

    /// <summary>Whether everyone named between two positions (someone is) is known to be of the other sex than a pronoun's.</summary>
    bool OnlyOtherSexSince(int from, int to, char sex)
    {
        var any = false;
        for (var i = LastMentionIndex(to); i >= 0 && Mentions[i].At >= from; i--)
        {
            if (!OtherSex(FullAt(Mentions[i].Surname, Mentions[i].At), sex)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// The person the sentence before a pronoun's sentence opens with a description of, named nowhere ("The woman, who cannot
    /// be named, apologized in court." before "“I am sorry,” she said"); a quotation the pronoun signs counts from where it opens.
    /// </summary>
    (int At, string Who)? DescribedBefore(string text, int position, char sex)
    {
        if (position <= 0) return null;
        var here = SentenceStart(text, position);
        // Within the paragraph only: a text without line breaks or quotation marks is not searched back to its start each time.
        var paragraph = Math.Max(text.LastIndexOf('\n', position - 1, Math.Min(position, 2000)) + 1, position - 2000);
        var open = text.LastIndexOfAny(['“', '"'], position - 1, position - paragraph);
        if (open >= 0 && text.LastIndexOfAny(['”', '"'], position - 1, position - paragraph) is var close && close > open) here = Math.Min(here, SentenceStart(text, open));
        var end = here;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0) return null;
        var before = SentenceStart(text, end - 1);
        var words = text[before..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = words.Length > 0 && words[0] is "But" or "And" or "Later," or "Then" ? 1 : 0;
        // "One of the victims, who cannot be identified …, read a statement. “…,” she said": one of them, not the lawyer named before.
        if (words.Length >= k + 4 && words[k] is "One" && words[k + 1] is "of" && words[k + 2] is "the" or "his" or "her" or "their"
            && words[k + 3].TrimEnd(',') is var many && (many.EndsWith("men", StringComparison.Ordinal) ? many[..^3] + "man" : many.TrimEnd('s')) is var one
            && Speakers.AnonymousSex(one) is { } either && (either == '\0' || sex == '\0' || either == sex))
        {
            var at = text.IndexOf(words[k], before, StringComparison.Ordinal);
            return LastMentionIndex(position) is var m && m >= 0 && Mentions[m].At >= at ? null : (at, $"one of {words[k + 2]} {many}");
        }
        if (words.Length < k + 3 || words[k] is not ("The" or "A" or "An")) return null;
        for (var h = k + 1; h < words.Length && h <= k + 4; h++)
        {
            var head = words[h].TrimEnd(',');
            if (!head.All(c => char.IsLower(c) || c == '-')) return null;
            if (Speakers.DescribedSex(head) is not { } of) continue;
            if (of != '\0' && sex != '\0' && of != sex) return null;
            var at = text.IndexOf(words[k], before, StringComparison.Ordinal);
            // Nobody named from the description on: "The woman's lawyer, Scott Newman, said" names who speaks.
            // ("A mother of three in Aylmer, who asked …, said …. She said": the description up to the comma that sets it off.)
            var e = h;
            if (!words[h].EndsWith(','))
                for (var j = h + 1; j < words.Length && j <= h + 5 && (char.IsLower(words[j][0]) && !Refine.Finite(words[j].TrimEnd(',')) && !Lexicon.VerbCues.Contains(words[j].TrimEnd(',')) || char.IsUpper(words[j][0]) && j > h + 1); j++)
                    if (words[j].EndsWith(',')) { e = j; break; }
            return LastMentionIndex(position) is var m && m >= 0 && Mentions[m].At >= at ? null : (at, string.Join(' ', words[(k + 1)..(e + 1)]).TrimEnd(','));
        }
        return null;
    }

    /// <summary>The spouse the article names: the one other person of the owner's surname of the sex "husband" or "wife" says
    /// ("her husband" of Lisa Dumont is Mark Dumont), or null. Not for other relatives: "his mother" would find his wife.</summary>
    public string? Spouse(string owner, string noun)
    {
        var sex = noun switch { "husband" => 'M', "wife" => 'F', _ => '\0' };
        if (sex == '\0' || owner.LastIndexOf(' ') is not (> 0 and var space)) return null;
        return OnlyOfSurname(owner, owner[(space + 1)..], sex);
    }

    /// <summary>The one person the article names, other than <paramref name="owner"/>, of that surname and sex; null if none or two.</summary>
    string? OnlyOfSurname(string owner, string surname, char sex)
    {
        var found = Known.Where(k => k != owner && k.EndsWith(" " + surname, StringComparison.Ordinal) && Gender(k) == sex).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// "Her mother" of Chloe Lajeunesse where the story has "Amanda Lajeunesse said her daughter, Chloe, …": the one person of the
    /// surname and the sex the word says, where the story names the child as someone's daughter or son by the given name; else null.
    /// </summary>
    public string? Parent(string owner, string noun, string text)
    {
        var sex = noun switch { "mother" or "mom" or "mum" => 'F', "father" or "dad" => 'M', _ => '\0' };
        if (sex == '\0' || owner.IndexOf(' ') is not (> 0 and var space)) return null;
        return Regex.IsMatch(text, $@"\b{(sex == 'F' ? "[Hh]er" : "[Hh]is")} (?:[\w-]+ ){{0,2}}(?:daughter|son|child),? {Regex.Escape(owner[..space])}\b")
            ? OnlyOfSurname(owner, owner[(owner.LastIndexOf(' ') + 1)..], sex) : null;
    }

    /// <summary>Whether a position is inside a quotation opened in its paragraph: curly quotes as the rules count them, or an
    /// odd number of straight ones before it.</summary>
    static bool InsideQuotation(string text, int at)
    {
        if (AttributionExtractor.OpensInsideQuote(text, at)) return true;
        var from = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return at - from <= 20_000 && text.AsSpan(from, at - from).Count('"') % 2 == 1;
    }

    /// <summary>Whether a phrase at a position follows "is" or "was" (with "a" or "an"): it says what the subject is, and is no one
    /// else.</summary>
    internal static bool Predicate(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        return end >= 3 && (text.AsSpan(0, end).EndsWith(" is", StringComparison.Ordinal) || text.AsSpan(0, end).EndsWith(" was", StringComparison.Ordinal)
                            || text.AsSpan(0, end).EndsWith(" is a", StringComparison.Ordinal) || text.AsSpan(0, end).EndsWith(" was a", StringComparison.Ordinal)
                            || text.AsSpan(0, end).EndsWith(" is an", StringComparison.Ordinal) || text.AsSpan(0, end).EndsWith(" was an", StringComparison.Ordinal));
    }

    bool OtherSex(string full, char sex) => sex != '\0' && Gender(full) is var g && g != '\0' && g != sex;

    /// <summary>Where the sentence holding a position starts (a line break, or . ! ? that ends no abbreviation).</summary>
    internal static int SentenceStart(string text, int position)
    {
        var floor = Math.Max(0, position - 600);
        for (var k = Math.Min(position, text.Length) - 1; k >= floor; k--)
        {
            if (text[k] == '\n') return k + 1;
            if (text[k] is '.' or '!' or '?' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && !FactCheck.Extraction.Text.IsAbbreviation(text, k)) return k + 1;
        }
        return floor;
    }

    /// <summary>Only spaces and opening quotation marks between a sentence's start and a position: the position opens it.</summary>
    static bool OnlyOpening(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (!(char.IsWhiteSpace(text[k]) || text[k] is '“' or '"' or '‘')) return false;
        return true;
    }

    /// <summary>The index of the last mention before a position (mentions are in text order), or -1.</summary>
    int LastMentionIndex(int position)
    {
        int lo = 0, hi = Mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Mentions[mid].At < position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    internal (int At, string Full)? LastMentionBefore(int position) =>
        LastMentionIndex(position) is var i and >= 0 ? (Mentions[i].At, FullAt(Mentions[i].Surname, Mentions[i].At)) : null;

    /// <summary>The people mentioned between two positions, each once, in the order first mentioned.</summary>
    public List<string> NamedBetween(int from, int to)
    {
        var named = new List<string>();
        for (var i = LastMentionIndex(from) + 1; i < Mentions.Count && Mentions[i].At < to; i++)
            if (Mentions[i].At >= from && FullAt(Mentions[i].Surname, Mentions[i].At) is var full && !named.Contains(full)) named.Add(full);
        return named;
    }

    /// <summary>The person mentioned last before a position.</summary>
    public string? LastBefore(int position) => LastMentionBefore(position)?.Full;

    /// <summary>The first person named after a position, within <paramref name="within"/> characters, with an office word right
    /// before the name ("former public safety minister Bill Blair" for "minister"), or, with <paramref name="setOff"/>, instead a
    /// description set off beside it ("The integrity commissioner, Erin Wynn," or "Erin Wynn, the city's integrity
    /// commissioner,"); else null.</summary>
    public string? HolderAfter(string office, int position, int within, bool setOff = false)
    {
        if (_text is not { } text) return null;
        var i = LastMentionIndex(position) + 1;
        while (i < Mentions.Count && Mentions[i].At < position) i++;
        for (; i < Mentions.Count && Mentions[i].At - position <= within; i++)
        {
            var at = Mentions[i].At;
            var full = FullAt(Mentions[i].Surname, at);
            var start = full.Contains(' ') && text.AsSpan(at).StartsWith(full.AsSpan(0, full.IndexOf(' '))) ? at : text.LastIndexOf(full.Split(' ')[0], at, Math.Min(at + 1, 60), StringComparison.Ordinal);
            if (start < 0) start = at;
            var before = text.AsSpan(Math.Max(0, start - 50), start - Math.Max(0, start - 50)).TrimEnd();
            // "The integrity commissioner, Erin Wynn, found": a description set off before the name, opening its clause.
            if (setOff && before.EndsWith(",") && before[..^1] is var described && described.LastIndexOfAny(".,;\n“”\"") is var open
                && described[(open + 1)..].Trim() is var segment && (segment.StartsWith("The ") || segment.StartsWith("the ")) && segment.Count(' ') <= 5
                && EndsWithWord(segment, office)) return full;
            var cut = before.LastIndexOfAny(".,;\n“”\"");
            if (cut >= 0) before = before[(cut + 1)..];
            if (!setOff && EndsWithWord(before, office)) return full;
            // "Erin Wynn, the city's integrity commissioner, found": the description set off after the name.
            if (setOff && text.AsSpan(at + full.Split(' ')[^1].Length, Math.Min(60, text.Length - at - full.Split(' ')[^1].Length)) is var after
                && after.StartsWith(", the ") && after[2..].IndexOfAny(",.;") is var close and > 0 && after[2..][..close].Count(' ') <= 5
                && EndsWithWord(after[2..][..close], office)) return full;
        }
        return null;

        static bool EndsWithWord(ReadOnlySpan<char> phrase, string word) =>
            phrase.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (phrase.Length == word.Length || phrase[^(word.Length + 1)] == ' ');
    }

    /// <summary>The person mentioned first after a position, when within <paramref name="within"/> characters of it, and where.</summary>
    public (int At, string Full)? FirstAfter(int position, int within)
    {
        var i = LastMentionIndex(position) + 1;
        while (i < Mentions.Count && Mentions[i].At < position) i++;
        return i < Mentions.Count && Mentions[i].At - position <= within ? (Mentions[i].At, FullAt(Mentions[i].Surname, Mentions[i].At)) : null;
    }
}

/// <summary>Turns a source span into a speaker name: named people by full name, pronouns and descriptions resolved.</summary>
internal static partial class Speakers
{
    /// <summary>People an article describes without naming them, as a speaker's head noun, and their sex where the word says it.</summary>
    /// <summary>The sex a noun for someone unnamed says ('\0' for either: "victim"), or null when it is no such noun.</summary>
    internal static char? AnonymousSex(string noun) => Anonymous.TryGetValue(noun, out var sex) ? sex : null;

    static readonly Dictionary<string, char> Anonymous = new(StringComparer.Ordinal)
    {
        ["woman"] = 'F', ["mother"] = 'F', ["mom"] = 'F', ["grandmother"] = 'F', ["widow"] = 'F', ["girl"] = 'F', ["wife"] = 'F', ["daughter"] = 'F',
        ["sister"] = 'F', ["aunt"] = 'F', ["niece"] = 'F', ["girlfriend"] = 'F',
        ["man"] = 'M', ["father"] = 'M', ["dad"] = 'M', ["grandfather"] = 'M', ["widower"] = 'M', ["boy"] = 'M', ["husband"] = 'M', ["son"] = 'M',
        ["brother"] = 'M', ["uncle"] = 'M', ["nephew"] = 'M', ["boyfriend"] = 'M',
        ["parent"] = '\0', ["resident"] = '\0', ["teen"] = '\0', ["teenager"] = '\0', ["student"] = '\0', ["patient"] = '\0', ["tenant"] = '\0',
        ["accused"] = '\0', ["victim"] = '\0', ["survivor"] = '\0', ["witness"] = '\0', ["passenger"] = '\0', ["driver"] = '\0', ["neighbour"] = '\0',
        ["neighbor"] = '\0', ["worker"] = '\0', ["customer"] = '\0', ["homeowner"] = '\0', ["senior"] = '\0', ["caregiver"] = '\0',
    };

    /// <summary>
    /// A person the article does not name, as the extractor writes them: a description ("mother of one of the children",
    /// "woman") or a given name alone ("Jessica"); their sex where the words say it ('F', 'M', else '\0'); null for anyone
    /// or anything else.
    /// </summary>
    static char GenderedNoun(string noun) => noun.EndsWith("woman", StringComparison.Ordinal) ? 'F' : noun.EndsWith("man", StringComparison.Ordinal) && noun != "human" ? 'M' : '\0';

    internal static char? DescribedSex(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        // A given name alone, unless it is also a place that speaks ("Jordan said", "Georgia warned").
        if (words.Length == 1 && char.IsUpper(words[0][0]))
            return People.IsPlace(words[0]) || Lexicon.NotPerson.Contains(words[0]) ? null
                : Lexicon.FemaleNames.Contains(words[0]) ? 'F' : Lexicon.MaleNames.Contains(words[0]) ? 'M' : null;
        var k = words[0].ToLowerInvariant() is "the" or "a" or "an" or "one" or "another" ? 1 : 0;
        var end = Array.FindIndex(words, k, w => w is "of" or "for" or "at" or "in" or "from" or "with" or "who" or "whose" or "whom");
        var head = (end < 0 ? words.Length : end) - 1;
        if (head < k || head - k > 3 || !words[k..(head + 1)].All(w => w.All(c => char.IsLower(c) || c is '-' or '\'' or '’'))) return null;
        // "treasurer of the church", "spokesperson for the consortium": an office held by someone the article does not name.
        return Anonymous.TryGetValue(words[head], out var sex) ? sex : People.IsRoleNoun(words[head]) ? GenderedNoun(words[head]) : null;
    }

    [GeneratedRegex(@"\G\.?\s+([A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){0,2})")]
    private static partial Regex TitledName();

    /// <summary>Whether a phrase is someone's person ("Maria Kowalski's spokesperson", "Canada's chief public health officer").</summary>
    internal static bool PossessiveRole(string phrase) =>
        // ("the United Steelworkers' national director for Canada": a plural's possessive, and the place the office is for.)
        (phrase.Contains("'s ", StringComparison.Ordinal) || phrase.Contains("’s ", StringComparison.Ordinal) || phrase.Contains("s' ", StringComparison.Ordinal) || phrase.Contains("s’ ", StringComparison.Ordinal)) && Possessed().Match(phrase) is { Success: true } m && m.Groups[3].Value.ToLowerInvariant() is var head
        && (Lexicon.Agents.Contains(head) || Lexicon.PersonNouns.Contains(head) || Lexicon.Family.Contains(head) || LedeNouns.Contains(head) || People.IsRoleNoun(head));

    /// <summary>"The family of NAME", "relatives of …", "lawyers for …" (<see cref="Lexicon.SpeakForOthers"/>): who speaks, and for
    /// whom, with where that starts in the phrase; else null.</summary>
    static (string Who, string Whom, int WhomAt)? KinOf(string phrase)
    {
        var at = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : phrase.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        var space = phrase.IndexOf(' ', at);
        if (space < 0 || !Lexicon.SpeakForOthers.Contains(phrase[at..space].ToLowerInvariant())) return null;
        var rest = phrase.AsSpan(space + 1);
        var whomAt = rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase) ? space + 4 : rest.StartsWith("for ", StringComparison.OrdinalIgnoreCase) ? space + 5 : -1;
        return whomAt < 0 || whomAt >= phrase.Length ? null : (phrase[at..space], phrase[whomAt..], whomAt);
    }

    /// <summary>A name, then "of", "from" or "in" and a place, right before ", who": "Linda Pike of Mount Pearl, ".</summary>
    [GeneratedRegex(@"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:of|from|in)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+,\s*$")]
    private static partial Regex PersonOfPlaceBefore();

    /// <summary>A body's capitalised name right before ", which", or its possessive and a noun ("Coastal GasLink's contractor, which").</summary>
    [GeneratedRegex(@"(?:^|[a-z,]\s+)((?:[A-Z][\w&.'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}[A-Z][\w&'’-]+(?:['’]s(?:\s+[a-z][\w-]*){1,2})?),\s*$")]
    private static partial Regex BodyBeforeWhich();

    /// <summary>A body's kind and then its name: "the parent advocacy group Support Our Students" (group 1 the kind, 2 the name; "the
    /// consumer group Option consommateurs": a French plural noun after it).</summary>
    [GeneratedRegex(@"\b(group|organization|organisation|coalition|association|charity|society)\s+((?:\p{Lu}[\w'’&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}\p{Lu}[\w'’&-]+(?:\s+\p{Ll}+(?:eurs|trices|aires|ants|ents|iers|ières)\b)?)")]
    private static partial Regex GroupNamed();

    /// <summary>A name, then a description set off by commas that opens in lower case, right before ", who" ("Dr. Jane Muncke, managing
    /// director of the Food Packaging Forum in Zurich, "); group 1 the name.</summary>
    [GeneratedRegex(@"\b((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),\s+[a-z][^,;:""“”]{2,120},\s*$")]
    private static partial Regex PersonSetOffBeforeWho();

    /// <summary>Capitalised words right before ", who" (not opening the sentence: that is <see cref="DescriptionBefore"/>'s).</summary>
    [GeneratedRegex(@"[a-z,]\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]+),\s*$")]
    private static partial Regex NameBefore();

    /// <summary>The last province named (as itself, not as part of another name: "Saskatchewan will …", never "Saskatchewan Party" or
    /// "Nova Scotia Health").</summary>
    [GeneratedRegex(@"\b(Ontario|Quebec|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Prince Edward Island|Newfoundland and Labrador)\b(?!\s+[A-Z])(?!['’])", RegexOptions.RightToLeft)]
    private static partial Regex ProvinceNamed();

    /// <summary>Whether words open with those who act or speak for others, and for whom: "Lawyers for the convoy organizers", "The
    /// union's spokespeople for …" (<see cref="Lexicon.Agents"/>, in the plural too).</summary>
    static bool ActsFor(string words)
    {
        var w = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < w.Length && i <= 2; i++)
            if (w[i].ToLowerInvariant() is var agent && (Lexicon.Agents.Contains(agent) || Lexicon.Agents.Contains(agent.TrimEnd('s')) || agent is "spokespeople" or "counsel")
                && w[i + 1] is "for" or "of") return true;
        return false;
    }

    /// <summary>The rest of a hyphenated word and the noun after it: "-year-old woman".</summary>
    [GeneratedRegex(@"\G(?:-[\w]+)+(?:\s+[a-z]+)?")]
    private static partial Regex HyphenRest();

    /// <summary>Capitalised words in the plural right before a restrictive "who" ("to Republicans who").</summary>
    [GeneratedRegex(@"[a-z]\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*[a-rt-z]s)\s+$")]
    private static partial Regex PluralBefore();

    /// <summary>"the nation's president", "the union's chief negotiator": a body in lower case and its officer; group 1 the role noun.</summary>
    [GeneratedRegex(@"^[Tt]he\s+(?:nation|union|company|association|federation|council|band|organization|organisation|group|agency|board|society|college|firm|coalition|league|party)['’]s\s+(?:[a-z-]+\s+){0,2}([a-z]+)$")]
    private static partial Regex BodysOfficer();

    /// <summary>"NAME's (longtime) adviser": group 1 whose, 2 the description, 3 its head.</summary>
    [GeneratedRegex(@"^(?:[Tt]he\s+)?((?:[A-Z][\w.'’-]*\s+(?:(?:of|and|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w.'’-]*?)['’]s?\s+((?:[a-z][\w-]*\s+|Opposition\s+){0,3}?([a-z]+|MP|MLA|MPP|MNA)(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?|\s+(?:for|in)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)$")]
    private static partial Regex Possessed();

    /// <summary>"a (longtime) adviser to NAME", "the spokeswoman for NAME": group 1 the description, 2 its head, 3 whom it serves.</summary>
    [GeneratedRegex(@"^(?:[Aa]n?|[Tt]he|[Aa]nother)\s+((?:[a-z][\w-]*\s+){0,3}?([a-z]+))\s+(?:for|to)\s+(.+)$")]
    private static partial Regex SpeaksFor();

    /// <summary>Kinds of body an article writes before a body's name ("the advocacy group Animal Justice", "think tank Cardus").</summary>
    internal static readonly HashSet<string> BodyKinds = new(StringComparer.Ordinal)
    {
        "group", "organization", "organisation", "coalition", "association", "charity", "society", "non-profit", "nonprofit", "alliance", "network", "tank", "union",
    };

    internal static readonly string[] OutletWords = ["broadcaster", "agency", "newspaper", "radio", "television", "channel", "network", "daily", "outlet", "wire", "station", "magazine"];

    /// <summary>
    /// The speaker of a whole source span. An apposition names the speaker after an outlet or a description: in "the
    /// regional broadcaster Coastline Radio, the port's director, Marta K. Ilves" Ilves speaks (the broadcaster is the
    /// channel), in "the senator, Maria Lopes" Lopes does (not the person of the sentence before). Otherwise the span's
    /// head decides ("Lukashenko, who …").
    /// </summary>
    /// <summary>A description that ends in a common noun, so a name set off after it is who it describes ("his spokesperson", "the union representing the workers").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[Tt]he\s+|[Aa]n?\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+|[Ii]ts\s+|(?:[A-Z][\w.-]*\s+){0,3}\S+['’]s\s+)(?:[\w'’-]+\s+){0,5}?[a-z][\w-]*$")]
    private static partial System.Text.RegularExpressions.Regex Described();

    /// <summary>The longest organisation's name in a phrase: two or more capitalised words (with "of", "for", "and" and a
    /// possessive inside) whose last is an organisation's word ("Brookings Institution", "Kantar Media's Campaign Media
    /// Analysis Group", "Canadian Alliance of Student Associations").</summary>
    internal static string? OrganisationIn(string phrase)
    {
        string? best = null;
        foreach (Match m in OrganisationRun().Matches(phrase))
        {
            var run = m.Value.EndsWith("'s", StringComparison.Ordinal) || m.Value.EndsWith("’s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value;
            if (run.StartsWith("The ", StringComparison.Ordinal) && run.IndexOf(' ', 4) > 0) run = run[4..];
            var last = run[(run.LastIndexOf(' ') + 1)..];
            if (Lexicon.NotPerson.Contains(last) && !Nationalities.Contains(last) && (best is null || run.Length > best.Length)) best = run;
        }
        return best;
    }

    /// <summary>"open letter", "The letter, addressed to …," as a source after "More than 100 doctors at Kelowna General Hospital have
    /// signed an open letter": those who signed it, and the letter; null where no one is said to have.</summary>
    internal static (string Signers, string Letter)? LetterSigners(string text, TextSpan source, string speaker)
    {
        if (source.Length == 0 || !speaker.EndsWith("letter", StringComparison.OrdinalIgnoreCase) || speaker.Split(' ').Length > 3) return null;
        var from = Math.Max(0, source.Start - 1500);
        Match? last = null;
        foreach (Match m in SignedLetter().Matches(text[from..source.End])) last = m;
        if (last is null) return null;
        var at = from + last.Index;
        var open = PastDateline(text, People.SentenceStart(text, at));
        while (open < at && text[open] == ' ') open++;
        var who = text[open..at].Trim();
        if (who.Length == 0 || who.Length > 100 || !char.IsUpper(who[0]) || who.IndexOfAny([',', '“', '"', ';']) >= 0) return null;
        return (LeadingArticle().Replace(who, ""), last.Groups["doc"].Value);
    }

    [GeneratedRegex(@"\b(?:Hôpital|Centre hospitalier|Institut universitaire)(?:\s+(?:de|du|des|la|le|l['’])?\s*[A-ZÉ][\w'’-]*)+")]
    private static partial Regex FrenchHospital();

    [GeneratedRegex(@"\s(?:have|has|had)\s+(?:signed|written|sent|penned)\s+(?<doc>an?\s+(?:open\s+|joint\s+)?letter)\b")]
    private static partial Regex SignedLetter();

    [GeneratedRegex(@"^(?:The|the)\s+")]
    private static partial Regex LeadingArticle();

    /// <summary>
    /// The speaker of "the statement", "the release", "the letter" when the remark before came through one ("Police said in a
    /// news release …. “…,” the release said"): whoever issued it; else null.
    /// </summary>
    internal static string? SpeakerOfDocument(string source, Attribution? previous)
    {
        if (previous?.Channel is not { } channel) return null;
        // "The report, released Thursday, found"; "the report's authors wrote": the report, and those who wrote it.
        source = DocumentAside().Replace(source.Trim(), "");
        return source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && source.IndexOf(' ', 4) < 0
               && source.Length > 5 && channel.EndsWith(" " + source[4..], StringComparison.OrdinalIgnoreCase) && (Made.Contains(source[4..].ToLowerInvariant()) || Rulings.Contains(source[4..].ToLowerInvariant()))
            ? previous.Speaker : null;
    }

    /// <summary>
    /// "The federal housing agency's annual rental market survey, released Wednesday, found …" right after the agency spoke
    /// ("according to a new report from Canada Mortgage and Housing Corp."): that organisation, via its survey.
    /// </summary>
    internal static (string Speaker, string Channel)? OwnDocument(string source, Attribution? previous, int at = -1)
    {
        if (previous is null || !char.IsUpper(previous.Speaker[0]) || FactCheck.Publishing.SpeakerKinds.Kind(previous.Speaker) != FactCheck.Publishing.SpeakerKinds.Organization) return null;
        // "Youth unemployment rose …, according to the labour force survey" right after "Statistics Canada said …": the body's own
        // survey (not "the congressional report" paragraphs after the FDIC spoke).
        if (at >= 0 && at - Math.Max(previous.Cue.End, previous.Content.End) is >= 0 and < 300 && DescribedDocument().Match(source.Trim()) is { Success: true } described && Made.Contains(described.Groups["made"].Value))
            return (previous.Speaker, source.Trim()[4..]);
        if (OwnedDocument().Match(DocumentAside().Replace(source.Trim(), "")) is not { Success: true } m) return null;
        var owner = m.Groups["owner"].Value.ToLowerInvariant();
        if (!BodyNouns.Contains(owner) && !OrganisationNouns.Contains(owner)) return null;
        var made = m.Groups["made"].Value.ToLowerInvariant();
        return Made.Contains(made) ? (previous.Speaker, ("aeiou".Contains(made[0]) ? "an " : "a ") + made) : null;
    }

    [GeneratedRegex(@"^[Tt]he\s+(?:[a-z-]+\s+){0,3}(?<owner>[a-z]+)['’]s\s+(?:[a-z-]+\s+){0,4}(?<made>[a-z]+)$")]
    private static partial Regex OwnedDocument();

    [GeneratedRegex(@"^[Tt]he\s+(?:(?!other\b|congressional\b|parliamentary\b|federal\b|provincial\b|independent\b|external\b|government\b|legislative\b)[a-z-]+\s+){1,3}(?<made>[a-z]+)$")]
    private static partial Regex DescribedDocument();

    [GeneratedRegex(@"(?:,.*|['’]s\s+(?:authors?|writers?))$", RegexOptions.Singleline)]
    private static partial Regex DocumentAside();

    /// <summary>What a judge writes: "Judge Elizabeth Buckle said in her decision …. “…,” the decision says" is the judge's.</summary>
    static readonly HashSet<string> Rulings = new(StringComparer.Ordinal) { "decision", "ruling", "judgment", "judgement", "reasons" };

    /// <summary>Things an organisation makes that speak for it.</summary>
    static readonly HashSet<string> Made = new(StringComparer.Ordinal)
    {
        "survey", "poll", "study", "report", "paper", "analysis", "audio", "video", "tracker", "data", "figures", "tallies", "ad", "statement",
        "release", "research", "findings", "estimate", "estimates", "review", "memo", "letter", "filing", "website", "records", "documents", "count",
        "average", "notice", "bulletin", "advisory",
    };

    [GeneratedRegex(@"^(?:[Tt]he\s+|[Aa]n?\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+(?:survey|poll|study|report|average|analysis|tracker|data|estimate|estimates|review|count|figures|findings|research)\b")]
    private static partial Regex MadeBy();

    static readonly HashSet<string> Nationalities = ["European", "Russian", "Ukrainian", "American", "British", "Belarusian", "Chinese", "Democratic", "Republican", "North", "South", "East", "West", "New", "United"];

    // ("The Canadian Home Builders' Association – Calgary Region": a chapter's name after an en dash is the same body's.)
    [GeneratedRegex(@"\b[A-Z][\w.&-]*(?:['’]s|(?<=s)['’])?(?:(?:\s+(?:(?:of|for|and|the)\s+)*|\s+–\s+)[A-Z][\w.&-]*(?:['’]s|(?<=s)['’])?)+")]
    private static partial Regex OrganisationRun();

    /// <summary>Two to four capitalised words opening a sentence (after a dateline), then a word in lower case: "Whistler Blackcomb will".</summary>
    [GeneratedRegex(@"\G\s*(?:[A-Z][A-Z .,'’-]*—\s*)?([A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){1,3})\s+[a-z]")]
    private static partial Regex OpeningName();

    /// <summary>What "the airline", "the company" stand for in business copy: an organisation named just before.</summary>
    internal static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word);

    /// <summary>Whether a noun in lower case names a body of any kind: a company ("airline"), an agency ("tribunal", "regulator").</summary>
    internal static bool IsBodyNoun(string word) => OrganisationNouns.Contains(word) || BodyWords.Contains(word) || BodyNouns.Contains(word);

    static readonly HashSet<string> OrganisationNouns =
    [
        "company", "airline", "firm", "bank", "carrier", "retailer", "insurer", "railway", "utility", "union", "automaker", "manufacturer",
        "producer", "broadcaster", "chain", "grocer", "institute", "university", "hospital", "foundation", "charity", "society", "lender",
        "museum", "library", "zoo", "gallery", "corporation", "organization", "organisation", "body", "giant", "resort", "brewery", "winery", "developer",
    ];

    /// <summary>Words of places, which alone make no organisation ("Nova Scotia" is not "the company").</summary>
    internal static bool IsPlaceWord(string word) => PlaceWords.Contains(word);

    static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Canada", "Ontario", "Quebec", "Québec", "Alberta", "Manitoba", "Saskatchewan", "Nova", "Scotia", "New", "Brunswick", "British", "Columbia",
        "Newfoundland", "Labrador", "Yukon", "Nunavut", "Northwest", "Territories", "Prince", "Edward", "Island", "North", "South", "East", "West",
        "United", "States", "Kingdom", "City", "County", "Region", "Township", "Municipality", "Cape", "Fort", "Port", "Mount", "Pointe",
        "Street", "Boulevard", "Avenue", "Highway", "Crescent", "Parkway", "Expressway", "Freeway", "Road", "Drive",
    };

    /// <summary>"the association's president" after "The Ontario Nurses' Association said": "president of the Ontario Nurses'
    /// Association", the body the article named; null where the role is owned by no body it named.</summary>
    internal static string? OwnedRole(string text, string role, int position)
    {
        if (OwnedBy().Match(role) is not { Success: true } owned || owned.Groups[1].Value.ToLowerInvariant() is var noun && !(BodyNouns.Contains(noun) || OwnerNouns.Contains(noun) || noun is "hospital")
            // ("The company's owner" after "hired Renovate Right Inc. last spring": the incorporated name written before.)
            || (NamedEarlier(text, position, noun) ?? DescribedAs(text, position, noun) ?? (noun is "company" or "corporation" or "firm" ? IncorporatedBefore(text, position) : null)
                // ("The project, led by the non-profit group Fredericton Community Alliance, …. “…,” said Warren Maddox, the group's executive
                // director": a body named after its kind.)
                ?? (GroupNamed().Matches(text[Math.Max(0, position - 1500)..position]) is { Count: > 0 } grouped && grouped[^1].Groups[1].Value == noun
                    && !Lexicon.IsGivenName(grouped[^1].Groups[2].Value.Split(' ')[0]) ? grouped[^1].Groups[2].Value : null)
                // ("Colleges and Institutes Canada warned …. The association's president and CEO, Pari Johnston, said": the body the
                // sentence before opens with.)
                ?? (text.AsSpan(position).StartsWith("The ", StringComparison.Ordinal) ? OpeningSentenceBefore(text, position) : null)
                // ("according to the Association des résidents de l'Île de Hull. … association president Marc Lavigne": a French body's name
                // opening with its kind.)
                ?? (FrenchBody().Matches(text[Math.Max(0, position - 3000)..position]) is { Count: > 0 } frenchBody && frenchBody[^1].Groups[1].Value.Split(' ')[0] is var kindWord
                    && (noun, kindWord) is ("association", "Association") or ("union", "Syndicat" or "Fédération" or "Centrale" or "Confédération") or ("federation", "Fédération")
                        or ("council", "Conseil") or ("society", "Société") ? frenchBody[^1].Groups[1].Value : null)
                // ("how patients are triaged at Hôpital Maisonneuve-Rosemont. The hospital's spokesperson …": a French name of its kind.)
                ?? (noun == "hospital" && FrenchHospital().Matches(text[Math.Max(0, position - 3000)..position]) is { Count: > 0 } french ? french[^1].Value : null)) is not { } body) return null;
        return OfBody(owned.Groups[2].Value, body, text);
    }

    /// <summary>"Oceans North, a conservation group, said …" before "the group's science director": the last name the text set off as
    /// one of that noun, within a few thousand characters; null where none is.</summary>
    static string? DescribedAs(string text, int position, string noun)
    {
        var from = Math.Max(0, position - 3000);
        string? last = null;
        foreach (Match m in DescribedBody().Matches(text, from))
        {
            if (m.Index >= position) break;
            // ("But TTCriders, an advocacy group, called …": a word that opens sentences is not the body's.)
            if (m.Groups[2].Value.Equals(noun, StringComparison.OrdinalIgnoreCase))
                last = m.Groups[1].Value.IndexOf(' ') is var space and > 0 && People.IsFunctionWord(m.Groups[1].Value[..space]) ? m.Groups[1].Value[(space + 1)..] : m.Groups[1].Value;
        }
        return last;
    }

    [GeneratedRegex(@"\b([A-Z][\w'’&.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’&.-]*)){0,6}),\s+an?\s+(?:[\w-]+\s+){0,3}?([a-z]+),")]
    private static partial Regex DescribedBody();

    /// <summary>A role and the body it is of, with "the" where the article writes one: "president of the Ontario Nurses'
    /// Association", "plastics program manager of Environmental Defence".</summary>
    internal static string OfBody(string role, string body, string text) =>
        // ("spokesperson for the BC Maritime Employers Association": one speaks for a body, and is an officer of one; "economist at the
        // University of Calgary": one works at it.)
        $"{role} {(role.EndsWith("spokesperson", StringComparison.Ordinal) || role.EndsWith("spokesman", StringComparison.Ordinal) || role.EndsWith("spokeswoman", StringComparison.Ordinal) ? "for" : WorksAt(role) ? "at" : "of")} {TheBefore(body, text)}{WithLocalNumber(body, text)}";

    /// <summary>Whether a role is an occupation one has at a body rather than an office of it: "economist", "senior researcher".</summary>
    internal static bool WorksAt(string role) =>
        role[(role.LastIndexOf(' ') + 1)..] is "economist" or "professor" or "researcher" or "analyst" or "scientist" or "lecturer" or "physician" or "nurse"
            or "historian" or "strategist" or "fellow" or "epidemiologist" or "engineer" or "teacher" or "instructor" or "student" or "doctor" or "pharmacist"
        || role.EndsWith("ologist", StringComparison.Ordinal)
        // ("head of North Atlantic operations at Vale": an office of something already, at the body.)
        || role.Contains(" of ", StringComparison.Ordinal);

    /// <summary>A company's offices: "vice-president and chief operating officer", "CEO", "general manager".</summary>
    [GeneratedRegex(@"\b(?:chief (?:executive|operating|financial|technology|marketing|commercial) officer|CEO|COO|CFO|vice-president|general manager)\b")]
    internal static partial Regex Executive();

    /// <summary>"Amalgamated Transit Union Local" read without its number: "… Local 113", as the article names it.</summary>
    static string WithLocalNumber(string body, string text) =>
        body.EndsWith(" Local", StringComparison.Ordinal) && text.IndexOf(body + " ", StringComparison.Ordinal) is var at and >= 0
        && LocalNumber().Match(text, at + body.Length) is { Success: true } number && number.Index == at + body.Length ? body + number.Value : body;

    [GeneratedRegex(@"\G [0-9]{1,5}[A-Z]?\b")]
    private static partial Regex LocalNumber();

    /// <summary>"the " before a body's name as the article writes it: "the Ontario Nurses' Association", but "Environmental Defence"
    /// where a sentence opens with the name alone; else as <see cref="TheBefore(string)"/>.</summary>
    static string TheBefore(string body, string text) =>
        text.Contains("the " + body, StringComparison.Ordinal) || text.Contains("The " + body, StringComparison.Ordinal) ? "the "
        // (A name with "of" takes "the" however a headline or a title before a name writes it: "the Calgary Chamber of Commerce".)
        : !body.Contains(" of ", StringComparison.Ordinal) && (text.Contains("\n" + body, StringComparison.Ordinal) || text.Contains(". " + body, StringComparison.Ordinal) || text.StartsWith(body, StringComparison.Ordinal)) ? ""
        : TheBefore(body);

    /// <summary>"the " before a body's name where one is written ("the Ontario Nurses' Association", "the University of Regina"), not
    /// before one ending in a place ("Colleges Ontario") or a brand ("Coastal GasLink").</summary>
    static string TheBefore(string body) =>
        body.Split(' ') is { Length: >= 2 } words && (body.Contains(" of ", StringComparison.Ordinal) || Lexicon.NotPerson.Contains(words[^1]) && !PlaceWords.Contains(words[^1])) ? "the " : "";

    /// <summary>"the company's president" after "Coastal GasLink said …": "president of Coastal GasLink", the body that spoke last
    /// (<paramref name="body"/>); null where none did or the role is no body's.</summary>
    internal static string? OwnedRole(string text, string role, string? body)
    {
        if (body is null || OwnedBy().Match(role) is not { Success: true } owned || owned.Groups[1].Value.ToLowerInvariant() is var noun && noun is not ("company" or "corporation" or "firm" or "group" or "organization" or "organisation")
            // ("Board chair Sarah Aloupa" after "the Kativik Ilisarniliriniq school board says …": the body that spoke, named by that noun.)
            && !body.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)) return null;
        return OfBody(owned.Groups[2].Value, body, text);
    }

    /// <summary>
    /// "The Canadian Union of Postal Workers disputed those numbers. National president Jan Simpson told …": a bare office opening
    /// a sentence is of the body the sentence before opens with, in the same paragraph; null where that sentence opens otherwise.
    /// </summary>
    internal static string? OfferedBy(string text, string role, int sourceStart)
    {
        // (Two words, "National president", "Executive director": one capitalised word opening a sentence is a title, "President Obama".)
        if (role.Split(' ') is not [var rank, var office] || rank is not ("national" or "executive" or "board") || !BodyOffices.Contains(office)) return null;
        return OpeningSentenceBefore(text, sourceStart) is { } body ? OfBody(role, body, text) : null;
    }

    /// <summary>The body the sentence before opens with, in the same paragraph, where a sentence opens at <paramref name="sourceStart"/>
    /// ("Colleges and Institutes Canada warned …. The association's president …"); null otherwise.</summary>
    static string? OpeningSentenceBefore(string text, int sourceStart)
    {
        int Skip(int at) { while (at < text.Length && text[at] == ' ') at++; return at; }
        var here = Skip(People.SentenceStart(text, sourceStart));
        if (here != sourceStart || here < 2 || text[here - 1] == '\n') return null;
        var previous = Skip(People.SentenceStart(text, text.AsSpan(0, here).TrimEnd().Length - 1));
        if (previous >= here || text.AsSpan(previous, here - previous).Contains('\n')) return null;
        return OrganisationBefore(text, here) is { } body && (text.AsSpan(previous).StartsWith(body) || text.AsSpan(previous).StartsWith("The " + body)) ? body : null;
    }

    static readonly HashSet<string> BodyOffices = ["president", "chair", "chairman", "chairwoman", "chairperson", "director", "secretary-treasurer", "vice-president"];

    /// <summary>"The Manitoba Teachers' Society welcomed the move. Its president, Nathan Martindale, said …": "president of the
    /// Manitoba Teachers' Society", the body named in the paragraph before "Its"; null where none is.</summary>
    internal static string? ItsRole(string text, string role, int position)
    {
        // ("Its president", "Its executive director"; not a description: "Its longtime leader who …".)
        if (role.Split(' ').Length > 3 || role.Split(' ').Any(w => w.Length == 0 || !char.IsLower(w[0]) && w is not ("CEO" or "CFO" or "COO") && !IsPlaceWord(w))
            || (OrganisationBefore(text, position) ?? DescribedInParagraph(text, position) ?? OrganisationEndingParagraphBefore(text, position)) is not { } body) return null;
        return OfBody(role, body, text);
    }

    /// <summary>"The P.E.I. Fishermen's Association has asked the province to pause the review.¶Its executive director, …": where "Its"
    /// opens a paragraph, the organisation the paragraph before names last; else null.</summary>
    static string? OrganisationEndingParagraphBefore(string text, int position)
    {
        var open = position;
        while (open > 0 && text[open - 1] is ' ' or '\t') open--;
        if (open == 0 || text[open - 1] != '\n') return null;
        var end = open - 1;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end > 0 ? OrganisationBefore(text, end) : null;
    }

    /// <summary>"But Cardus, a Christian think tank, praised the move. Its senior researcher, …": the last body of one word its paragraph
    /// sets off as one of a kind of organisation, before a position; else null.</summary>
    static string? DescribedInParagraph(string text, int position)
    {
        var from = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        string? last = null;
        foreach (Match m in DescribedBody().Matches(text[from..position]))
            if ((OrganisationNouns.Contains(m.Groups[2].Value) || BodyNouns.Contains(m.Groups[2].Value) || m.Groups[2].Value is "tank" or "charity" or "nonprofit" or "non-profit")
                && m.Groups[1].Value.Split(' ') is var named && named[^1] is var name && (named.Length == 1 || named is [("But" or "And" or "Yet" or "So" or "Meanwhile"), _])
                && !Lexicon.IsGivenName(name))
                last = name;
        return last;
    }

    static readonly HashSet<string> OwnerNouns = ["union", "company", "corporation", "institute", "foundation", "society", "group", "organization", "organisation", "coalition", "alliance", "chamber",
        "division", "district"];

    // ("the company's head of North Atlantic operations": capitalised words after the office's first.)
    // ("the group's Ontario environment program manager": a region's name before the office.)
    // ("The Crown corporation's chief financial officer": a Crown corporation is a corporation.)
    [GeneratedRegex(@"^(?:[Tt]he )?(?:Crown )?([a-z]+)['’]s ((?:[a-z][\w-]*|CEO|CFO|COO|[A-Z][a-z]+(?= [a-z]))(?: (?:[a-z][\w-]*|CEO|CFO|COO|[A-Z][\w-]*))*)$")]
    private static partial Regex OwnedBy();

    /// <summary>The last organisation named before a position (within a few thousand characters) whose name ends in the noun
    /// ("Saskatchewan Public Safety Agency" for "the agency"), or null.</summary>
    internal static string? NamedEarlier(string text, int position, string noun)
    {
        if (noun.Length < 4) return null;
        var from = Math.Max(0, position - 5000);
        string? last = null;
        foreach (Match m in OrganisationRun().Matches(text, from))
        {
            if (m.Index >= position) break;
            // A run may go on over a sentence's end ("… the Saskatchewan Health Authority.¶The authority …", "Quebec City.¶The
            // National Council of …"): each sentence's piece is a name of its own, without the full stop.
            // ("The International Longshore and Warehouse Union Canada and the BC Maritime Employers Association have …": two bodies.)
            foreach (var piece in SentenceBreak().Split(m.Value).SelectMany(p => noun == "union" ? p.Split(" and the ") : [p]))
            {
                var run = piece.EndsWith("'s", StringComparison.Ordinal) || piece.EndsWith("’s", StringComparison.Ordinal) ? piece[..^2]
                    : piece.EndsWith('.') && piece.Length > 2 && char.IsLower(piece[^2]) ? piece[..^1] : piece;
                var runWords = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // ("An Air Canada flight …, the airline says": an article opening the sentence is no part of the name.)
                if (runWords.Length > 0 && runWords[0] is "The" or "An" or "A") runWords = runWords[1..];
                // ("Members of the Nova Scotia Nurses' Union have voted …": those of the body opening the sentence are not its name.)
                if (runWords.Length > 4 && runWords[1] == "of" && runWords[2] == "the" && AttributionGrouping.Groups.Contains(runWords[0].ToLowerInvariant())) runWords = runWords[3..];
                runWords = WithoutOffice(runWords);
                // ("B.C.'s Residential Tenancy Branch": the body, without the place that owns it.)
                if (runWords.Length > 2 && (runWords[0].EndsWith("'s", StringComparison.Ordinal) || runWords[0].EndsWith("’s", StringComparison.Ordinal))) runWords = runWords[1..];
                // ("A WestJet flight …, the airline says": an airline's one word.)
                // ("the union" after "the BC Maritime Employers Association": employers are no union; "International Longshore and
                // Warehouse Union Local 514" is one.)
                if (noun == "union" && runWords.Any(w => w.StartsWith("Employer", StringComparison.Ordinal) || w is "Chamber" or "Business" or "Businesses" or "Owners" or "Manufacturers")) continue;
                if (noun == "union" && runWords.Length >= 3 && runWords[^1] == "Local" && runWords[^2] == "Union") runWords = runWords[..^1];
                // ("the International Longshore and Warehouse Union Canada": a union's name may end in the country it is of.)
                var unionOf = noun == "union" && runWords.Length >= 3 && runWords[^1] is "Canada" or "Ontario" or "Quebec" or "B.C." or "Alberta" && runWords[^2] is "Union" or "Federation" or "Alliance"
                    // ("United Steelworkers Local 6500": a local is a union's, whatever its name.)
                    || noun == "union" && runWords.Length >= 2 && runWords[^1] == "Local" && !runWords.Any(w => w is "Association" or "Chamber");
                if ((runWords.Length >= 2 || runWords.Length == 1 && noun == "airline" && runWords[0].EndsWith("Jet", StringComparison.Ordinal))
                    && char.IsUpper(runWords[^1][0]) && (runWords[^1].Equals(noun, StringComparison.OrdinalIgnoreCase) || unionOf
                    || Kinds.TryGetValue(noun, out var names) && names.Contains(runWords[^1])
                       // (A commission, an authority or a Crown corporation is "the agency" only in the sentence that names it or the one
                       // after: "the agency" paragraphs after the Securities and Exchange Commission is likelier another.)
                       && !(noun == "agency" && runWords[^1] is "Commission" or "Authority" or "Corporation" && position - m.Index > 400)
                    // "the airline" after "Air Canada", "WestJet", "Porter Airlines".
                    || noun == "airline" && (runWords[0] is "Air" || runWords[^1] is "Airlines" or "Airways" or "Air" || runWords[^1].EndsWith("Jet", StringComparison.Ordinal))
                       && !runWords.Any(w => w is "Association" or "Union" or "Pilots" or "Federation" or "Force")
                    // "the union" after "the Canadian Union of Postal Workers": the noun before "of" in a body's name.
                    || Array.IndexOf(runWords, "of") is var of and >= 1 && runWords[of - 1].Equals(noun, StringComparison.OrdinalIgnoreCase)
                    // "the department" after "Fisheries and Oceans Canada", "Health Canada": a federal department goes by its field and
                    // "Canada" (never "Air Canada" or "Bell Canada").
                    || noun is "department" && runWords[^1] is "Canada" && runWords[..^1].All(w => w is "and" || FederalFields.Contains(w)))) last = WithLocalNumber(string.Join(' ', runWords), text);
            }
        }
        // "The Fédération autonome de l'enseignement says …. …, the union alleges": a Quebec union by its French name, whose words
        // after the first are in lower case.
        if (noun == "union" && FrenchUnion().Match(text, from, position - from) is { Success: true } french)
        {
            var later = french;
            while (later.NextMatch() is { Success: true } next && next.Index + next.Length <= position) later = next;
            if (later.Index + later.Length <= position && (last is null || later.Index > text.LastIndexOf(last, position, StringComparison.Ordinal))) last = later.Value;
        }
        return last;
    }

    [GeneratedRegex(@"\b(?:Fédération|Confédération|Syndicat|Centrale)(?: (?!(?:says|said|is|has|was|and|which|who|the|to|de|du|des|la|le)\b)[a-zéèêëàâçîôû-]+)?(?: (?:de la |de l['’]|des |du |de |d['’])[\p{L}-]+(?: (?!(?:says|said|is|has|was|and|which|who|the|to|de|du|des|la|le)\b)[a-zéèêëàâçîôû-]+)?)+")]
    private static partial Regex FrenchUnion();

    [GeneratedRegex(@"\b([A-Z][a-z]+)-[A-Z][\w]+\b", RegexOptions.RightToLeft)]
    private static partial Regex HyphenatedBody();

    /// <summary>The last name written right after a noun of a body in a window: "artificial intelligence company Cohere",
    /// "the Calgary-based airline Lynx Air"; null where none is, or where the name is a person's.</summary>
    static string? NameAfterNoun(string window, string nouns) =>
        Regex.Match(window, $@"\b(?:{nouns})\s+([A-Z][\w&'’-]*(?:\.\w+)*(?:\s+[A-Z][\w&'’-]*(?:\.\w+)*){{0,3}})", RegexOptions.RightToLeft) is { Success: true } called
        && !called.Groups[1].Value.Split(' ').Any(w => People.Titles.Contains(w.TrimEnd('.')) || Lexicon.IsGivenName(w))
        // ("the company Monday": when, not a name.)
        && called.Groups[1].Value.Split(' ')[0] is var first && !Lexicon.Weekdays.Contains(first) && !Lexicon.Months.Contains(first) && first is not ("Last" or "This" or "On" or "In")
            ? called.Groups[1].Value : null;

    /// <summary>Whether a capitalised word is written somewhere after a lower-case word, inside a sentence (a name, not a sentence's
    /// first word): "executives at Stellantis", "with Stellantis executives".</summary>
    static bool CapitalisedInside(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            if (at >= 2 && text[at - 1] == ' ' && char.IsLower(text[at - 2]) && (at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]))) return true;
        return false;
    }

    /// <summary>A one-word name opening a sentence (after a dateline) as the subject of a company's deed: "Stellantis will cut …",
    /// "Shopify has laid off …".</summary>
    [GeneratedRegex(@"(?:^|\n|—\s|[.!?]\s)\s*([A-Z][a-z]+[A-Za-z]*)\s+(?:will|has|is|plans|cut|cuts|closed|closes|laid|lays|raised|raises|posted|reported|announced|confirmed|expects)\b", RegexOptions.RightToLeft)]
    private static partial Regex CompanySubject();

    /// <summary>Where a run of capitalised words crosses a sentence's end: a line break, or a space after a full stop that ends a word.</summary>
    [GeneratedRegex(@"\s*\n\s*|(?<=[a-z]\.)\s+")]
    private static partial Regex SentenceBreak();

    /// <summary>A union's name: "Unifor Local 60N", "the B.C. Nurses' Union", "Canadian Union of Public Employees Local 4400".</summary>
    [GeneratedRegex(@"\b(?:Unifor|Teamsters|(?:[A-Z][\w.'’-]*\s+(?:and\s+(?=[A-Z]))?){0,5}(?:Union|Federation|Association|Guild|Brotherhood)(?:\s+of(?:\s+(?!Local\b)[A-Z][\w.'’-]*)+)?)(?:\s+Local\s+[\dA-Z]+)?")]
    private static partial Regex UnionNamed();

    [GeneratedRegex(@"\b(?:Bankers|Employers|Manufacturers|Builders|Home|Retail|Restaurant|Hotel|Trucking|Chamber|Industry|Industries|Producers|Automobile|Petroleum|Mining|Realtors|Real Estate|Insurance|Bar|Medical|Dental|Hospital|Hospitals|Municipal|Press)\b")]
    private static partial Regex EmployersAssociation();

    static string? UnionAfter(string text, int from)
    {
        // ("the Canadian Federation of Independent Business" is employers, no union.)
        for (var union = UnionNamed().Match(text, from, Math.Min(1500, text.Length - from)); union.Success; union = union.NextMatch())
            // (Nor an association of employers or of businesses: "the Canadian Bankers Association", "Calgary Home Builders' Association".)
            // (A sentence's "Union president Mélanie Hubert said" names no union: one word of a kind is none.)
            if (Past(union.Value).Contains(' ') && !union.Value.Contains("Business", StringComparison.Ordinal) && !union.Value.Contains("Municipalities", StringComparison.Ordinal)
                && !(union.Value.Contains("Association", StringComparison.Ordinal) && EmployersAssociation().IsMatch(union.Value))) return Past(union.Value);
        return null;
    }

    /// <summary>A name read from capitalised words after the end of a sentence ("Saturday.¶The Canadian Union of …"): the name
    /// after that end, without its article.</summary>
    static string Past(string name)
    {
        var end = Math.Max(name.LastIndexOf('\n'), name.LastIndexOf(". ", StringComparison.Ordinal) is var stop and >= 0 && stop > 2 && char.IsLower(name[stop - 1]) ? stop + 1 : -1);
        name = end >= 0 ? name[(end + 1)..].Trim() : name;
        return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
    }

    /// <summary>Words that describe the body named right after them ("the consulting firm Oxford Economics", "the nonpartisan
    /// Congressional Budget Office"), or say who made a thing ("compiled by Real Clear Politics").</summary>
    static readonly HashSet<string> BodyDescribers = new(StringComparer.Ordinal)
    {
        "by", "firm", "group", "organization", "organisation", "agency", "tank", "company", "consultancy", "pollster", "broadcaster", "newspaper",
        "network", "outlet", "watchdog", "nonprofit", "non-profit", "charity", "nonpartisan", "non-partisan", "bipartisan", "conservative", "liberal",
        "progressive", "left-leaning", "right-leaning", "conservative-leaning", "liberal-leaning", "independent", "advocacy", "lobby",
    };

    /// <summary>Bodies an article calls by their kind after naming them ("the agency", "the department").</summary>
    /// <summary>
    /// The noun of a body that a speaker left unresolved stands for ("company" of "company", "authority" of "health authority"),
    /// and whether it is a business's ("the company", "the airline"), which no union or public body can be; null where the speaker is
    /// no such description ("the parent company" is another body).
    /// </summary>
    internal static (string Noun, bool Business)? BodyDescribed(string speaker)
    {
        var words = speaker.Split(' ');
        // ("the grocery and pharmacy giant", "the oil and gas producer": two fields joined before the noun.)
        if (words is [_, "and", _, _]) words = [words[2], words[3]];
        if (words.Length > 2 || words.Any(w => w.Length == 0 || !w.All(c => char.IsLower(c) || c == '-')) || words.Length == 2 && OtherBody.Contains(words[0])) return null;
        var noun = words[^1];
        if (!OrganisationNouns.Contains(noun) && !BodyNouns.Contains(noun)) return null;
        return (noun, OrganisationNouns.Contains(noun) && noun is not ("union" or "university" or "hospital" or "museum" or "library" or "zoo" or "gallery" or "institute" or "foundation" or "charity" or "society"
            or "organization" or "organisation"));
    }

    /// <summary>"CEO of the Halifax International Airport Authority": the body's name without the office written before it ("President and
    /// CEO of …" too).</summary>
    static string[] WithoutOffice(string[] runWords)
    {
        var of = Array.IndexOf(runWords, "of");
        if (of < 1 || of + 2 >= runWords.Length || !runWords[..of].All(w => w is "CEO" or "CFO" or "COO" or "and" || People.Titles.Contains(w))) return runWords;
        return runWords[of + 1] is "the" ? runWords[(of + 2)..] : runWords[(of + 1)..];
    }

    /// <summary>Whether a body's name holds a word of a kind of body other than the noun ("City of Yellowknife" for "the hospital"),
    /// a kind's other names allowed ("Canada Border Services Agency" or "Parole Board" is no "agency" of another kind only by name).</summary>
    internal static bool OfOtherKind(string body, string noun) =>
        body.Split(' ').Any(w => KindWords.Contains(w) && !w.Equals(noun, StringComparison.OrdinalIgnoreCase) && !(Kinds.TryGetValue(noun, out var names) && names.Contains(w))
            // (Any public body is "the agency": "the State Department said …. “…,” the agency said".)
            && !(noun == "agency" && w is "Department" or "Ministry" or "Board" or "Office" or "Police" or "Council"));

    static readonly HashSet<string> KindWords = new(StringComparer.Ordinal)
    {
        "City", "Town", "Village", "County", "Province", "Government", "Hospital", "University", "College", "School", "Union", "Association", "Federation",
        "Police", "Service", "Services", "Agency", "Commission", "Board", "Department", "Ministry", "Council", "Society", "Foundation", "Institute", "Bank",
        "Corporation", "Company", "Authority", "Museum", "Library", "Airlines", "Airport", "Court", "Tribunal",
    };

    /// <summary>Words that make "the X company" another body than the one named: "the parent company", "the other union".</summary>
    static readonly HashSet<string> OtherBody = ["other", "parent", "rival", "former", "competing", "sister", "new", "previous", "opposing", "national", "local",
        "second", "another", "holding", "subsidiary", "umbrella", "federal", "provincial", "municipal", "editorial", "task"];

    /// <summary>Whether "Canada" in a name is the federal government's ("Health Canada", "Fisheries and Oceans Canada", "Canada"), not a
    /// company's ("Air Canada", "Bell Canada", "Canada Goose").</summary>
    internal static bool FederalCanada(string name) =>
        name.Split(' ') is var words && words[^1] == "Canada" && words[..^1].All(w => w is "and" or "of" or "the" or "Government" || FederalFields.Contains(w));

    /// <summary>The fields federal departments are named by before "Canada" ("Fisheries and Oceans Canada", "Transport Canada").</summary>
    static readonly HashSet<string> FederalFields = new(StringComparer.Ordinal)
    {
        "Health", "Transport", "Fisheries", "Oceans", "Environment", "Climate", "Change", "Public", "Safety", "Global", "Affairs", "Justice",
        "Finance", "Employment", "Social", "Development", "Immigration", "Refugees", "Citizenship", "Indigenous", "Services", "Natural",
        "Resources", "Agriculture", "Agri-Food", "Innovation", "Science", "Economic", "Canadian", "Heritage", "Veterans", "Defence",
        "Infrastructure", "Housing", "Communities", "Procurement", "Crown-Indigenous", "Relations", "Northern", "Women", "Gender", "Equality", "Statistics", "Parks", "Sport", "Library", "Archives",
    };

    /// <summary>"Alberta's energy regulator", "B.C.'s police watchdog": a place's body described in lower case.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<place>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+(?<what>(?:[a-z]+\s){0,3}(?<noun>[a-z]+))$")]
    private static partial Regex PlacesBody();

    /// <summary>Bodies' last words, for a place's body described in lower case and a headline's bare body.</summary>
    static readonly HashSet<string> BodyWords = ["regulator", "agency", "authority", "board", "commission", "ministry", "department", "council", "service",
        "watchdog", "ombudsman", "utility", "tribunal", "corporation"];

    static readonly HashSet<string> BodyNouns = ["agency", "department", "ministry", "commission", "board", "authority", "association", "federation", "council", "service", "office", "force", "branch", "tribunal",
        "centre", "center", "unit", "division", "district"];

    /// <summary>The names a kind of body goes by: a teachers' federation is a union ("the union says" after "the B.C. Teachers'
    /// Federation"), a service an agency.</summary>
    static readonly Dictionary<string, string[]> Kinds = new(StringComparer.Ordinal)
    {
        ["union"] = ["Union", "Federation", "Alliance", "Guild", "Association"], // "the Air Line Pilots Association", "the Ontario Nurses' Association"
        // ("The Toronto Transit Commission will reduce service …, the agency confirmed": a commission, an authority or a Crown
        // corporation is an agency too.)
        ["agency"] = ["Agency", "Service", "Services", "Commission", "Authority", "Corporation"],
        ["department"] = ["Department", "Ministry"],
        ["ministry"] = ["Ministry", "Department"],
    };

    /// <summary>The team named before a player's or a coach's role in the text before a position ("Vancouver Canucks goaltender …"), or,
    /// in a sentence's own words, right after it ("…, the team announced" in the sentence naming the Canucks' goaltender).</summary>
    static string? TeamBefore(string text, int position)
    {
        var from = Math.Max(0, People.SentenceStart(text, position) - 3000);
        var end = text.IndexOf('\n', position) is var nl and > 0 ? nl : text.Length;
        string? found = null;
        foreach (var m in Team().EnumerateMatches(text.AsSpan(from, end - from)))
        {
            // The capitalised words before the role: "Edmonton Oilers" of "Edmonton Oilers head coach".
            var teamWords = text.Substring(from + m.Index, m.Length).Split(' ').TakeWhile(w => char.IsUpper(w[0])).ToArray();
            if (teamWords.Length >= 2 && teamWords[^1].EndsWith('s') && !Lexicon.NotPerson.Contains(teamWords[^1])) found = string.Join(' ', teamWords);
        }
        // "The Toronto Maple Leafs have fired head coach …, the team announced": the team a sentence opens with.
        if (found is null && TeamOpening().Match(text, from, position - from) is { Success: true } opening && !Lexicon.NotPerson.Contains(opening.Groups[1].Value.Split(' ')[^1]))
            found = opening.Groups[1].Value;
        return found;
    }

    [GeneratedRegex(@"(?<![\w.])[Tt]he ((?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w'’-]*s) (?:have|has|had|will|are|were|announced|signed|traded|fired|placed|acquired|beat|lost|won|named|hired)\b", RegexOptions.RightToLeft)]
    private static partial Regex TeamOpening();

    [GeneratedRegex(@"(?<![\w.])(?:[A-Z][\w.'’-]+ ){2,3}(?:goaltender|goalie|forward|defenceman|defenseman|centre|winger|captain|head coach|coach|general manager|quarterback|pitcher|shortstop|striker|midfielder|guard)\b")]
    private static partial Regex Team();

    /// <summary>"The company also said …" paragraphs after "Loblaw Companies Ltd. says …": the last incorporated name written in the
    /// few thousand characters before.</summary>
    static string? IncorporatedBefore(string text, int position)
    {
        var from = Math.Max(0, position - 3000);
        string? found = null;
        foreach (var m in Incorporated().EnumerateMatches(text.AsSpan(from, position - from))) found = text.Substring(from + m.Index, m.Length);
        return found is not null && found.StartsWith("The ", StringComparison.Ordinal) ? found[4..] : found;
    }

    [GeneratedRegex(@"(?:[A-Z][\w&'’-]*\s){1,4}(?:Inc|Ltd|Corp|Co|Limited|Corporation|Incorporated)\b\.?")]
    private static partial Regex Incorporated();

    [GeneratedRegex(@"\b(?:obtained|seen|reviewed|viewed|acquired|received)\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObtainedBy();

    /// <summary>The last organisation named in the text before a position, within its sentence and the one before (300 characters
    /// at most, one paragraph): a run of capitalised words with an organisation's word in it that is not only a place.</summary>
    internal static string? OrganisationBefore(string text, int position)
    {
        var from = Math.Max(0, position - 300);
        var paragraph = text.LastIndexOf('\n', Math.Max(0, position - 1));
        if (paragraph >= from) from = paragraph + 1;
        string? last = null;
        // ("the National Golf Foundation. Almost 650 courses …": a run crossing a sentence's end is a name in each sentence.)
        foreach (Match m in OrganisationRun().Matches(text[from..position]))
        foreach (var piece in SentenceBreak().Split(m.Value))
        {
            if (piece.Length == 0) continue;
            var run = piece.EndsWith("'s", StringComparison.Ordinal) || piece.EndsWith("’s", StringComparison.Ordinal) ? piece[..^2]
                : piece.EndsWith('.') && piece.Length > 2 && char.IsLower(piece[^2]) ? piece[..^1] : piece;
            var runWords = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // ("A Vancouver startup": an article and a place name nobody; "On Tuesday": a day.)
            if (People.IsFunctionWord(runWords[0])) runWords = runWords[1..];
            runWords = WithoutOffice(runWords);
            if (runWords.Length < 2 || runWords.All(w => w.All(c => char.IsUpper(c) || !char.IsLetter(c)))) continue; // "MONTREAL —", "WINNIPEG"
            // ("In a letter to tenants obtained by The Canadian Press, the company said": the outlet that obtained the letter is not the
            // company whose letter it is.)
            if (ObtainedBy().IsMatch(text.AsSpan(Math.Max(0, from + m.Index - 30), Math.Min(30, from + m.Index)))) continue;
            // ("Stellantis will cut the third shift at its Windsor Assembly Plant …, the company confirmed": what the company owns is
            // not the company.)
            if (text.AsSpan(Math.Max(0, from + m.Index - 6), Math.Min(6, from + m.Index)).EndsWith("its ", StringComparison.Ordinal)
                || text.AsSpan(Math.Max(0, from + m.Index - 6), Math.Min(6, from + m.Index)).EndsWith("their ", StringComparison.Ordinal)) continue;
            if (runWords.Any(w => Lexicon.NotPerson.Contains(w) && !PlaceWords.Contains(w) && !Nationalities.Contains(w))
                // ("Hockey Canada has settled …, the organization confirmed": a national body, a word that is no place's before "Canada".)
                || runWords is [var national, "Canada"] && !PlaceWords.Contains(national) && !Nationalities.Contains(national) && !Lexicon.IsGivenName(national)
                // ("The Saskatchewan Serious Incident Response Team confirmed …. Its executive director, …": a body of three words or more
                // named a team or a unit.)
                || runWords.Length >= 3 && runWords[^1] is "Team" or "Unit" && !runWords.Any(Lexicon.IsGivenName)
                // ("The complaint was filed by the Hamilton Roundtable for Poverty Reduction. Its director, …": a name with "for" inside.)
                || runWords.Length >= 4 && Array.IndexOf(runWords, "for") is var forAt and > 1 && forAt < runWords.Length - 1 && !Lexicon.IsGivenName(runWords[0]))
                last = string.Join(' ', runWords);
        }
        // ("Toronto-based artificial intelligence company Cohere has raised …, the company said": a name of one word after the noun.)
        last ??= NameAfterNoun(text[from..position], "company|firm|startup|start-up|airline|carrier|retailer|lender|insurer|automaker|manufacturer|producer|developer|chain|grocer");
        // ("Stellantis will cut the third shift …, the company confirmed": a one-word name opening the sentence, as its subject.)
        if (last is null && CompanySubject().Match(text, from, position - from) is { Success: true } subject
            && !Lexicon.IsGivenName(subject.Groups[1].Value) && !People.IsPlace(subject.Groups[1].Value) && !People.Titles.Contains(subject.Groups[1].Value)
            && !People.IsFunctionWord(subject.Groups[1].Value) && !Lexicon.Weekdays.Contains(subject.Groups[1].Value) && !Lexicon.Months.Contains(subject.Groups[1].Value)
            && !PlaceWords.Contains(subject.Groups[1].Value) && !Nationalities.Contains(subject.Groups[1].Value)
            // (A name, not a common noun opening its sentence, "Staff will be moved …": a lede's subject after its dateline, or a word
            // written with its capital inside a sentence somewhere.)
            && (subject.Value.Contains('—') || CapitalisedInside(text, subject.Groups[1].Value)))
            last = subject.Groups[1].Value;
        // ("Hydro-Québec customers will see …, the Crown corporation confirmed": a name of one hyphenated word.)
        if (last is null && HyphenatedBody().Match(text[from..position]) is { Success: true } joined && Lexicon.NotPerson.Contains(joined.Groups[1].Value)) last = joined.Value;
        // ("The tenants were represented by the Comité logement Côte-des-Neiges. Its co-ordinator, …": a French body's name, its words in
        // lower case, up to the stop.)
        if (last is null && FrenchBody().Matches(text[from..position]) is { Count: > 0 } french) last = french[^1].Groups[1].Value;
        // ("The shelter is run by the non-profit group Humanity Project. Its founder, …": a body named after its kind.)
        if (last is null && GroupNamed().Matches(text[from..position]) is { Count: > 0 } grouped && !Lexicon.IsGivenName(grouped[^1].Groups[2].Value.Split(' ')[0]))
            last = grouped[^1].Groups[2].Value;
        // ("Members of the Elementary Teachers' Federation of Ontario have voted …, the union said": the body, not its members.)
        return last is not null && MembersOf().Match(last) is { Success: true } members ? members.Groups[1].Value : last;
    }

    /// <summary>A French body's name after "the", its words after the first in lower case or capitalised, up to a stop or comma:
    /// "the Comité logement Côte-des-Neiges", "the Conseil du patronat du Québec".</summary>
    [GeneratedRegex(@"\b[Tt]he ((?:Comité|Conseil|Fédération|Regroupement|Syndicat|Ordre|Collège|Centrale|Confédération|Société|Institut|Office|Front|Bureau|Association(?= de))(?:\s+[\p{L}'’-]+){1,6}?)(?=[.,;:]\s|[.,;:]?$)")]
    private static partial Regex FrenchBody();

    /// <summary>
    /// An office before a name set off by commas, with its title capitalised: "Ontario's Minister of Colleges", "the Deputy
    /// Minister for Health", "B.C.'s Chief Coroner" (after "the" or a possessive, at most two lower-case words, then
    /// capitalised words up to "of", "for" or the end, one of them a title).
    /// </summary>
    static bool TitledOffice(string head)
    {
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        if (words.Length > 0 && words[0] is "the" or "The") k = 1;
        else
        {
            while (k < Math.Min(words.Length, 4) && !(words[k].EndsWith("'s", StringComparison.Ordinal) || words[k].EndsWith("’s", StringComparison.Ordinal))) k++;
            if (k >= Math.Min(words.Length, 4)) return false;
            k++;
        }
        for (var lower = 0; k < words.Length && lower < 2 && char.IsLower(words[k][0]); lower++) k++;
        var titled = false;
        var capitals = 0;
        for (; k < words.Length && char.IsUpper(words[k][0]); k++, capitals++) titled |= People.Titles.Contains(words[k]);
        return titled && capitals is > 0 and <= 3 && (k == words.Length || words[k] is "of" or "for");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:gave|gives|give)\s+(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+([A-Z][\w'’-]+)|\bidentified\s+only\s+(?:by\s+(?:her|his|their)\s+first\s+name\s*,?\s*)?(?:as\s+)?([A-Z][\w'’-]+)")]
    private static partial System.Text.RegularExpressions.Regex GaveName();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:the|a|an|its|their)\s+((?:[a-z-]+\s+){0,2}(?:statement of claim|lawsuit|suit|complaint|affidavit|petition|statement of defence))$")]
    private static partial System.Text.RegularExpressions.Regex CourtFiling();

    /// <summary>"RBC, Hill's bank", "Royal Bank of Canada, her bank": a body's name, then whose body it is (group 1 the name).</summary>
    [GeneratedRegex(@"^([A-Z][\w&.'’-]*(?:\s+(?:of|and|&|[A-Z][\w&.'’-]*)){0,6}),\s+(?:[A-Z][\w'’-]*['’]s|her|his|their)\s+(?:[a-z-]+\s+)?(?:bank|company|employer|insurer|landlord|airline|carrier|lender|provider|utility|school|hospital|union|firm|developer|builder|contractor|retailer|grocer|pharmacy|store|broadcaster|manufacturer|automaker|property\s+manager|management\s+company)$")]
    private static partial Regex BodySetOffAsSomeones();

    /// <summary>An organisation's name set off by commas: capitalised words ("Unifor", "the Heiltsuk Nation", "Doctors Without Borders").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|without|the|[A-Z][\w.&'’-]*))*(?:\s+\d+[A-Z]?)?$")]
    private static partial System.Text.RegularExpressions.Regex OrganisationName();

    static readonly HashSet<string> Dates = new([.. Lexicon.Weekdays, .. Lexicon.Months], StringComparer.OrdinalIgnoreCase);

    public static string ResolveSource(TextSpan source, string text, People people, Attribution? previous) =>
        Tidy(ResolveWhole(source, text, people, previous));

    static string FirstWordOf(string s) => s.IndexOf(' ') is var sp and > 0 ? s[..sp] : s;

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:[Aa]dvocacy|[Ll]obby|[Ww]atchdog|[Ee]nvironmental|[Cc]ommunity|[Tt]enants'?|[Pp]atients'?|[Cc]onsumer|[Rr]ights|[Ii]ndustry|[Bb]usiness|[Aa]nti-poverty|[Ff]armers'?|[Pp]arents'?)\s+(?:group|organization|organisation|coalition|network|association)|[Tt]hink\s+tank|[Cc]harity|[Nn]on-?profit|[Ww]atchdog|[Dd]eveloper|[Bb]uilder|[Cc]ontractor|[Rr]etailer|[Gg]rocer|[Ii]nsurer)\s+(?=\p{Lu})")]
    private static partial Regex KindOfBody();

    /// <summary>A sentence opening with people in the plural ("Dozens of Regina homeowners", "Parents at a Surrey school"), after a
    /// dateline.</summary>
    [GeneratedRegex(@"\G\s*(?:(?:[A-Z][A-Za-z .,'’-]*\s)?—\s*)?((?:(?:Dozens|Hundreds|Thousands|Many|Some|Several|Most)\s+of\s+(?:the\s+)?|(?:(?:Nearly|About|Almost|Roughly|Around|Over|More than|Some)\s+)?\d[\d,]*\s+)?(?:[A-Z][\w.'’-]*\s+|[a-z][\w'’-]*\s+){0,3}(?:residents|homeowners|tenants|parents|families|workers|employees|members|students|patients|neighbours|neighbors|owners|farmers|fishermen|nurses|teachers|doctors|relatives|advocates|drivers|riders|commuters|voters|shoppers|customers|retirees|seniors|landlords|renters|growers|harvesters|merchants|miners|firefighters|paramedics|officers|volunteers|protesters|demonstrators|survivors|victims|fans|athletes|players|passengers|travellers|travelers|evacuees|retailers|physicians|pharmacists|educators|experts|scientists|researchers|economists|analysts|critics|officials|groups|organizations|organisations|unions))\b(?![,’'])")]
    private static partial Regex PluralSubject();

    /// <summary>People in the plural opening the sentence a position is in, before it; else null.</summary>
    static string? OpeningGroup(string text, int position)
    {
        var start = People.SentenceStart(text, position);
        return PluralSubject().Match(text, start, position - start) is { Success: true } group ? group.Groups[1].Value
            : FamilySubject().Match(text, start, position - start) is { Success: true } family ? family.Groups[1].Value : null;
    }

    /// <summary>"A Regina family of five lost their home …, and they say …": one family, spoken of in the plural.</summary>
    [GeneratedRegex(@"\G\s*(?:(?:[A-Z][A-Za-z .,'’-]*\s)?—\s*)?An?\s+((?:[A-Z][\w.'’-]*\s+){1,2}(?:family|couple)(?:\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?)\b")]
    private static partial Regex FamilySubject();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][\w'’-]+)$")]
    private static partial Regex JointNames();

    [GeneratedRegex(@"\n\s*([A-Z][a-z]+ (?:and|&) [A-Z][a-z]+ [A-Z][\w'’-]+)\b")]
    private static partial Regex CoupleNamed();

    /// <summary>"Linda and Raj Mehta": two people of one surname, each by a given name, named as one; else null.</summary>
    static string? Joint(string phrase) =>
        JointNames().Match(phrase) is { Success: true } m && (Lexicon.IsGivenName(m.Groups[1].Value) || Lexicon.IsGivenName(m.Groups[2].Value))
        && new[] { m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value }.All(w => !Lexicon.NotPerson.Contains(w) && !People.IsPlace(w) && !People.IsFunctionWord(w))
            ? $"{m.Groups[1].Value} and {m.Groups[2].Value} {m.Groups[3].Value}" : null;

    static string? CoupleNext(TextSpan source, string text) =>
        source.Start < 500 && source.Text.TrimEnd().EndsWith(" couple", StringComparison.Ordinal)
        && CoupleNamed().Match(text, source.End, Math.Min(400, text.Length - source.End)) is { Success: true } named ? Joint(named.Groups[1].Value) : null;

    /// <summary>"Omaha-based Datastream Inc" is "Datastream Inc.": where a company is based is no part of its name, and its
    /// "Inc." keeps the stop a sentence's end took.</summary>
    internal static string Tidy(string speaker)
    {
        if (speaker.IndexOf(' ') is var space and > 0 && speaker[..space].EndsWith("-based", StringComparison.Ordinal) && space + 1 < speaker.Length && char.IsUpper(speaker[space + 1]))
            speaker = speaker[(space + 1)..];
        // "Advocacy group Ma place au travail", "the think tank C.D. Howe Institute": the kind of body before its name.
        if (KindOfBody().Match(speaker) is { Success: true } kind && kind.Length < speaker.Length) speaker = speaker[kind.Length..];
        // "the province's Financial Accountability Office", "city's Ombudsman": whose it is, before the body's own name.
        if (OwnedBodyName().Match(speaker) is { Success: true } owned) speaker = speaker[owned.Length..];
        return speaker.EndsWith(" Inc", StringComparison.Ordinal) || speaker.EndsWith(" Ltd", StringComparison.Ordinal) || speaker.EndsWith(" Corp", StringComparison.Ordinal) ? speaker + "." : speaker;
    }

    [GeneratedRegex(@"^(?:[Aa] )?(?:[Mm]other|[Ff]ather|[Mm]om|[Dd]ad|[Gg]randmother|[Gg]randfather|[Pp]arent|[Mm]um) of (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)+)$")]
    private static partial Regex ParentOfCount();

    /// <summary>"A spokesperson for Children, Community and | Social Services Minister …": who speaks for someone, before a
    /// source read from inside the portfolio's list.</summary>
    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he)\s+(?:spokesperson|spokesman|spokeswoman|press secretary)\s+for\s+(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)+$")]
    private static partial Regex AgentBeforeList();

    /// <summary>A name opening a sentence before "is" or an age: "Karen, 51, is", "Karen Wilson-Hall is".</summary>
    [GeneratedRegex(@"\G\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?:, \d{1,3},)? (?:is|was)\b")]
    private static partial Regex SubjectName();

    /// <summary>"A briefing note prepared for ", "a memo sent to ": a document, and whom it was for, right before a source.</summary>
    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he)\s+((?:[\w-]+\s+){0,2}?(?:note|memo|memorandum|report|letter|email|e-mail|document|presentation|brief|deck))\s+(?:prepared|written|sent|addressed|submitted|given|drafted)\s+(?:for|to)\s+$")]
    private static partial Regex DocumentFor();

    /// <summary>"a spokesperson for the Regroupement des comités logement …", "president of Fair Vote Canada": whom a person speaks for,
    /// named; or a group named with its kind.</summary>
    [GeneratedRegex(@"\b(?:(?:spokesperson|spokesman|spokeswoman|president|director|co-ordinator|coordinator|organizer|organiser|founder|chair|head)\s+(?:for|of|with)|(?:group|organization|organisation|coalition))\s+(?:the\s+)?(?<name>[A-Z][\w'’-]*(?:\s+(?:(?:de|des|du|la|le|of|for|and|et|on)\s+)?[A-Z\w][\w'’-]*){0,9}?)(?=,|\.|;|\s+\([A-Z][\w-]*\)|\s+said\b|\s+says\b|\s+told\b|$)")]
    private static partial Regex SpokeFor();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?:province|city|country|town|region|territory|government|state|nation)['’]s\s+(?=[A-Z][\w'’-]+\s+[A-Z])")]
    private static partial Regex OwnedBodyName();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?([A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)\s+family$")]
    private static partial Regex FamilyNamed();

    /// <summary>The lower-case noun phrase after a possessive, up to a comma: " auditor general".</summary>
    [GeneratedRegex(@"\G(?: [a-z][\w-]*){1,4}(?=,)")]
    internal static partial Regex PossessedAfter();

    /// <summary>"One of the sources said …": the group the first of two unnamed people belongs to.</summary>
    [GeneratedRegex(@"\b[Oo]ne of (?:the|those|these|two|three|both|his|her|their)\s+(?:[a-z]+\s+){0,2}?(?<many>[a-z]+s)\b")]
    private static partial Regex OneOfMany();

    static string ResolveWhole(TextSpan source, string text, People people, Attribution? previous)
    {
        // "A report by the province's | auditor general, titled …": a source cut after its possessive runs on to its noun.
        if (source.Length > 3 && (source.Text.EndsWith("'s", StringComparison.Ordinal) || source.Text.EndsWith("’s", StringComparison.Ordinal))
            && PossessedAfter().Match(text, source.End) is { Success: true } possessed)
            source = TextSpan.Of(text, source.Start, source.End + possessed.Length);
        // "The family of a 72 | -year-old woman who was struck …": a source cut at a hyphen runs on over the word and the noun it describes.
        if (source.Length > 0 && source.End + 1 < text.Length && text[source.End] == '-' && HyphenRest().Match(text, source.End) is { Success: true } rest && rest.Index == source.End)
            source = TextSpan.Of(text, source.Start, source.End + rest.Length);
        // "Lawyers for the convoy organizers, including Tamara Lich and Chris Barber, say …": the lawyers, not the last of those they act
        // for. ("Several candidates, including Trump, said" lists those who spoke: Trump.)
        if (source.Text.IndexOf(", including ", StringComparison.Ordinal) is var including and > 0 && ActsFor(source.Text[..including]))
            source = TextSpan.Of(text, source.Start, source.Start + including);
        // ("…, a step the nation's president called “…”" before "Gaagwiis Jason Alsop, president of the Council of the Haida Nation, said":
        // a body's officer in the lede, whom the next sentence names with that role.)
        if (BodysOfficer().Match(source.Text) is { Success: true } officer && people.FirstAfter(source.End, 400) is { } officerNamed
            && StartsSentence(text, officerNamed.At, source.End) && SentencesEnded(text, source.End, officerNamed.At) <= 1
            && people.RoleAtFirstMention(officerNamed.Full) is { } officerRole && officerRole.Split(' ').Contains(officer.Groups[1].Value))
            return officerNamed.Full;
        // "the Hadhad family says …": the family, not the one of them named first.
        if (FamilyNamed().Match(source.Text) is { Success: true } family && !family.Groups[1].Value.EndsWith("'s", StringComparison.Ordinal) && !family.Groups[1].Value.EndsWith("’s", StringComparison.Ordinal)) return $"{family.Groups[1].Value} family";
        // "One of the sources said … The other said …": the other of them, not "other".
        if (source.Text is "The other" or "the other" && source.Start > 0
            && OneOfMany().Matches(text.Substring(Math.Max(0, source.Start - 400), Math.Min(400, source.Start))) is { Count: > 0 } ones)
            return $"The other of the {ones[^1].Groups["many"].Value}";
        if (source.Length > 0 && char.IsUpper(source.Text[0]) && source.Start > 0
            && AgentBeforeList().Match(text, Math.Max(0, source.Start - 120), Math.Min(120, source.Start)) is { Success: true } agentFor && agentFor.Value.Contains(',')
            && text.AsSpan(agentFor.Index, source.Start - agentFor.Index).IndexOfAny(".\n") < 0)
            return Resolve(TextSpan.Of(text, agentFor.Index, source.End), text, people, previous);
        // "Thet Naing May, | 58, a teacher, said": a source read from the age on is the person named right before it.
        if (source.Length > 3 && char.IsDigit(source.Text[0]) && AgeOpening().IsMatch(source.Text) && source.Start > 2
            && NameBeforeAge().Match(text, Math.Max(0, source.Start - 60), source.Start - Math.Max(0, source.Start - 60)) is { Success: true } ageAfter
            && people.Named(ageAfter.Groups[1].Value, ageAfter.Groups[1].Index, previous) is { } agedName) return agedName;
        // "The statement of claim, filed …, alleges": the court filing speaks (its plaintiffs are for the checker to name).
        if (CourtFiling().Match(source.Text) is { Success: true } filing) return filing.Groups[1].Value;
        // "The Fish, Food and Allied Workers union, which represents …": a body whose name lists with commas, read whole.
        if (ListedName().Match(text, source.Start) is { Success: true } listed && listed.Index == source.Start) return listed.Groups[1].Value;
        // ("Immigration, Refugees and Citizenship Canada said": a source read from after the list's first comma is the name whole.)
        if (source.Length > 0 && char.IsUpper(source.Text[0]) && PastDateline(text, People.SentenceStart(text, source.Start)) is var opens && opens < source.Start && source.Start - opens < 60
            && ListedName().Match(text, opens) is { Success: true } listedBefore && listedBefore.Index == opens && listedBefore.Index + listedBefore.Length >= source.End) return listedBefore.Groups[1].Value;
        // "the Oakville, Ont., native": the person just named (the commas are the place's, not an apposition's).
        if (source.Text.LastIndexOf(' ') is var lastSpace and > 0 && HomeNouns.Contains(source.Text[(lastSpace + 1)..]) && source.Text.Contains(',')
            && HomeBefore().IsMatch(source.Text.AsSpan(0, lastSpace + 1)) && people.LastBefore(source.Start) is { } home) return home;
        // "Linda and Raj Mehta say …": both of them.
        if (Joint(source.Text) is { } both) return both;
        // "A woman living at the encampment, who gave her name only as Crystal": the name she gave.
        if (GaveName().Match(source.Text) is { Success: true } gave) return gave.Groups[1].Success ? gave.Groups[1].Value : gave.Groups[2].Value;
        // "Obi, who advised the previous government, said": the relative clause is not who spoke; its "who" is. So where the
        // source read starts after the "who" ("Barnes, who | was named an all-star last season, | posted").
        if (source.Text.StartsWith("who ", StringComparison.Ordinal)) source = TextSpan.Of(text, source.Start, source.Start + 3);
        else if (source.Start > 6 && FirstWordOf(source.Text) is "was" or "is" or "has" or "had" or "were" or "are" or "have" && text.AsSpan(0, source.Start).TrimEnd().EndsWith(", who", StringComparison.Ordinal))
        {
            var who = text.AsSpan(0, source.Start).TrimEnd().Length - 3;
            source = TextSpan.Of(text, who, who + 3);
        }
        // "Maria, a cook who asked that her last name not be used, said": a description ending in its relative pronoun
        // describes the name set off before it.
        if (source.Length > 4 && source.Text.EndsWith(" who", StringComparison.Ordinal)) source = TextSpan.Of(text, source.Start, source.End - 4);
        // "RBC, Hill's bank, said …", "TD, her bank": the body named, which the apposition says is someone's.
        if (BodySetOffAsSomeones().Match(source.Text) is { Success: true } someones && !people.Known.Contains(someones.Groups[1].Value)) return someones.Groups[1].Value;
        if (NameSetOff(source, text, people, previous) is { } set) return set;
        // "Geneviève Guilbault, whose department is funding most of the project, said": the clause is about the person before it.
        if (source.Start > 0 && text.AsSpan(Math.Max(0, source.Start - 160), Math.Min(160, source.Start)).Contains(", whose ", StringComparison.Ordinal)
            && WhoseBefore().Match(text, Math.Max(0, source.Start - 160), Math.Min(160, source.Start)) is { Success: true } whose
            && people.Named(source.Text, source.Start, previous) is null && people.Named(whose.Groups[1].Value, whose.Groups[1].Index, previous) is { } owner)
            return owner;
        var head = AttributionExtractor.Head(text, source);
        if (head.Length < source.Length)
        {
            var headIsOutlet = OutletWords.Any(w => head.Text.Contains(w, StringComparison.OrdinalIgnoreCase));
            // A description before the name ("Carney's spokesperson, Emily Williams"; "a spokesperson for Premier Doug Ford,
            // Grace Lee"; "the union representing the workers, Unifor"): the name is who spoke, though the description names someone.
            var described = head.Text.LastIndexOf(' ') is var sp and > 0 && sp + 1 < head.Text.Length && char.IsLower(head.Text[sp + 1]) && Described().IsMatch(head.Text)
                            || (head.Text.Contains(" for ", StringComparison.Ordinal) || head.Text.Contains(" to ", StringComparison.Ordinal))
                            && SpeaksFor().Match(head.Text) is { Success: true } agent && Lexicon.Agents.Contains(agent.Groups[2].Value.ToLowerInvariant())
                            // An office written with capitals: "Ontario's Minister of Colleges and Universities, Jill Dunlop", "The Minister of Health, Jane Doe".
                            || TitledOffice(head.Text);
            if (headIsOutlet || described || people.Named(head.Text, head.Start) is null)
            {
                var segments = source.Text[(head.End - source.Start)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                foreach (var segment in segments.Reverse())
                    // "The letter, addressed to Health Minister Josie Osborne, says": whom it was sent to did not write it.
                    if (!Recipient().IsMatch(segment) && people.Named(segment, source.Start) is { } appositive) return appositive;
                if (described && !headIsOutlet && segments.FirstOrDefault(x => OrganisationName().IsMatch(x) && !Dates.Contains(x)) is { } organisation)
                    return organisation.StartsWith("the ", StringComparison.Ordinal) ? organisation[4..] : organisation;
            }
        }
        return Resolve(head, text, people, previous);
    }

    /// <summary>
    /// "Maria, a cook who asked that her last name not be used, said", "Grace, a member of the congregation, said", read
    /// without the name: a description opening with "a" is the name set off right before it.
    /// </summary>
    static string? NameSetOff(TextSpan description, string text, People people, Attribution? previous) =>
        (description.Text.StartsWith("a ", StringComparison.Ordinal) || description.Text.StartsWith("an ", StringComparison.Ordinal))
        && NameSetOffBefore().Match(text, Math.Max(0, description.Start - 60), Math.Min(60, description.Start)) is { Success: true } set
        && !People.IsFunctionWord(set.Groups[1].Value.Split(' ')[0]) && !People.Titles.Contains(set.Groups[1].Value)
            ? people.Named(set.Groups[1].Value, set.Groups[1].Index, previous) ?? set.Groups[1].Value
            : null;

    [GeneratedRegex(@"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}(?:official|source|officer|diplomat|insider|staffer|employee|member)\s+(?:in|at|with|inside|within|close\s+to|familiar\s+with)\s+\S")]
    private static partial Regex UnnamedInside();

    [GeneratedRegex(@"^[1-9][0-9]?,\s")]
    private static partial Regex AgeOpening();

    [GeneratedRegex(@"^\s+(?:testified|said|says|told|tells|recalled|recalls|described|describes|wept)\b")]
    private static partial Regex KinSpeaks();

    [GeneratedRegex(@"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*$")]
    private static partial Regex NameBeforeAge();

    [GeneratedRegex(@"^,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),")]
    private static partial Regex NameAfter();

    [GeneratedRegex(@"([A-Z][^,.;“”""]{1,80}), whose [^,.;“”""]*$")]
    private static partial Regex WhoseBefore();

    /// <summary>"Residents along René-Lévesque Boulevard", "business owners on Main Street": people of a place, not the place.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:some\s+|many\s+|other\s+|local\s+)?(?:residents|people|families|merchants|business\s+owners|owners|shopkeepers|parents|workers|neighbours|neighbors|tenants|farmers|students|commuters|drivers|fishers|fishermen)\s+(?:along|of|in|on|near|around|across|from)\s+(?:(?:the|a|nearby|neighbouring|neighboring|rural|downtown|northern|southern|eastern|western|east-end|west-end)\s+){0,3}(?-i:[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleOfPlace();

    [GeneratedRegex(@"(?<![\w’'-] ?)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}), $")]
    private static partial Regex NameSetOffBefore();

    [GeneratedRegex(@"^(?:addressed|sent|delivered|directed|copied|presented|submitted|mailed|emailed|handed|given)\s+(?:out\s+)?to\b")]
    private static partial Regex Recipient();

    /// <summary>Occupations a second reference names a person by ("The biologist, who runs the breeding program, says …").</summary>
    static readonly HashSet<string> Occupations =
    [
        "biologist", "scientist", "researcher", "economist", "professor", "historian", "physician", "doctor", "pediatrician", "surgeon",
        "nurse", "lawyer", "farmer", "teacher", "coach", "analyst", "engineer", "architect", "psychologist", "epidemiologist", "veteran",
    ];

    /// <summary>Players by position, as sports copy refers back to them ("the veteran winger", "the Swedish goaltender").</summary>
    static readonly HashSet<string> Positions =
    [
        "forward", "winger", "defenceman", "defenseman", "goaltender", "goalie", "netminder", "midfielder", "striker", "quarterback", "guard",
        "receiver", "pitcher", "shortstop", "outfielder", "infielder", "linebacker", "rookie", "blueliner", "sniper", "playmaker", "skater",
        "captain",
    ];

    static readonly HashSet<string> LedeNouns = ["officer", "director", "chief", "head", "judge", "executive", "founder", "commissioner", "auditor", "ombudsman", "coroner", "doctor", "administrator", "manager",
        "superintendent", "principal", "president", "chair", "mp", "mla", "mpp", "mna"];

    /// <summary>Whether a source, or the clause set off right after it, says the person is not named: "who spoke on background",
    /// "on condition of anonymity", "who was not authorized to speak publicly", "who asked not to be named".</summary>
    static bool KeptUnnamed(string text, TextSpan source)
    {
        var end = Math.Min(text.Length, source.End + 200);
        var stop = text.IndexOfAny(['.', '\n'], source.End) is var at and >= 0 ? Math.Min(at, end) : end;
        return Unnamed().IsMatch(text.AsSpan(source.Start, stop - source.Start));
    }

    /// <summary>Words saying a source is not named: "on background", "anonymity", "not authorized to", "not to be named".</summary>
    [GeneratedRegex(@"\bon background\b|\banonymity\b|\bnot authorized to\b|\bnot to be (?:named|identified)\b|\bnot be (?:named|identified)\b|\bdeclined to be (?:named|identified)\b|\bwithout being (?:named|identified)\b")]
    internal static partial Regex Unnamed();

    /// <summary>The person a lede's description means: the description in the article's opening lines with nobody else
    /// named before it (a headline may name the same person: "… as Henry urges caution"), and the next sentence opening
    /// with a full name.</summary>
    static string? NamedNext(TextSpan source, string text, People people) =>
        source.Start < 500 && FirstAfterOwnSentence(source, text, people) is { } next
        && (people.LastBefore(source.Start) is not { } before || before.Split(' ')[^1] == next.Full.Split(' ')[^1])
        && next.Full.Split(' ') is { Length: >= 2 } given && !given.Any(People.IsFunctionWord)
        && NoNameBefore(text, source.Start) && StartsSentence(text, next.At, source.End)
        // (The sentence right after: "Not everyone is convinced. Landlord Jim Ross said …" three sentences on is someone else.)
        && SentencesEnded(text, source.End, next.At) <= 1
        // ("A Saskatchewan man … says" before "Odelia Quewezance and her sister …": a woman is not the man described.)
        && !(LastWordOf(source.Text) is var described && (AnonymousSex(described) is { } sex and not '\0' ? sex : GenderedNoun(described)) is var ledeSex
             && ledeSex != '\0' && people.Gender(next.Full) is var nextSex && nextSex != '\0' && nextSex != ledeSex) ? next.Full : null;

    /// <summary>The first person named after a source, past those its own paragraph names as what the remark is about ("Nova Scotia's
    /// Opposition leader says Premier Tim Houston has broken …" before "Liberal Leader Derek Mombourquette said …").</summary>
    static (int At, string Full)? FirstAfterOwnSentence(TextSpan source, string text, People people)
    {
        if (people.FirstAfter(source.End, 400) is not { } next) return null;
        if (StartsSentence(text, next.At, source.End) || text.IndexOf('\n', source.End) is not (> 0 and var paragraphEnd) || paragraphEnd < next.At
            || paragraphEnd - source.End > 300) return next;
        return people.FirstAfter(paragraphEnd, 400 - (paragraphEnd - source.End)) is { } after ? (after.At, after.Full) : next;
    }

    static string LastWordOf(string s) => s.LastIndexOf(' ') is var sp and >= 0 ? s[(sp + 1)..].ToLowerInvariant() : s.ToLowerInvariant();

    /// <summary>The person a headline's description means where the lede describes them too: the first person named after the lede,
    /// opening the sentence right after it.</summary>
    static string? FirstNamedInLede(TextSpan headline, string text, People people) =>
        text.IndexOf('\n', headline.End) is var line and > 0 && text.IndexOfAny(['.', '\n'], text.IndexOf('—', line) is var dash and > 0 && dash - line < 60 ? dash : line + 2) is var ledeEnd and > 0
        && people.FirstAfter(ledeEnd, 300) is { } next && next.Full.Contains(' ') && StartsSentence(text, next.At, ledeEnd) ? next.Full : null;

    /// <summary>The person who opens the sentence right before a description's, named there in full and with no role (nobody else
    /// named or speaking since), or null.</summary>
    static string? NamedBareBefore(TextSpan source, string text, People people, Attribution? previous)
    {
        var here = People.SentenceStart(text, source.Start);
        // "Auston Matthews … agreed with his coach.¶“It's on us. It's on me,” the captain said": a paragraph opening with the words
        // and then the description opens its sentence too.
        var opened = QuotationOpensParagraph(text, source.Start);
        if (opened is not null) (here, previous) = (opened.Value, null);
        if (here < 2 || opened is null && text.AsSpan(here, source.Start - here).Trim().Length > 0
            || previous is not null && previous.Cue.End > here - 1 && previous.Cue.End <= source.Start) return null;
        while (here > 1 && char.IsWhiteSpace(text[here - 1])) here--;
        var before = PastDateline(text, People.SentenceStart(text, here - 1));
        return people.FirstAfter(before, here - before) is { } first && text.AsSpan(before).TrimStart().StartsWith(first.Full, StringComparison.Ordinal) && first.Full.Contains(' ') && people.LastBefore(source.Start) == first.Full
               && people.RoleAtFirstMention(first.Full) is null && !people.Roles.ContainsKey(first.Full) && FactCheck.Publishing.SpeakerKinds.Kind(first.Full) == FactCheck.Publishing.SpeakerKinds.Person
               // ("Daniel Okoro, 34, was found not guilty.¶“…,” the judge wrote": one things were done to is not who judged them.)
               && (text.Length - text.AsSpan(before).TrimStart().Length + first.Full.Length) is var nameEnd
               && !PassiveAfterName().IsMatch(text.AsSpan(nameEnd, Math.Min(200, text.Length - nameEnd)))
            ? first.Full : null;
    }

    /// <summary>Whether the last mention of a person before a position is the subject of a passive ("Elias Pettersson was sent home").</summary>
    static bool DoneTo(string text, People people, string person, int position) =>
        people.LastMentionBefore(position) is var (at, full) && full == person && full[(full.LastIndexOf(' ') + 1)..] is var surname
        && text.IndexOf(surname, at, StringComparison.Ordinal) is var written and >= 0 && written + surname.Length is var end && end <= position
        && PassiveAfterName().IsMatch(text.AsSpan(end, Math.Min(200, position - end)));

    /// <summary>A passive right after a name, past an aside set off by commas: ", 34, was found not guilty", " has been charged".</summary>
    [GeneratedRegex(@"^(?:\s*,[^,.\n]{1,120},)?\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be|is\s+being|was\s+being)\s+(?:[a-z]+ly\s+|not\s+)?(?:[a-z]+(?:ed|en|wn|ught)|found|held|told|sent|kept|left|hit|shot|struck|hurt|put|cut|paid|laid|led|met|sold|stuck|spun|won|lost|sworn)\b")]
    private static partial Regex PassiveAfterName();

    /// <summary>Where a paragraph opens, when it opens with a quotation that closes right before a position ("“…,” | the captain
    /// said"); else null.</summary>
    static int? QuotationOpensParagraph(string text, int position)
    {
        var k = position;
        while (k > 0 && text[k - 1] == ' ') k--;
        if (k < 3 || text[k - 1] is not ('”' or '"') || text[k - 2] is not (',' or '?' or '!')) return null;
        var paragraph = text.LastIndexOf('\n', k - 1) + 1;
        var open = paragraph;
        while (open < k && char.IsWhiteSpace(text[open])) open++;
        return open < k && text[open] is '“' or '"' && text.AsSpan(open + 1, k - open - 2).IndexOfAny("“”\"\n") < 0 ? paragraph : null;
    }

    /// <summary>How many sentences of the reporter's end between two positions: a full stop, question or exclamation mark before a
    /// capital, outside quotation marks, after no abbreviation or title ("U.S.", "Rep.").</summary>
    static int SentencesEnded(string text, int from, int to)
    {
        var ended = 0;
        var quoted = false;
        for (var i = from; i < to - 1; i++)
        {
            var c = text[i];
            if (c is '“' || c is '"' && !quoted) { quoted = true; continue; }
            if (c is '”' || c is '"' && quoted) { quoted = false; continue; }
            if (quoted || c is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[i + 1])) continue;
            var next = i + 1;
            while (next < to && char.IsWhiteSpace(text[next])) next++;
            if (next >= to || !char.IsUpper(text[next]) && text[next] is not ('"' or '“')) continue;
            var w = i;
            while (w > from && char.IsLetter(text[w - 1])) w--;
            if (c == '.' && (i - w <= 3 && w < i && char.IsUpper(text[w]) || w > 0 && text[w - 1] == '.' || People.Titles.Contains(text[w..i]))) continue;
            ended++;
        }
        return ended;
    }

    /// <summary>No two capitalised words in a row in the sentence before a position ("calling for Donald Trump to be banned after
    /// the U.S. presidential candidate …" names him there).</summary>
    static bool NoNameBefore(string text, int position)
    {
        var from = Math.Max(text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, position - 1)) + 1, position - 300);
        // ("The City of Ottawa", "the Confederation Line": an article or a word of places and bodies names no one.)
        foreach (Match m in TwoCapitalised().Matches(text[Math.Max(0, from)..position]))
            // ("Nova Scotia's largest union", "the Elbow River": a place's possessive names no one either, nor a river.)
            if (m.Groups[1].Value is var first && !People.IsFunctionWord(first) && !Lexicon.NotPerson.Contains(first)
                && (m.Groups[2].ValueSpan.EndsWith("'s") || m.Groups[2].ValueSpan.EndsWith("’s") ? m.Groups[2].Value[..^2] : m.Groups[2].Value) is var second
                && !Lexicon.NotPerson.Contains(second) && !People.PlaceEnds.Contains(second)) return false;
        return true;
    }

    [GeneratedRegex(@"\b([A-Z][a-z][\w'’-]*)\s+([A-Z][a-z][\w'’-]*)")]
    private static partial Regex TwoCapitalised();

    /// <summary>A capitalised word and up to three lower-case words ending in a role noun, right before a name ("Retired staff sergeant ").</summary>
    [GeneratedRegex(@"(?<![\w.’'-] ?)[A-Z][a-z]+(?: [a-z-]+){0,3}? ([a-z-]+)\s*$")]
    private static partial Regex LeadingRole();

    /// <summary>A comma and up to four lower-case words ending in a role noun, right before a name (", retired staff sergeant ").</summary>
    [GeneratedRegex(@",\s+(?:[a-z-]+ ){0,3}?([a-z-]+)\s*$")]
    private static partial Regex CommaRole();

    /// <summary>Whether a name opens a sentence after a position: only whitespace after a sentence's end between them and it.</summary>
    static bool StartsSentence(string text, int at, int after)
    {
        var k = at;
        while (true)
        {
            while (k > after && char.IsWhiteSpace(text[k - 1])) k--;
            // The given names before the surname mentioned ("Uzoma | Asagwara").
            var w = k;
            while (w > after && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or '-' or '\'' or '’')) w--;
            if (w < k && char.IsUpper(text[w]) && text[k - 1] != '.' && w > after && char.IsWhiteSpace(text[w - 1])) { k = w; continue; }
            break;
        }
        if (k > after && text[k - 1] is '.' or '!' or '?' or '"' or '”' && k < at) return true;
        // A headline's end, with no full stop ("… calls for protected bike lanes¶Jasmine Tran remembers …").
        if (k > after && k < at && text.AsSpan(k, at - k).Contains('\n')) return true;
        // "Retired staff sergeant Brian Rehill said …": a role written before the name opens the sentence.
        if (k > after && k <= at && LeadingRole().Match(text, Math.Max(after, k - 60), k - Math.Max(after, k - 60)) is { Success: true } role && People.IsRoleNoun(role.Groups[1].Value))
        {
            var opens = role.Index;
            while (opens > after && char.IsWhiteSpace(text[opens - 1])) opens--;
            if (opens > after && text[opens - 1] is '.' or '!' or '?' or '"' or '”') return true;
        }
        // ("Testifying before the inquiry on Thursday, retired staff sergeant Bruce Briers said": a role in lower case after a short
        // opening phrase.)
        else if (k > after && k <= at && CommaRole().Match(text, Math.Max(after, k - 60), k - Math.Max(after, k - 60)) is { Success: true } lower && People.IsRoleNoun(lower.Groups[1].Value))
            k = lower.Index + 1;
        // "SASKATOON — After 22 years as an emergency nurse, Karen Olson handed in her resignation": the subject after a short
        // opening phrase, with no other name in it.
        if (k <= after + 1 || text[k - 1] != ',') return false;
        var open = text.LastIndexOfAny(['.', '!', '?', '\n', '—'], k - 2);
        if (open < after || k - open > 120) return false;
        var phrase = text.AsSpan(open + 1, k - 1 - open - 1).Trim();
        return phrase.Length > 0 && phrase.IndexOf(',') < 0 && !TwoCapitalised().IsMatch(phrase) && phrase.Count(' ') < 12;
    }

    /// <summary>Whether a position is in a headline: the text's first line, with no paragraph before it and no full stop ending it.</summary>
    static bool InHeadline(string text, int at)
    {
        var end = text.IndexOf('\n');
        return end > at && text.AsSpan(0, end).TrimEnd() is var line && line.Length > 0 && line[^1] is not ('.' or '"' or '”');
    }

    /// <summary>"The province's health minister", "the chief public health officer": one person described by office. ("Canada's
    /// chief public health officer" is read before, as a possessive.)</summary>
    static bool Lede(string[] words, string head) =>
        words.Length > 1 && ((Lexicon.PersonNouns.Contains(head) || LedeNouns.Contains(head)) && words[0].ToLowerInvariant() is "the"
                             // "A Surrey mother says …", "An Ottawa man says …", named in the next sentence.
                             || LedePeople.Contains(head) && words[0].ToLowerInvariant() is "a" or "an"
                             // ("The owner of the Ottawa Senators says …", read up to "of".)
                             || LedePeople.Contains(head) && words is ["The" or "the", _]
                             // "… has ratified a new contract that its president says will …" before "Janet Hazelton, president of the …".
                             || LedeNouns.Contains(head) && words is ["its" or "their", _]);

    [GeneratedRegex(@"\b[Aa]n? (spokesperson|spokesman|spokeswoman|representative|official) for ((?:the )?[A-Z][\w.'’-]*(?: (?:and |of |for |the )*[A-Z][\w.'’-]*)*)")]
    private static partial Regex AgentFor();

    /// <summary>Offices a lede may describe before the article names who holds them.</summary>
    static readonly HashSet<string> LedeOffices = ["minister", "premier", "mayor", "councillor", "senator", "judge", "justice", "coroner", "commissioner", "professor", "economist", "ombudsman", "auditor"];

    /// <summary>People a lede describes before the next sentence names them.</summary>
    /// <summary>Nouns of a body a lede may describe before naming it: "a rescue group", "an advocacy organization".</summary>
    static readonly HashSet<string> LedeBodies = ["group", "organization", "organisation", "coalition", "association", "society", "network", "foundation", "charity", "alliance", "institute", "council"];

    /// <summary>A body's name with its noun in it: "the Group for Research and Education on Marine Mammals", "the Canadian Cancer Society".</summary>
    [GeneratedRegex(@"(?:the )?(?<name>(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|on|and|the)\s+)*)*(?<noun>Group|Organization|Organisation|Coalition|Association|Society|Network|Foundation|Charity|Alliance|Institute|Council)(?:\s+(?:(?:of|for|on|and|the)\s+)+[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w.'’-]*)*)?)")]
    private static partial Regex BodyNamed();

    /// <summary>"CNN Disputes Characterization Of Network": a title-cased heading, its little words capitalised, is no body's name.</summary>
    static bool TitleCased(string name) => name.Split(' ').Skip(1).Any(w => w is "Of" or "For" or "On" or "And" or "The" or "To" or "In" or "A");

    static readonly HashSet<string> LedePeople =
    [
        "mother", "father", "mom", "dad", "parent", "man", "woman", "resident", "teen", "teenager", "student", "nurse", "doctor", "farmer",
        "worker", "owner", "driver", "grandmother", "grandfather", "widow", "senior", "veteran", "patient", "tenant", "landlord", "teacher",
        "officer", "guard", "paramedic", "firefighter", "judge", "mp", "mla", "mpp", "mna",
        "cyclist", "pedestrian", "motorist", "passenger", "survivor", "homeowner", "renter", "hiker", "commuter", "caregiver",
        // ("A former RCMP staff sergeant says …" before "…, retired staff sergeant Bruce Briers said".)
        "sergeant", "constable", "corporal", "inspector", "lawyer", "councillor", "mayor", "pilot", "soldier", "employee", "manager",
        "fan", "volunteer", "shopper", "customer", "neighbour", "neighbor", "witness", "bystander",
        // ("A former Hockey Canada executive told a court …" before "Glen McCurdie, who was vice-president …, testified".)
        "executive",
    ];

    [GeneratedRegex(@"\G\s*((?:His|Her) (?:husband|wife|son|daughter|mother|father|brother|sister))\b")]
    private static partial Regex RelativeOpening();

    [GeneratedRegex(@"^(?:Members|Workers|Employees|Staff|Leaders|Officials|Supporters) of (?:the )?([A-Z].+)$")]
    private static partial Regex MembersOf();

    [GeneratedRegex(@"\G(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+,?\s+and\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:union|Union|Association|Federation|Council|Society|Alliance|Coalition|Guild|Canada))\b")]
    internal static partial Regex ListedName();

    /// <summary>"the family of Aaliyah Singh": group 1 what they are to whom (a word of <see cref="Lexicon.SpeakForOthers"/> where the
    /// caller asks for one), 2 whom, by name.</summary>
    [GeneratedRegex(@"\b[Tt]he\s+([a-z]+)\s+(?:of|for)\s+(\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+){1,2})\b")]
    private static partial Regex KinNamed();

    [GeneratedRegex(@"^\d{1,3}-year-old$")]
    private static partial Regex Aged();

    /// <summary>Words for where a person is from, which stand for the person just named: "the Oakville, Ont., native".</summary>
    internal static readonly HashSet<string> HomeNouns = ["native", "product", "resident"];

    /// <summary>"the Oakville, Ont., " or "the Toronto " right before "native": the start of a description of where someone is from.</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*(?:,\s+[A-Z][\w.]*,)?\s+$")]
    internal static partial Regex HomeBefore();

    /// <summary>Offices a description names, which a person given another office in the article does not hold.</summary>
    static readonly HashSet<string> Offices =
    [
        "leader", "president", "minister", "senator", "governor", "mayor", "secretary", "chancellor", "premier", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo", "commander", "ambassador", "envoy", "congressman",
        "congresswoman", "lawmaker", "official", "auditor", "general", "critic", "commissioner", "coroner", "ombudsman", "ombudsperson",
        "prosecutor", "registrar",
    ];

    /// <summary>Whether the description's office ("leader") differs from the office the article gave the person ("prime minister").</summary>
    /// <summary>Whether the text before a position says someone described by the noun goes unnamed ("The nurse, whose name is protected
    /// by a publication ban, …", "said the woman, who … did not want to be quoted by name").</summary>
    static bool IntroducedUnnamed(string text, int position, string noun) =>
        Regex.IsMatch(text.AsSpan(Math.Max(0, position - 3000), Math.Min(3000, position)),
            $@"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}{Regex.Escape(noun)},?\s+(?:who|whose)\b[^.]{{0,120}}?\b(?:named|identified|identity|by name|anonymity|publication ban)\b");

    static bool OtherOffice(People people, string person, string[] words) =>
        // ("the auditor general" is no "NDP health critic": each office word of the description is in the role.)
        (people.Roles.TryGetValue(person, out var titled) ? titled : people.RoleAtFirstMention(person)) is { } role && words.Skip(1).Select(w => w.ToLowerInvariant()).Where(Offices.Contains) is var offices
        && offices.Any() && offices.Any(o => !role.Contains(o, StringComparison.OrdinalIgnoreCase));

    /// <summary>What a relative clause says a body does, opening a source that is the clause ("represents the city's operators").</summary>
    static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "represents", "represent", "runs", "run", "operates", "operate", "oversees", "oversee", "owns", "own", "manages", "manage", "serves", "serve",
        "employs", "employ", "includes", "include", "covers", "cover", "advocates", "advocate", "lobbies", "lobby", "speaks", "speak",
    };

    /// <summary>The subject opening a sentence ("The Amalgamated Transit Union Local 583") when ", which" or ", who" follows it right
    /// before <paramref name="clause"/>; null otherwise.</summary>
    static TextSpan? RelativeSubject(string text, int clause)
    {
        var end = clause;
        while (end > 0 && text[end - 1] == ' ') end--;
        var word = end;
        while (word > 0 && char.IsLetter(text[word - 1])) word--;
        if (text.AsSpan(word, end - word) is not ("which" or "who") || word < 2 || text[word - 1] != ' ' || text[word - 2] != ',') return null;
        var comma = word - 2;
        var open = People.SentenceStart(text, comma);
        // After a dateline ("CALGARY — The union, which …").
        if (text.IndexOf(" — ", open, comma - open, StringComparison.Ordinal) is var dash and >= 0) open = dash + 3;
        while (open < comma && text[open] == ' ') open++;
        // ("The Fish, Food and Allied Workers union": a name that lists its words with commas and "and".)
        if (comma - open is < 3 or > 80 || !char.IsUpper(text[open]) || text.AsSpan(open, comma - open).IndexOfAny(";:“\"") >= 0
            || text.AsSpan(open, comma - open).Contains(',') && !(ListedName().Match(text, open, comma - open) is { Success: true } listed && listed.Index + listed.Length == comma)) return null;
        return TextSpan.Of(text, open, comma);
    }

    /// <summary>The place of the article's dateline in its own case ("ST. JOHN'S, N.L. —" → "St. John's"), if a line opens with one.</summary>
    static string? DatelinePlace(string text) =>
        Dateline().Match(text, 0, Math.Min(text.Length, 800)) is { Success: true } m
            ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups[1].Value.ToLowerInvariant()).Replace("'S", "'s", StringComparison.Ordinal).Replace("’S", "’s", StringComparison.Ordinal)
            : null;

    /// <summary>The province a story's first dateline names by its abbreviation ("MONCTON, N.B. —" is New Brunswick), or by a
    /// city that needs none in Canadian Press style ("HALIFAX —" is Nova Scotia; never "OTTAWA —"), else null.</summary>
    static string? DatelineProvince(string text) =>
        DatelineAbbreviation().Match(text, 0, Math.Min(text.Length, 600)) is { Success: true } m
            ? m.Groups[1].Value switch
            {
                "N.B." => "New Brunswick", "N.S." => "Nova Scotia", "Ont." => "Ontario", "B.C." => "British Columbia", "Alta." => "Alberta",
                "Sask." => "Saskatchewan", "Man." => "Manitoba", "Que." => "Quebec", "P.E.I." => "Prince Edward Island", "N.L." or "N.L" => "Newfoundland and Labrador",
                _ => null,
            }
            : DatelinePlace(text) switch
            {
                "Halifax" => "Nova Scotia", "Fredericton" => "New Brunswick", "Charlottetown" => "Prince Edward Island", "St. John's" or "St. John’s" => "Newfoundland and Labrador",
                "Quebec" or "Quebec City" or "Montreal" => "Quebec", "Toronto" => "Ontario", "Winnipeg" => "Manitoba", "Regina" or "Saskatoon" => "Saskatchewan",
                "Edmonton" or "Calgary" => "Alberta", "Victoria" or "Vancouver" => "British Columbia",
                _ => null,
            };

    [GeneratedRegex(@"(?m)^[A-Z][A-Z'’.\- ]{1,30},\s+(N\.B\.|N\.S\.|Ont\.|B\.C\.|Alta\.|Sask\.|Man\.|Que\.|P\.E\.I\.|N\.L\.?)\s+[—–]")]
    private static partial Regex DatelineAbbreviation();

    /// <summary>The position past a dateline opening the line at <paramref name="k"/> ("TORONTO — ", "ST. JOHN'S, N.L. — "), else
    /// <paramref name="k"/>. (It reads only the few characters a dateline can take: a search to the end of the text from every remark
    /// is quadratic in a long one.)</summary>
    internal static int PastDateline(string text, int k) =>
        k < text.Length && (k == 0 || text[k - 1] == '\n') && Dateline().Match(text, k, Math.Min(120, text.Length - k)) is { Success: true } m && m.Index == k ? k + m.Length : k;

    [GeneratedRegex(@"(?m)^([A-Z][A-Z'’.\- ]{1,30}[A-Z.])(?:,[^—–\n]{1,20})?\s[—–]\s")]
    private static partial Regex Dateline();

    /// <summary>
    /// The description a "who" refers to when one stands before it: "a spokesperson for the airline, who …" (an
    /// article, a person noun, what follows it up to the comma), or the few words opening the sentence ("Ward clerks, who
    /// asked not to be named, said"); null otherwise ("… met Lukashenko, who …").
    /// </summary>
    static TextSpan? DescriptionBefore(string text, int who)
    {
        var end = who;
        while (end > 0 && text[end - 1] is ' ' or ',') end--;
        var from = Math.Max(0, end - 80);
        var window = text[from..end];
        var m = System.Text.RegularExpressions.Regex.Match(window, @"\b([Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+|[A-Z]{2,6}\s+)?([a-z][\w-]*)(?:\s+(?:for|of|at|from|with|in|near)\s+(?:the\s+|a\s+)?(?:(?:[A-Z][\w'’.&-]*\s+){2,5}[A-Z][\w'’.-]*|[\w'’-]+(?:\s+[\w'’-]+)?)){0,2}$");
        // "a/an …, who": someone new (a "who" is a person); "the …, who": only a person noun ("the minister, who").
        // ("A nurse at the QEII Health Sciences Centre in Halifax, who …": a long name in the description too.)
        if (m.Success && !(m.Groups[1].Value.ToLowerInvariant() == "the" && !Lexicon.PersonNouns.Contains(m.Groups[2].Value)))
            return new TextSpan(from + m.Index, end, text[(from + m.Index)..end]);
        // "despite complaints from business owners who say …", "among residents who …": a group named without an article.
        // ("handed fresh ammunition to residents who say …" too.)
        var group = System.Text.RegularExpressions.Regex.Match(window, @"\b(?:from|by|among|with|and|of|to)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-rt-z]s)$");
        if (group.Success && !group.Groups[1].Value.Split(' ').Any(w => Lexicon.VerbCues.Contains(w) || Lexicon.NpStop.Contains(w) && w is not "and"))
            return new TextSpan(from + group.Groups[1].Index, end, group.Groups[1].Value);
        // ("council had ignored its own planning staff, who recommended …": those a possessive describes, not the one speaking.)
        var owned = System.Text.RegularExpressions.Regex.Match(window, @"\b(?:its|his|her|their)\s+(?:own\s+)?((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))$");
        if (owned.Success && (Lexicon.PersonNouns.Contains(owned.Groups[2].Value) || People.IsRoleNoun(owned.Groups[2].Value) || owned.Groups[2].Value is "staff" || AttributionGrouping.Groups.Contains(owned.Groups[2].Value)))
            return new TextSpan(from + owned.Groups[1].Index, end, owned.Groups[1].Value);
        // "Hospital administrators, who …": a few words opening the sentence (after any dateline), a name's or a group's.
        var open = Math.Max(text.LastIndexOfAny(['.', '!', '?', '\n', '—'], Math.Max(0, end - 1)) + 1, 0);
        while (open < end && text[open] == ' ') open++;
        var words = text[open..end].Split(' ');
        if (end - open is 0 or > 60 || words.Length > 4 || !char.IsUpper(words[0][0])
            || words.Skip(1).Select(w => w.Length > 0 && char.IsUpper(w[0])).Distinct().Count() > 1 // "Putin met Lukashenko, who": no
            || words.Any(w => w.Length == 0 || !w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || Lexicon.VerbCues.Contains(w.ToLowerInvariant()) || Lexicon.Pronouns.Contains(w.ToLowerInvariant())))
            return null;
        return new TextSpan(open, end, text[open..end]);
    }

    /// <summary>
    /// The thing a "which" refers to: the lower-case noun phrase right before ", which" ("the report", "a study by the
    /// bank"), without its article; null when a name or nothing of the kind stands there.
    /// </summary>
    static string? ThingBefore(string text, int which)
    {
        var end = which;
        while (end > 0 && text[end - 1] is ' ' or ',') end--;
        // "released the province's public accounts Wednesday, which show …": the day it came out is not the thing.
        if (WhenBefore().Match(text[Math.Max(0, end - 24)..end]) is { Success: true } when) end -= when.Length;
        var words = new List<string>();
        var i = end;
        while (i > 0 && words.Count < 6)
        {
            var stop = i;
            while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')) i--;
            if (i == stop) break;
            words.Insert(0, text[i..stop]);
            if (words[0].ToLowerInvariant() is "the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her") break;
            if (i == 0 || text[i - 1] != ' ') break;
            i--;
        }
        if (words.Count < 2 || words[0].ToLowerInvariant() is not ("the" or "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her")) return null;
        var head = words[^1];
        if (char.IsUpper(head[0]) || Lexicon.PersonNouns.Contains(head.ToLowerInvariant())) return null;
        return string.Join(' ', words.Skip(1));
    }

    /// <summary>A body opening a sentence: "The federal government", "The city's transit agency".</summary>
    [GeneratedRegex(@"\G\s*(?:[Tt]he\s+|(?=[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s))((?:[\w'’-]+\s+){0,3}?(?:government|company|agency|department|ministry|commission|board|authority|association|federation|council|union|city|province|corporation|organization|organisation|central bank|tribunal|court|regulator|watchdog|panel|committee))\s+(?!of\b)[a-z]")]
    private static partial Regex SubjectBody();

    /// <summary>The last name written before "unit" in lower case ("the Southwestern Public Health unit").</summary>
    [GeneratedRegex(@"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,5}unit)\b", RegexOptions.RightToLeft)]
    private static partial Regex NamedUnit();

    /// <summary>A watchdog's name: "the Serious Incident Response Team", "the Independent Investigations Office".</summary>
    [GeneratedRegex(@"\b(?:The\s+)?((?:[A-Z][\w'’-]*\s+){1,5}(?:Team|Unit|Commission|Office|Agency|Directorate|Bureau|Authority))\b")]
    private static partial Regex WatchdogNamed();

    [GeneratedRegex(@"\G,\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s+(?:(?:and|of|for)\s+(?:the\s+)?(?=[A-Z]))?){0,7}(?:Union|Federation|Association|Guild|Alliance|Council|Society|Institute|Coalition|Network|Foundation|Centre|Center|Commission|Agency|Authority|Board)(?:\s+of(?:\s+[A-Z][\w.'’-]*)+)?)\s*(?:\([A-Z]+\)\s*)?,")]
    private static partial Regex BodySetOff();

    /// <summary>The last central bank named ("the Bank of Canada", "the Federal Reserve").</summary>
    [GeneratedRegex(@"\b(?:Bank of (?:Canada|England|Japan)|Federal Reserve|European Central Bank|Reserve Bank of [A-Z][a-z]+)\b", RegexOptions.RightToLeft)]
    private static partial Regex CentralBank();

    [GeneratedRegex(@"\s+(?:" + Refine.Day + @"|(?:last|this)\s+(?:week|month))$")]
    private static partial Regex WhenBefore();

    /// <summary>A body named by what a company does ("BC Ferries cancelled", "Stellantis has laid off"), the last in the text.</summary>
    [GeneratedRegex(@"\b((?:[A-Z][\w&'’-]*\s){0,2}[A-Z][\w&'’-]*)\s+(?:has\s+|had\s+|will\s+)?(?:cancelled|canceled|cut|closed|laid off|recalled|suspended|delayed|raised|grounded|shut down)\b", RegexOptions.RightToLeft)]
    private static partial Regex CompanyDeed();

    [GeneratedRegex(@"^(?:his|her|their) (?:friend|partner|wife|husband|sister|brother|daughter|son|mother|father|colleague|neighbour|neighbor|roommate|cousin) \p{Lu}")]
    private static partial Regex RelationBeforeName();

    /// <summary>"An Edmonton Oilers fan | who caught …": a person described by an article, a few words and a noun, then a "who" clause.</summary>
    [GeneratedRegex(@"^\s*(?<described>(?:An?|The)\s+(?:[\w'’.-]+\s+){0,4}?(?<noun>[a-z]+))\s+who\s")]
    private static partial Regex DescribedWho();

    /// <summary>Whether a source ends in a person's full name after a role noun ("… executive director Chris Gallaway").</summary>
    static bool OfficerNamedLast(string s, People people)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 2; n <= 3 && n < words.Length; n++)
            if (people.Known.Contains(string.Join(' ', words[^n..])) && People.IsRoleNoun(words[^(n + 1)])) return true;
        return false;
    }

    public static string Resolve(TextSpan source, string text, People people, Attribution? previous)
    {
        var s = source.Text.Trim();
        // "An Edmonton Oilers fan who caught the puck from Connor McDavid's 1,000th career point says …": the one described, whom the
        // story names next, not the one their "who" clause names.
        if (DescribedWho().Match(source.Text) is { Success: true } describedWho && LedePeople.Contains(describedWho.Groups["noun"].Value)
            && describedWho.Groups["described"] is var part && Resolve(TextSpan.Of(text, source.Start + part.Index, source.Start + part.Index + part.Length), text, people, previous) is var describedOne
            && people.Known.Contains(describedOne)) return describedOne;
        // "Nunavut's member of Parliament says …": the MP.
        if (s.EndsWith(" member of Parliament", StringComparison.OrdinalIgnoreCase)) s = s[..^"member of Parliament".Length] + "MP";
        var lower = s.ToLowerInvariant();
        // "A briefing note prepared for the deputy minister in January said …" read from "the deputy minister": the note speaks, not the
        // one it was written for.
        if (source.Start > 4 && (text.AsSpan(0, source.Start).EndsWith(" for ") || text.AsSpan(0, source.Start).EndsWith(" to "))
            && DocumentFor().Match(text, Math.Max(0, source.Start - 60), Math.Min(60, source.Start)) is { Success: true } written)
            return written.Groups[1].Value;
        // "A Sumas Prairie man whose house was destroyed …" read as the source up to "whose house": the one the relative clause is about.
        if (source.Text.IndexOf(" whose ", StringComparison.Ordinal) is > 0 and var whoseAt) return Resolve(TextSpan.Of(text, source.Start, source.Start + whoseAt), text, people, previous);
        // "according to emergency physicians who say the system is at a breaking point": those the clause describes, not its words.
        if (source.Text.IndexOf(" who ", StringComparison.Ordinal) is > 0 and var whoAt && source.Text[(whoAt + 5)..].Split(' ', 3) is [var verb, ..]
            && Lexicon.VerbCues.Contains(verb) && source.Text.Length - whoAt > 20)
            return Resolve(TextSpan.Of(text, source.Start, source.Start + whoAt), text, people, previous);
        // "An Edmonton couple says …" before "Linda and Raj Mehta say …": the couple the next sentence names.
        if (CoupleNext(source, text) is { } couple) return couple;
        // "Raj Patel and Ana Silva said …", "Liberal MLA Derek Mombourquette and Independent MLA Elizabeth Smith-McCrossin both called
        // for …": both of the people named, not one of them.
        if (source.Text.IndexOf(" and ", StringComparison.Ordinal) is var joinAt and > 0 && source.Text.IndexOf(" and ", joinAt + 5, StringComparison.Ordinal) < 0
            // ("Tina Morin and her friend Leah Whitford say": a relation before the second name.)
            && !source.Text.Contains(',') && (char.IsUpper(source.Text[joinAt + 5]) || RelationBeforeName().IsMatch(source.Text[(joinAt + 5)..]))
            && Resolve(TextSpan.Of(text, source.Start, source.Start + joinAt), text, people, previous) is var one && people.Known.Contains(one)
            && Resolve(TextSpan.Of(text, source.Start + joinAt + 5, source.End), text, people, previous) is var other && people.Known.Contains(other) && one != other
            && one.Contains(' ') && other.Contains(' ') && !source.Text[..joinAt].EndsWith('.') // ("former Pennsylvania Gov. and … chairman Ed Rendell": one man's offices)
            && !People.Titles.Contains(one[..one.IndexOf(' ')]) && !People.Titles.Contains(other[..other.IndexOf(' ')]))
            return $"{one} and {other}";
        // "The Amalgamated Transit Union Local 583, which represents the city's operators, welcomed the move but said …": a source
        // read as the relative clause ("represents …") is what the clause describes, the sentence's subject before the comma.
        // (Only a clause opening with what a body does: "which officials said", "whom friends described" are someone else's.)
        if (s.Length > 0 && ClauseVerbs.Contains(FirstWordOf(s)) && RelativeSubject(text, source.Start) is { } subject) return Resolve(subject, text, people, previous);
        // "EHS, which is run by Emergency Medical Care Inc., said": the source read as the whole relative clause.
        if (s.StartsWith("which ", StringComparison.Ordinal) && s.Length > 12 && RelativeSubject(text, source.Start + 6) is { } whose) return Resolve(whose, text, people, previous);
        // ("The Fish, Food and Allied Workers union, which | represents harvesters, says": the clause read without its "which".)
        if (source.Start >= 8 && char.IsLower(s[0]) && ClauseVerbs.Contains(s.Split(' ')[0]) && RelativeSubject(text, source.Start) is { } clauseOf) return Resolve(clauseOf, text, people, previous);
        if (PeopleOfPlace().IsMatch(s)) return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
        // "Alberta's energy regulator says" where the article names "the Alberta Energy Regulator": that body, by its name.
        if (PlacesBody().Match(s) is { Success: true } placed && BodyWords.Contains(placed.Groups["noun"].Value)
            && $"{placed.Groups["place"].Value} {string.Join(' ', placed.Groups["what"].Value.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}" is var bodyName
            && text.Contains(bodyName, StringComparison.Ordinal)) return bodyName;
        // A headline's "regulator says", before the story names "the Alberta Energy Regulator": the body named next in that word.
        // ("Canada Post strike: union rejects …, says" before "the Canadian Union of Postal Workers": a union too, with what it is of.)
        if (s.Length > 3 && s.All(char.IsLower) && (BodyWords.Contains(s) || s == "union") && InHeadline(text, source.Start)
            && Regex.Match(text[source.End..Math.Min(text.Length, source.End + 1500)], $@"\b(?:[A-Z][\w.'’-]*\s){{1,5}}{char.ToUpperInvariant(s[0]) + s[1..]}\b(?: of(?: [A-Z][\w.'’-]*){{1,4}})?") is { Success: true } namedNext)
            return namedNext.Value.StartsWith("The ", StringComparison.Ordinal) ? namedNext.Value[4..] : namedNext.Value;
        // "A senior official in the U.S. Trade Representative's office", "a source close to the premier": someone unnamed
        // there, not the office or the person they are close to.
        if (UnnamedInside().IsMatch(s)) return s[(s.IndexOf(' ') + 1)..];
        // "A spokesman for Hillary Clinton", "the former top aide to President George W. Bush": the one who speaks for a
        // person is not that person ("Hillary Clinton’s spokesman", "George W. Bush’s former top aide").
        if (SpeaksFor().Match(s) is { Success: true } agent && Lexicon.Agents.Contains(agent.Groups[2].Value.ToLowerInvariant())
            && people.Named(agent.Groups[3].Value, source.Start, previous) is { } principal)
            // ("A spokesperson for the U.S. Trade Representative's office": an office no person's name makes is the description whole.)
            return agent.Groups[3].Value.EndsWith(" office", StringComparison.Ordinal) && !people.Known.Contains(principal) ? s[(s.IndexOf(' ') + 1)..] : $"{principal}’s {agent.Groups[1].Value}";
        // "The family of Amanda Rose", "relatives of the victims", "lawyers for the province": the family speaks, not Amanda Rose
        // ("Amanda Rose’s family"); a description keeps its words up to a relative clause ("family of a 29-year-old woman").
        // ("Friends of Medicare executive director Chris Gallaway": an organisation's officer, named at the end after the role noun.)
        // "Mother of two Jennifer Keough": how many children she has describes her; she is named.
        if (ParentOfCount().Match(s) is { Success: true } parent && people.Named(parent.Groups["name"].Value, source.Start + parent.Groups["name"].Index, previous) is { } counted) return counted;
        if ((s.Contains(" of ", StringComparison.Ordinal) || s.Contains(" for ", StringComparison.Ordinal)) && !OfficerNamedLast(s, people) && KinOf(s) is var (who, whom, whomAt))
        {
            if (whom.Split(' ') is { Length: >= 2 and <= 4 } names && names.All(w => char.IsUpper(w[0])) && OrganisationIn(whom) is null)
                return $"{people.Named(whom, source.Start + whomAt, previous) ?? whom}’s {who.ToLowerInvariant()}";
            // "The family of a man shot and killed by RCMP officers …" in a lede, before "Harjit Sandhu, 52, was shot …": the family of
            // the one the story names next.
            // ("The family of a Regina woman struck by …": where they are from may come first.)
            if ((whom.Split(' ') is [var a, var someone, ..] && a.ToLowerInvariant() is "a" or "an" && someone is "man" or "woman" or "boy" or "girl" or "teen" or "teenager" or "person" or "patient" or "worker" or "senior"
                 || whom.Split(' ') is [var a1, var from1, var someone1, ..] && a1.ToLowerInvariant() is "a" or "an" && char.IsUpper(from1[0]) && someone1 is "man" or "woman" or "boy" or "girl" or "teen" or "teenager" or "senior"
                 || whom.Split(' ') is [var a2, var aged, var someone2, ..] && a2.ToLowerInvariant() is "a" or "an" && Aged().IsMatch(aged) && someone2 is "man" or "woman" or "boy" or "girl"))
                if (source.Start < 600 && text.IndexOfAny(['.', '\n'], source.End) is var stop and > 0
                    && people.NamedBetween(stop, stop + 300).FirstOrDefault(n => n.Contains(' ') && FactCheck.Publishing.SpeakerKinds.Kind(n) == FactCheck.Publishing.SpeakerKinds.Person) is { } kin)
                    // ("The sister of a woman killed … told an inquest …" before "Priya Raman testified that her sister …": the one
                    // named next speaking is the sister herself.)
                    return text.IndexOf(kin, stop, Math.Min(300, text.Length - stop), StringComparison.Ordinal) is var kinAt and >= 0
                           && KinSpeaks().IsMatch(text.AsSpan(kinAt + kin.Length)) ? kin : $"{kin}’s {who.ToLowerInvariant()}";
                // ("… is calling on the city …¶In a statement, the family of Aaliyah Singh said": the next sentence names them by whom.)
                else if (source.Start < 600 && text.IndexOfAny(['.', '\n'], source.End) is var stopped and > 0
                         && KinNamed().Matches(text.Substring(stopped, Math.Min(300, text.Length - stopped)))
                             .FirstOrDefault(m => m.Groups[1].Value.Equals(who, StringComparison.OrdinalIgnoreCase)) is { } next)
                    return $"{next.Groups[2].Value}’s {who.ToLowerInvariant()}";
            var cut = s.IndexOf(" who ", StringComparison.Ordinal);
            var said = cut > 0 ? s[..cut].TrimEnd(',') : s;
            // ("A mother of three in Aylmer, who asked …": the description without its article.)
            return said.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? said[4..] : said.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? said[2..]
                : said.StartsWith("an ", StringComparison.OrdinalIgnoreCase) ? said[3..] : said;
        }
        // "A statement from the office of federal Environment Minister Julie Dabrusin said": her office, as "Julie Dabrusin's office" is.
        if (s.StartsWith("the office of ", StringComparison.OrdinalIgnoreCase) && people.Named(s[14..], source.Start + 14, previous) is { } officeOf && officeOf.Contains(' '))
            return $"{officeOf}’s office";
        // "Ana Silva's spokesperson", "Jan Nowak's lawyer", "Maria Lopes's campaign": someone speaking for a person, not the
        // person ("Ana Silva’s spokesperson"); "Nova Scotia's environment minister" is not Nova Scotia.
        if ((s.Contains("'s ", StringComparison.Ordinal) || s.Contains("’s ", StringComparison.Ordinal) || s.Contains("s' ", StringComparison.Ordinal))
            && Possessed().Match(s) is { Success: true } owned && owned.Groups[3].Value.ToLowerInvariant() is var noun)
        {
            // "Brandt's husband, Daniel, said" read without the name: the name set off after the description.
            // ("Rob Flack's press secretary, Alexandra Sanita, wrote": likewise.)
            if ((Lexicon.Agents.Contains(noun) || Lexicon.Family.Contains(noun) || owned.Groups[2].Value is "press secretary" or "communications director")
                && NameAfter().Match(text, source.End, Math.Min(40, text.Length - source.End)) is { Success: true } setOff
                && people.Named(setOff.Groups[1].Value, setOff.Groups[1].Index, previous) is { } relative && relative.Contains(' '))
                return relative;
            if (Lexicon.Agents.Contains(noun) || Lexicon.Family.Contains(noun) || noun is "office" or "campaign" || owned.Groups[2].Value is "press secretary" or "communications director")
                return $"{people.Named(owned.Groups[1].Value, source.Start, previous) ?? owned.Groups[1].Value}’s {owned.Groups[2].Value}";
            if (Lexicon.PersonNouns.Contains(noun) || LedeNouns.Contains(noun))
            {
                if (NamedNext(source, text, people) is { } next) return next;
                return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
            }
        }
        // "“The investigation is ongoing,” the release said" after "Police said in a news release …": the same speaker.
        if (SpeakerOfDocument(s, previous) is { } author) return author;
        // "Chief Sheila Brown of Shamattawa First Nation", "Sheila North of Winnipeg": a person of a place or an organisation.
        // ("Grain Growers of Canada chair Andre Harpe": not where an officer is named after the body.)
        if (s.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 && OrganisationIn(s[..of]) is null && !OfficerNamedLast(s, people)
            && people.Named(s[..of], source.Start, previous) is { } member
            // ("Hereditary Chief Gwiiyeehl of the Gitxaala Nation": one name after a title is a person too.)
            && (member.Contains(' ') || member.Length > 2 && char.IsUpper(member[0]) && s[..of].EndsWith(" " + member, StringComparison.Ordinal))) return member;
        // ("Ontario nurses' union says …" over "…, according to an analysis by the Ontario Nurses' Association": a headline's union
        // described in lower case is the union the story names first.)
        if (s.EndsWith(" union", StringComparison.Ordinal) && s.Count(c => c == ' ') <= 3 && InHeadline(text, source.Start) && UnionAfter(text, source.End) is { } headlineUnion)
            return headlineUnion;
        // ("Hydro-Québec says …. In its strategic plan, the Crown corporation said …": the body that spoke just before.)
        if (s is "the Crown corporation" or "The Crown corporation" or "the Crown utility" or "The Crown utility" && previous is not null && source.Start - previous.Source.End is > 0 and < 800
            && Publishing.SpeakerKinds.Kind(previous.Speaker) == Publishing.SpeakerKinds.Organization) return previous.Speaker;
        // "The Registered Nurses' Association of Ontario": an organisation's whole name, not a person inside it.
        if (s.LastIndexOf(' ') is var space and > 0 && Lexicon.NotPerson.Contains(s[(space + 1)..])
            && !(s.LastIndexOf(' ', space - 1) is var given && people.Known.Contains(s[(given + 1)..])) // "President Per Bank": a person's surname
            && OrganisationIn(s) is { } whole && (s == whole || s.Length == whole.Length + 4 && s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))) return whole;
        // "Shopify CEO says …": the chief executive the story names ("Shopify chief executive Tobi Lütke says …").
        if ((s == "CEO" || s.EndsWith(" CEO", StringComparison.Ordinal) && s.Count(c => c == ' ') <= 2) && InHeadline(text, source.Start)
            && (people.Titled(["chief", "executive"], text.Length, first: true) ?? people.Titled(["CEO"], text.Length, first: true)
                ?? people.NamedBetween(source.End, Math.Min(text.Length, source.End + 1500)).FirstOrDefault(n => people.RoleAtFirstMention(n) is { } chiefRole
                    && (chiefRole.Contains("chief executive", StringComparison.OrdinalIgnoreCase) || chiefRole.Contains("CEO", StringComparison.Ordinal)))) is { } chief) return chief;
        if (people.Named(s, source.Start, previous) is { } named) return named;
        // A title alone ("Mr", "Sen."): the name written after it.
        if (People.Titles.Contains(s.TrimEnd('.')) && TitledName().Match(text, source.End) is { Success: true } after)
            return people.Named(after.Groups[1].Value, source.Start) ?? after.Groups[1].Value;
        if (lower is "his" or "her") lower = lower == "his" ? "he" : "she"; // "his remarks", "her statement"
        // "Dozens of Regina homeowners have received bills … they say the city should have covered", "About 200 miners learned …,
        // and many say …", "Animal welfare groups renewed their calls …": the people the sentence opens with.
        if (lower is "they" or "their" or "many" or "most" or "some" && OpeningGroup(text, source.Start) is { } group) return group;
        if (Lexicon.Pronouns.Contains(lower))
        {
            if (lower is "he" or "she") return people.Meant(source.Start, previous, lower == "he" ? 'M' : 'F') ?? s;
            if (lower is "which" && ThingBefore(text, source.Start) is { } thing) return thing; // "the report, which said …": the report
            // "Teck Resources, which said …", "Coastal GasLink's contractor, which said …": the body named right before; "which" is never
            // the person named last.
            if (lower is "which" && BodyBeforeWhich().Match(text, Math.Max(0, source.Start - 80), Math.Min(80, source.Start)) is { Success: true } bodyBefore
                && !Lexicon.Weekdays.Contains(bodyBefore.Groups[1].Value) && !Lexicon.Months.Contains(bodyBefore.Groups[1].Value)
                && !people.Known.Contains(people.Named(bodyBefore.Groups[1].Value, source.Start, previous) ?? ""))
                return bodyBefore.Groups[1].Value;
            // "The federal government tabled legislation Monday that it says will …": the body the sentence opens with, when no
            // remark before is in the sentence.
            // ("MONTREAL — Quebec's housing tribunal has ordered a landlord to repay tenants after it found …": past a dateline, and a
            // place's possessive for its article.)
            if (lower is "it" && People.SentenceStart(text, source.Start) is var opens && (previous is null || previous.Cue.End < opens)
                && SubjectBody().Match(text, PastDateline(text, opens), source.Start - PastDateline(text, opens)) is { Success: true } opener)
                // ("The central bank also signalled it expects …": the central bank the article named.)
                return opener.Groups[1].Value is "central bank" && CentralBank().Match(text, 0, opens) is { Success: true } bank ? bank.Value : opener.Groups[1].Value;
            // ("Karen, 51, is a band councillor who voted …": a description after "is" is what the sentence's subject is.)
            if (lower is "who" && DescriptionBefore(text, source.Start) is { } predicate && People.Predicate(text, predicate.Start)
                && People.SentenceStart(text, source.Start) is var subjectAt && SubjectName().Match(text, subjectAt, predicate.Start - subjectAt) is { Success: true } subjectName
                && people.Named(subjectName.Groups[1].Value, subjectAt, previous) is { } subjectNamed) return subjectNamed;
            if (lower is "who" && DescriptionBefore(text, source.Start) is { } described) return NameSetOff(described, text, people, previous) ?? Resolve(described, text, people, previous); // "a spokesperson for the airline, who said …"
            if (lower is "who" or "which")
            {
                // "Putin met Lukashenko, who said …": the name right before the relative pronoun, else the person last named.
                // ("Linda Pike of Mount Pearl, who said …": the person of the place, not the place.)
                if (lower is "who" && PersonOfPlaceBefore().Match(text[Math.Max(0, source.Start - 80)..source.Start]) is { Success: true } ofPlace
                    && people.Named(ofPlace.Groups[1].Value, source.Start, previous) is { } personOf && people.Known.Contains(personOf))
                    return personOf;
                if (lower is "who" && NameBefore().Match(text[Math.Max(0, source.Start - 60)..source.Start]) is { Success: true } name)
                {
                    if (people.Named(name.Groups[1].Value, source.Start, previous) is { } nameNamed) return nameNamed;
                    // ("Dr. Jane Muncke, managing director of the Food Packaging Forum in Zurich, who …": the place ends the description
                    // set off after the person, who is the one the clause is about.)
                    if (PersonSetOffBeforeWho().Match(text[Math.Max(0, source.Start - 200)..source.Start]) is { Success: true } setOff
                        && people.Named(setOff.Groups[1].Value, source.Start, previous) is { } setOffPerson && people.Known.Contains(setOffPerson)) return setOffPerson;
                    return name.Groups[1].Value;
                }
                // ("fresh ammunition to Republicans who say …": the people named in the plural right before, no one named before them.)
                if (source.Text is "who" && PluralBefore().Match(text[Math.Max(0, source.Start - 60)..source.Start]) is { Success: true } plural
                    && !people.Known.Contains(people.Named(plural.Groups[1].Value, source.Start, previous) ?? "")) return plural.Groups[1].Value;
                return people.LastBefore(source.Start) ?? s;
            }
            return previous?.Speaker ?? s;
        }
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1].ToLowerInvariant();
        // "John Bailey has seen it grow every month. The food bank's chief executive says …": the person the sentence before opens
        // with, named there without any role, whom the description gives one.
        // ("Craig Berube did not mince words after the loss.¶“…,” the Leafs head coach said": a team's name before the role.)
        if ((words.Length >= 3 && words[0] is "The" || words.Length >= 2 && words[0] is "the" or "The" && QuotationOpensParagraph(text, source.Start) is not null)
            && (People.IsRoleNoun(head) || Lexicon.PersonNouns.Contains(head) || Occupations.Contains(head) || Positions.Contains(head))
            && words[1..^1].All(w => (char.IsLower(w[0]) || !people.Known.Contains(people.Named(w, source.Start, previous) ?? "")) && People.PartyOf(w) == '\0')
            // ("De Blasio disbanded the unit.¶“…,” the Republican presidential candidate said": a party's candidate is not whoever acted last.)
            && head is not ("candidate" or "nominee" or "frontrunner" or "front-runner" or "challenger" or "rival")
            && NamedBareBefore(source, text, people, previous) is { } introducedBefore) return introducedBefore;
        // "The Belarusian strongman" after Lukashenko is Lukashenko; "a spokesperson" is someone new, and "the opposition
        // leader" is not the prime minister named before.
        var describesPerson = words[0].ToLowerInvariant() is "the" && (Lexicon.PersonNouns.Contains(head) || Occupations.Contains(head))
                              // ("The Conservative leader said" after "Conservative Leader Pierre Poilievre": a party's word describes too.)
                              && words.Skip(1).All(w => !char.IsUpper(w[0]) || Lexicon.NotPerson.Contains(w) || w.EndsWith("n", StringComparison.Ordinal) || People.PartyOf(w) != '\0'
                                  // ("The Calgary MP": a place's name before a member's office, no person's.)
                                  || head is "mp" or "mla" or "mpp" or "mna" && (w == words[^1] || !people.FullNames.ContainsKey(w)) && !Lexicon.IsGivenName(w));
        // "“I called the school six times,” the 38-year-old said": the person just named.
        if (words[0].ToLowerInvariant() is "the" && words.Length is 2 or 3 && Aged().IsMatch(words[1]))
        {
            // "Her husband, a carpenter, is doing the work. The 52-year-old says …": the relative the sentence before opens with.
            var here = People.SentenceStart(text, source.Start);
            if (here > 1 && RelativeOpening().Match(text, People.SentenceStart(text, here - 2)) is { Success: true } relative && relative.Index < here
                && Resolve(TextSpan.Of(text, relative.Groups[1].Index, relative.Groups[1].Index + relative.Groups[1].Length), text, people, previous) is var meant && people.Known.Contains(meant))
                return meant;
            if (people.LastBefore(source.Start) is { } aged) return aged;
        }
        // "“Edmonton is home,” the Oakville, Ont., native said": the person just named, as "the 26-year-old" is.
        if (HomeNouns.Contains(head) && (words.Length == 1 ? HomeBefore().IsMatch(text.AsSpan(Math.Max(0, source.Start - 60), Math.Min(60, source.Start)))
                : words[0].ToLowerInvariant() is "the" && words.Length <= 5 && words[1..^1].All(w => char.IsUpper(w[0])))
            && people.LastBefore(source.Start) is { } home) return home;
        // "“It's huge for us,” the German forward said" after "Teammate Leon Draisaitl … said he was relieved": the player who spoke
        // last, else the person last named ("centre" is left out: "the health centre said" is a body).
        if (words.Length is >= 2 and <= 4 && words[0].ToLowerInvariant() is "the" && Positions.Contains(head)
            && words[1..^1].All(w => char.IsLower(w[0]) || w.EndsWith("n", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)))
        {
            if (previous is not null && people.Known.Contains(previous.Speaker) && source.Start - previous.Source.End is > 0 and < 600) return previous.Speaker;
            if (people.LastBefore(source.Start) is { } player) return player;
        }
        // "The spokesperson wrote" after "Adriana LaGrange’s spokesperson said": the same spokesperson.
        if (describesPerson && previous is not null && previous.Speaker.EndsWith("’s " + head, StringComparison.OrdinalIgnoreCase)) return previous.Speaker;
        // "The spokesperson, who did not give her name, said" after "according to a spokesperson for Environment Canada": the same one,
        // whoever spoke between.
        if (words.Length == 2 && words[0] is "The" or "the" && Lexicon.Agents.Contains(head) && source.Start > 0
            && AgentFor().Matches(text, Math.Max(0, source.Start - 800)) is { Count: > 0 } agents && agents[^1] is var last && last.Index < source.Start
            && last.Groups[1].Value.Equals(head, StringComparison.OrdinalIgnoreCase))
            return $"{head} for {last.Groups[2].Value.TrimEnd()}";
        if (describesPerson && people.Titled(words[1..], source.Start) is { } titled) return titled;
        // "In a report released Tuesday, coroner Géhane Kamel said …. “…,” the coroner wrote": the one the article named with that
        // office written in lower case before the name (no title, so not in the roles), the last such before.
        // ("Ottawa Police Chief Eric Stubbs said …. “…,” the chief said": a chief too.)
        if (words is [var theOffice, var office1] && theOffice is "the" or "The" && (LedeOffices.Contains(office1) || office1 is "chief") && source.Start > 0
            && people.NamedBetween(Math.Max(0, source.Start - 20000), source.Start) is { Count: > 0 } namedSoFar
            && namedSoFar.LastOrDefault(n => people.RoleAtFirstMention(n) is { } r && r.Split(' ')[^1].Equals(office1, StringComparison.OrdinalIgnoreCase)) is { } lowerOfficeHolder)
            return lowerOfficeHolder;
        // "the judge wrote in her decision": the judge the article titled ("Ontario Superior Court Justice Maria Linhares de Sousa"),
        // else the judge unnamed, never the accused or the victim named last.
        if (words is [var the, var judge] && the.Equals("the", StringComparison.OrdinalIgnoreCase) && judge is "judge") return people.Titled([judge], source.Start) ?? judge;
        // (Not when the description names a party: "The Democratic nominee" after "Donald Trump" is not Trump; nobody titled so is
        // left as the description.)
        // "Head coach Kris Knoblauch … said McDavid was “locked in” …. “…,” the coach said": the one who spoke just before in that
        // role, not the player their words named last.
        // ("the city's auditor general" is no "director general": an office "general" is of two words.)
        var twoWordOffice = head is "general" && words.Length >= 2 ? $"{words[^2]} {head}" : head;
        if (describesPerson && previous is not null && people.Known.Contains(previous.Speaker) && source.Start - previous.Source.End is > 0 and < 600
            && people.RoleAtFirstMention(previous.Speaker) is { } previousRole && previousRole.Split(' ')[^1].Equals(head, StringComparison.OrdinalIgnoreCase)
            && previousRole.EndsWith(twoWordOffice, StringComparison.OrdinalIgnoreCase)
            && people.NamedBetween(previous.Source.End, source.Start).All(n => n == previous.Speaker || people.RoleAtFirstMention(n) is not { } other || !other.Split(' ')[^1].Equals(head, StringComparison.OrdinalIgnoreCase)))
            return previous.Speaker;
        if (describesPerson && !words.Any(w => People.PartyOf(w) != '\0') && people.LastBefore(source.Start) is { } person && !OtherOffice(people, person, words)
            // ("Elias Pettersson was sent home with an injury.¶“…,” the coach said": not the one it was done to, where nobody is named since.)
            && !DoneTo(text, people, person, source.Start)
            // ("The nurse, whose name is protected by a publication ban, testified …. Under questioning from coroner's counsel Maureen Addie,
            // the nurse said": the one the story says goes unnamed, not the person named last.)
            && !(words.Length == 2 && IntroducedUnnamed(text, source.Start, head)
                 // (Unless the one named last holds that very role: "A Philippine lawmaker … Joey Salceda …. The lawmaker said".)
                 && !(people.RoleAtFirstMention(person) is { } personRole && personRole.Split(' ')[^1].Equals(head, StringComparison.OrdinalIgnoreCase)))) return person;
        // "Former prime minister Stephen Harper says …. “…,” the former Conservative leader said": the one person the article has named
        // so far, where the remark before is theirs.
        if (words.Length >= 2 && words[0].ToLowerInvariant() is "the" && Lexicon.PersonNouns.Contains(head) && previous is not null && people.Known.Contains(previous.Speaker)
            && source.Start - previous.Source.End is > 0 and < 400 && people.NamedBetween(0, source.Start) is [var only] && only == previous.Speaker
            // ("the city's auditor general" after the only person named, a director general: another office of a body named. A former
            // office is no other: "the former Conservative leader" after "Former prime minister Stephen Harper".)
            && !(words.Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) && OtherOffice(people, only, words))) return only;
        // "Opposition Leader Zach Churchill called the closure … The Liberal leader said …", "New Jersey Gov. Chris Christie … the New
        // Jersey governor said": the person the remark before named in that very office, or in the office the description ends in
        // where nobody was named between (a party the office names must be the same one).
        if (words.Length >= 2 && words[0].ToLowerInvariant() is "the" && Lexicon.PersonNouns.Contains(head)
            && previous is not null && people.Known.Contains(previous.Speaker) && source.Start - previous.Source.End is > 0 and < 400
            && people.RoleAtFirstMention(previous.Speaker) is { } previousOffice
            && (string.Join(' ', words[1..]).Equals(previousOffice, StringComparison.OrdinalIgnoreCase)
                || people.LastBefore(source.Start) == previous.Speaker && (describesPerson || words[1..^1].All(w => char.IsLower(w[0]) || People.PartyOf(w) != '\0'))
                   && previousOffice.Split(' ') is var officeWords && officeWords[^1].Equals(head, StringComparison.OrdinalIgnoreCase) && previousOffice.EndsWith(twoWordOffice, StringComparison.OrdinalIgnoreCase)
                   && !officeWords.Any(o => People.PartyOf(o) is var party && party != '\0' && words.Any(w => People.PartyOf(w) is var p && p != '\0' && p != party))))
            return previous.Speaker;
        // "A marine mammal rescue group said Sunday" before "Robert Michaud, scientific director of the Group for Research and Education
        // on Marine Mammals, said": the body the next sentence names with the lede's noun in its name.
        // ("the doctors' association said talks had broken down" before "The Newfoundland and Labrador Medical Association said …".)
        if ((words[0] is "A" or "An" or "a" or "an" && words.Length >= 2 || words[0] is "the" or "The" && words.Length >= 3) && source.Start < 600 && LedeBodies.Contains(head) && NoNameBefore(text, source.Start)
            && text.IndexOf('\n', source.End) is var paragraphEnd and > 0
            && BodyNamed().Match(text, paragraphEnd, Math.Min(400, text.Length - paragraphEnd)) is { Success: true } ledeBody
            && ledeBody.Groups["noun"].Value.Equals(head, StringComparison.OrdinalIgnoreCase) && !TitleCased(ledeBody.Groups["name"].Value) && SentencesEnded(text, paragraphEnd, ledeBody.Index) == 0)
            return ledeBody.Groups["name"].Value is var ledeName && ledeName.StartsWith("The ", StringComparison.Ordinal) ? ledeName[4..] : ledeName;
        // "The group said" paragraphs after "the Group for Research and Education on Marine Mammals": the body last named with that noun.
        if (words is [var theBody, _] && theBody is "The" or "the" && LedeBodies.Contains(head) && source.Start > 0
            && BodyNamed().Matches(text[Math.Max(0, source.Start - 1500)..source.Start]) is { Count: > 0 } bodies
            && bodies.LastOrDefault(b => b.Groups["noun"].Value.Equals(head, StringComparison.OrdinalIgnoreCase) && b.Groups["name"].Value.Contains(' ') && !TitleCased(b.Groups["name"].Value)) is { } lastBody)
            return lastBody.Groups["name"].Value is var lastName && lastName.StartsWith("The ", StringComparison.Ordinal) ? lastName[4..] : lastName;
        // ("The Bureau de coopération interuniversitaire, which represents …, said …. “…,” the group said": a French body's name.)
        if (words is [var theFrench, "group" or "organization" or "organisation"] && theFrench is "The" or "the" && source.Start > 0
            && FrenchBody().Matches(text[Math.Max(0, source.Start - 1500)..source.Start]) is { Count: > 0 } french)
            return french[^1].Groups[1].Value;
        // "Cédric Dussault, a spokesperson for the Regroupement des comités logement …, said …. The group says …": the body the person
        // who spoke for it was named with, or named with its kind ("the parent advocacy group Support Our Students").
        if (words.Length == 2 && words[0] is "The" or "the" && words[1] is "group" or "organization" or "organisation" or "coalition" && source.Start > 0
            && SpokeFor().Matches(text[Math.Max(0, source.Start - 600)..source.Start]) is { Count: > 0 } spokeFor)
            return spokeFor[^1].Groups["name"].Value;
        // A lede's description before anyone is named ("Manitoba's health minister says …"), the person named right after it
        // ("Uzoma Asagwara made the announcement Tuesday"): news copy names the person in the next sentence.
        // "An 84-year-old man in Sudbury, Ont., says": the person is the noun before where they are from.
        // ("A Liberal MP from British Columbia has left …, saying …": the member, named next.)
        // ("The owner of the Ottawa Senators says …": the noun before the body it is of.)
        var lede = Array.FindIndex(words, 1, w => w is "in" or "from" or "near") is var from and > 1 && (char.IsLower(words[from - 1][0]) || words[from - 1] is "MP" or "MLA" or "MPP" or "MNA")
            ? words[..from]
            : Array.IndexOf(words, "of") is var ofAt and > 1 && ofAt + 2 < words.Length && words[ofAt + 1] is "the" && char.IsUpper(words[ofAt + 2][0]) && char.IsLower(words[ofAt - 1][0])
              && People.IsRoleNoun(words[ofAt - 1]) ? words[..ofAt] : words;
        // "A former federal cabinet minister says in a new memoir …" before "former public safety minister Bill Blair writes": the
        // person the article gives that office, named after the lede (never "a senior official", who stays unnamed).
        if (words[0] is "A" or "An" && words.Length >= 3 && source.Start < 500 && LedeOffices.Contains(head) && NoNameBefore(text, source.Start)
            && (people.Titled(words[1..], text.Length, first: true) ?? people.HolderAfter(head, source.End, 1500)) is { } holder)
            return holder;
        // "A correctional officer told an inquest …" before "Officer Dale Rintala testified …": the person the article gives that
        // office, else the person the next sentence names.
        // ("The city's integrity commissioner found …" before "Coun. Billy Gillis apologized" and "The integrity commissioner, Erin
        // Wynn, found": the one the story sets off in that office, not the next person named.)
        // ("The official, who spoke on background because they were not authorized to discuss …, said": one the story keeps unnamed is
        // never the next person it names.)
        if (Lede(lede, lede[^1].ToLowerInvariant()) && !KeptUnnamed(text, source)
            && ((lede[0] is "A" or "An" || lede[0] is "a" or "an" && source.Start < 600) && People.IsRoleNoun(lede[^1].ToLowerInvariant()) && (people.Titled([lede[^1]], text.Length, first: true) ?? (lede[^1] == "judge" ? people.Titled(["justice"], text.Length, first: true) : null)) is { } office0 ? office0
                : lede[0] is "The" or "the" && source.Start < 600 && People.IsRoleNoun(lede[^1].ToLowerInvariant()) && people.HolderAfter(lede[^1].ToLowerInvariant(), source.End, 1500, setOff: true) is { } holderSetOff ? holderSetOff
                : NamedNext(source, text, people)) is { } introduced)
            return introduced;
        // The headline's "Mother says …" is the lede's mother.
        // "Paramedic who quit says …" too: any occupation alone opening the headline.
        // ("Cyclist struck on bridge calls for …": the noun before what befell them.)
        var befell = words.Length is >= 3 and <= 6 && char.IsUpper(words[0][0]) && LedePeople.Contains(words[0].ToLowerInvariant()) && words.Skip(1).All(w => char.IsLower(w[0]))
                     && (words[1].EndsWith("ed", StringComparison.Ordinal) || words[1] is "hit" or "struck" or "hurt" or "shot" or "bitten" or "stung" or "caught" or "left" or "sent" or "held" or "stuck");
        if (befell) (words, head) = (words[..1], words[0].ToLowerInvariant());
        if (words.Length <= 4 && (words.Length == 1 || char.IsUpper(words[0][0]) && words.Skip(1).All(w => char.IsLower(w[0])))
            && (LedePeople.Contains(head) && words.Length <= 2 || words.Length == 1 && People.IsRoleNoun(head) || words.Length >= 3 && People.IsRoleNoun(head))
            && InHeadline(text, source.Start)
            // ("Family of man who died … wants answers, lawyer says" before "lawyer Corey Shefman told reporters": the person the
            // article gives the occupation, not the man the lede names first.)
            && (words.Length == 1 && People.IsRoleNoun(head) && (people.Titled(words, text.Length, first: true) ?? people.HolderAfter(head, source.End, 1500)) is { } occupied ? occupied : NamedNext(source, text, people)) is { } headlined) return headlined;
        // A headline's office ("Province to hire 500 nurses, health minister says"): the person the article gives that office
        // ("Health Minister Adrian Dix announced …").
        // ("Winnipeg mayor says …" over "Winnipeg Mayor Scott Gillingham says …": a place may come first.)
        // ("Quebec City mayor says …", "Thunder Bay mayor says …": a place of two words.)
        if (words.Length is >= 1 and <= 4 && words.Skip(words.Length >= 2 && char.IsUpper(words[0][0]) && !people.FullNames.ContainsKey(words[0])
                ? words.Length >= 3 && char.IsUpper(words[1][0]) && !people.FullNames.ContainsKey(words[1]) && !Lexicon.IsGivenName(words[0]) ? 2 : 1 : 0).All(w => char.IsLower(w[0]) || w is "MP" or "MLA" or "MPP" or "MNA")
            && (Lexicon.PersonNouns.Contains(head) || LedeOffices.Contains(head)) && InHeadline(text, source.Start)
            // ("Nunavut MP says …" before "Nunavut's member of Parliament says …. Lori Idlout said …": the member the story names.)
            // ("Quebec coroner calls for …" before "coroner Géhane Kamel said": an office no title holds, the one named with it after.)
            && (people.Titled(words, text.Length, first: true) ?? (head is "mp" or "mla" or "mpp" or "mna" ? people.HolderAfter(head, source.End, 1500) ?? FirstNamedInLede(source, text, people)
                : !Lexicon.PersonNouns.Contains(head) ? people.HolderAfter(head, source.End, 1500) : null)) is { } office) return office;
        // "Former PM says …": the prime minister, as the article then titles them ("Former prime minister Stephen Harper says …").
        if (words is [.. var lead, "PM"] && lead.Length <= 1 && lead.All(w => w is "Former" or "former" or "Ex") && InHeadline(text, source.Start)
            && people.HolderAfter("minister", source.End, 1500) is { } premier && people.RoleAtFirstMention(premier) is { } premierRole
            && premierRole.Contains("prime minister", StringComparison.OrdinalIgnoreCase)) return premier;
        // "the health authority", "the software company", "the e-commerce company", "the Ottawa-based company": the body "the authority" or "the company" would be (never "the parent
        // company", "the other union": another body).
        var bare = words.Length == 3 && words[0].ToLowerInvariant() is "the" && (words[1].All(c => char.IsLower(c) || c == '-') || words[1] is "Crown" || words[1].EndsWith("-based", StringComparison.Ordinal)) && !OtherBody.Contains(words[1])
                   && (OrganisationNouns.Contains(head) || BodyNouns.Contains(head)) ? [words[0], words[2]] : words;
        // "Air Canada will cut 20 per cent of its flights, the airline said": the organisation its sentence (or the one before) names.
        // (A union is the union named before, not the employer: "Air Canada pilots have voted …, the Air Line Pilots Association said.")
        if (bare.Length == 2 && words[0].ToLowerInvariant() is "the" && OrganisationNouns.Contains(head)
            // (An airline is one named as airlines are: "An Air Canada flight … was forced to return to Vancouver International Airport …,
            // the airline says" is Air Canada, not the airport named last.)
            && (head is "union" or "airline" ? NamedEarlier(text, source.Start, head) : null) is var union && (union ?? OrganisationBefore(text, source.Start)
                // (A Crown corporation is no "Inc.": "Canada Post said …. “…,” the corporation said" after "Shopify Inc." is Canada Post,
                // the organisation of the remark before, which the desk's look-back finds.)
                ?? (head is "union" or "university" or "hospital" or "museum" or "library" or "zoo" or "gallery"
                    || head is "corporation" && previous is { } before && before.Cue.End < source.Start && source.Start - before.Cue.End < 1500 && char.IsUpper(before.Speaker[0])
                       && FactCheck.Publishing.SpeakerKinds.Kind(before.Speaker) == FactCheck.Publishing.SpeakerKinds.Organization && !FactCheck.Publishing.SpeakerKinds.IsSomeones(before.Speaker)
                    ? null : IncorporatedBefore(text, source.Start))) is { } company) return company;
        // "Whistler Blackcomb will open for the season …, the resort announced Monday": the name its sentence opens with.
        if (words is [var theResort, "resort" or "brewery" or "winery"] && theResort.Equals("the", StringComparison.OrdinalIgnoreCase)
            && OpeningName().Match(text, People.SentenceStart(text, source.Start)) is { Success: true } resortName && resortName.Groups[1].Index < source.Start
            && !Lexicon.IsGivenName(resortName.Groups[1].Value.Split(' ')[0]) && !People.IsFunctionWord(resortName.Groups[1].Value.Split(" ")[0])) return resortName.Groups[1].Value;
        // "Environment Canada issued air quality statements ….¶“…,” the agency said in its statement": the body the sentence before opens
        // with, where the remark's own sentence names no one before its source.
        if (words is [var theOpener, var bodyNoun] && theOpener.Equals("the", StringComparison.OrdinalIgnoreCase) && BodyDescribed(bodyNoun) is not null
            && People.SentenceStart(text, source.Start) is var ownStart
            && (QuotationOpensParagraph(text, source.Start) ?? (text.AsSpan(ownStart, source.Start - ownStart).Trim().Length == 0 ? ownStart : -1)) is var own and > 1)
        {
            while (own > 1 && char.IsWhiteSpace(text[own - 1])) own--;
            if (OpeningName().Match(text, People.SentenceStart(text, own - 1)) is { Success: true } openerName && openerName.Groups[1].Value is var openingBody
                && FactCheck.Publishing.SpeakerKinds.Kind(openingBody) == FactCheck.Publishing.SpeakerKinds.Organization && !people.Known.Contains(people.Named(openingBody, source.Start, previous) ?? "")
                // ("The City of Yellowknife is asking …. The hospital said …": a body whose name says it is of another kind is not meant.)
                && !OfOtherKind(openingBody, bodyNoun.ToLowerInvariant())
                && !Lexicon.IsGivenName(openingBody.Split(' ')[0]) && !People.IsFunctionWord(openingBody.Split(' ')[0])) return openingBody;
        }
        // "… stranded after BC Ferries cancelled more than a dozen sailings.¶The vessel was pulled …, the company said": the body whose
        // deed the text before tells, where nothing nearer names one.
        if (words is [var theDoer, "company" or "airline" or "carrier" or "operator" or "utility"] && theDoer.Equals("the", StringComparison.OrdinalIgnoreCase) && source.Start > 0
            && CompanyDeed().Match(text[Math.Max(0, source.Start - 1500)..source.Start]) is { Success: true } deed && deed.Groups[1].Value is var doer
            && FactCheck.Publishing.SpeakerKinds.Kind(doer) == FactCheck.Publishing.SpeakerKinds.Organization && !people.Known.Contains(people.Named(doer, source.Start, previous) ?? "")
            && !Lexicon.IsGivenName(doer.Split(' ')[0]) && !People.IsFunctionWord(doer.Split(' ')[0]) && !doer.Split(' ').All(IsPlaceWord)) return doer;
        // "the city announced" under a dateline ("CALGARY — …"): the City of Calgary.
        if (words is [var article, "city"] && article.Equals("the", StringComparison.OrdinalIgnoreCase) && DatelinePlace(text) is { } datelined) return $"City of {datelined}";
        // "Saskatchewan will expand coverage …, the province announced": the government of the province its sentence (or the one before) names.
        if (words is [var theProvince, "province"] && theProvince.Equals("the", StringComparison.OrdinalIgnoreCase)
            && People.SentenceStart(text, Math.Max(0, People.SentenceStart(text, source.Start) - 1)) is var sentenceBefore
            && ProvinceNamed().Match(text, sentenceBefore, source.Start - sentenceBefore) is { Success: true } province)
            return $"Government of {province.Groups[1].Value}";
        // ("MONCTON, N.B. — A shelter … will stay open, the province announced": the province the dateline names.)
        // ("…, according to the provincial government" under "CHARLOTTETOWN —" too.)
        // ("Surrey police transition complete, province says" over "SURREY, B.C. —": a headline's bare "province" too.)
        if ((words is ["the" or "The", "province"] or ["the" or "The", "provincial", "government"] || words is ["province" or "Province"] && text.IndexOf('\n') is var headlineEnd and > 0 && source.End <= headlineEnd)
            && DatelineProvince(text) is { } dated)
            return $"Government of {dated}";
        // "the team announced" after "Vancouver Canucks goaltender Thatcher Demko": the team its players and staff are named by.
        // "…, Nova Scotia's police watchdog said Wednesday." in a lede, before "The Serious Incident Response Team said …": the watchdog
        // the story then names.
        if (words[^1] is "watchdog" && source.Start < 800 && WatchdogNamed().Match(text, source.End, Math.Min(800, text.Length - source.End)) is { Success: true } watchdog)
            return watchdog.Groups[1].Value;
        // ("The Saskatchewan Serious Incident Response Team is investigating. …, the team said": a body named a team.)
        if (words is [var theTeam, "team" or "club"] && theTeam.Equals("the", StringComparison.OrdinalIgnoreCase)
            && (TeamBefore(text, source.Start) ?? (words[1] == "team" ? NamedEarlier(text, source.Start, "team") : null)) is { } team) return team;
        // "According to the agency" paragraphs after "The Saskatchewan Public Safety Agency said": the body whose name ends in the noun.
        // (Only for a word that names a body: the look-back reads a few thousand characters, and "the minister" is no body.)
        if (bare.Length == 2 && words[0].ToLowerInvariant() is "the" && (BodyNouns.Contains(head) || OrganisationNouns.Contains(head))
            && NamedEarlier(text, source.Start, head) is { } body) return body;
        // ("according to the health unit" after "the Southwestern Public Health unit said": a name that the noun follows in lower case.)
        if (bare.Length == 2 && words[0].ToLowerInvariant() is "the" && head is "unit"
            && NamedUnit().Match(text, Math.Max(0, source.Start - 3000), Math.Min(3000, source.Start)) is { Success: true } unit) return unit.Groups[1].Value;
        // "…, its director says." in a lede, before "Shelter House executive director Cal Kirkpatrick said …": the one the story
        // then names in that office.
        // ("…, its executive director says." before "Debbie Warren of Rising Tide … said": the one opening the next sentence.)
        if (words.Length is 2 or 3 && words[0].ToLowerInvariant() is "its" or "their" && source.Start < 600 && words[^1] is not "union" && People.IsRoleNoun(words[^1])
            && words.Skip(1).All(w => char.IsLower(w[0])) && (people.HolderAfter(words[^1], source.End, 1500) ?? NamedNext(source, text, people)) is { } holderNamed) return holderNamed;
        // "…, their union says." in a lede, before the story names it ("Unifor Local 60N president Gord Parsons said …"): the
        // union named first after it, within a few paragraphs; one named before is read above.
        if (words.Length == 2 && head is "union" && words[0].ToLowerInvariant() is "the" or "their" or "its" && source.Start < 1500
            && (NamedEarlier(text, source.Start, head) ?? UnionAfter(text, source.End)) is { } unionNamed)
            return unionNamed;
        // "The union representing ferry workers, the BC Ferry and Marine Workers' Union, said": the body's name set off after its
        // description.
        if (words.Length >= 2 && words[0] is "The" or "the" or "A" or "a" or "An" or "an" && (OrganisationNouns.Contains(head) || BodyNouns.Contains(head) || words.Length > 2 && (OrganisationNouns.Contains(words[1]) || BodyNouns.Contains(words[1])))
            && BodySetOff().Match(text, source.End) is { Success: true } setOffBody) return setOffBody.Groups[1].Value;
        // "The union representing Ontario's public high school teachers has filed …" in a lede: the union the next paragraph names.
        // (Later in a story, "The union representing the port's foremen has also filed …" is another union than the one named.)
        if (words.Length > 3 && words[0] is "The" && words[1] is "union" && words[2] is "representing" or "that" or "which" or "for" && source.Start < 600 && NoNameBefore(text, source.Start)
            && UnionAfter(text, source.End) is { } representing && text.IndexOf(representing, source.End, StringComparison.Ordinal) is var unionAt and >= 0 && unionAt - source.End < 400)
            return representing;
        // "Medeana Moussa of the parent advocacy group Support Our Students said …. Her group has called …": the group her description names.
        if (words.Length == 2 && words[0].ToLowerInvariant() is "his" or "her" or "their" && words[1] is "group" or "organization" or "organisation" or "coalition" or "association" or "charity" or "society"
            && GroupNamed().Matches(text[Math.Max(0, source.Start - 400)..source.Start]) is { Count: > 0 } groups && groups[^1].Groups[1].Value == words[1])
            return groups[^1].Groups[2].Value;
        // "His spokesman", "Her office": the spokesman of the person meant, named ("Paul Ortiz's spokesman").
        if (words.Length > 1 && words[0].ToLowerInvariant() is "his" or "her" && people.Meant(source.Start, previous, words[0].ToLowerInvariant() == "his" ? 'M' : 'F') is { } owner)
            // "Her husband" after "Mark and Lisa Dumont": the one person of the surname and the sex the word says.
            // ("her mother said" of a child the story names as "her daughter, Chloe": the mother it names.)
            return words.Length == 2 && (people.Spouse(owner, words[1]) ?? people.Parent(owner, words[1], text)) is { } spouse ? spouse : $"{owner}’s {string.Join(' ', words.Skip(1))}";
        // ("A Vancouver businessman … has been released, his family said" before "the family of Kevin Lam said": in a lede that names
        // no one, the family the story then names.)
        // (The headline's "…, family says" over such a lede too.)
        if ((words is [var possessive, "family" or "lawyer" or "relatives" or "wife" or "husband" or "daughter" or "son"] && possessive.ToLowerInvariant() is "his" or "her"
             && source.Start < 800 && !people.Known.Any(k => text.IndexOf(k, StringComparison.Ordinal) is var at and >= 0 && at < source.Start)
             || words is ["family" or "Family"] && InHeadline(text, source.Start))
            && Regex.Match(text[source.End..Math.Min(text.Length, source.End + 1500)], $@"\b{words[^1].ToLowerInvariant()} of ((?:[A-Z][\w'’-]*\s){{1,3}}?[A-Z][\w'’-]*)\b") is { Success: true } kinOf
            && kinOf.Groups[1].Value.Contains(' ') && (people.Known.Contains(kinOf.Groups[1].Value) || Lexicon.IsGivenName(kinOf.Groups[1].Value.Split(' ')[0])))
            return $"{kinOf.Groups[1].Value}’s {words[^1].ToLowerInvariant()}";
        // "the consulting firm Oxford Economics", "an average of polls compiled by Real Clear Politics": the body a description
        // ends in (not where it is: "a crowd in New York").
        // (Only after a word that describes a body or says who made a thing: never "approach to the Islamic State", "voters outside
        // metro New York", "leaders of the United States and Israel".)
        if (words.Length >= 3 && People.TrailingName().Match(s) is { Success: true } trailing && trailing.Groups["name"].Value.Split(' ') is { Length: >= 2 } nameWords && nameWords[^1].Length > 1
            && !nameWords.All(w => PlaceWords.Contains(w) || w is "of" or "and" or "the" or "for")
            && (BodyDescribers.Contains(trailing.Groups["pre"].Value) || trailing.Groups["pre"].Value == "the" && s[..trailing.Index].TrimEnd().EndsWith(" by", StringComparison.Ordinal))
            // ("an email from the union's president obtained by The Huffington Post": the outlet only obtained it.)
            && !People.ObtainedBefore().IsMatch(s.AsSpan(0, trailing.Index + trailing.Groups["name"].Index - trailing.Index)))
            return trailing.Groups["name"].Value;
        // "the National Autistic Society survey", "a paper from the Brookings Institution", "Kantar Media's ad tracker": a thing
        // an organisation made speaks for the organisation.
        if (words.Length > 2 && words.Any(w => Made.Contains(w)))
        {
            if (OrganisationIn(s) is { } organisation) return organisation;
            // "The Real Clear Politics average of polls": the capitalised name right before what it made.
            if (MadeBy().Match(s) is { Success: true } maker && !People.IsFunctionWord(maker.Groups[1].Value.Split(' ')[0])) return maker.Groups[1].Value;
        }
        // "…, according to a report by the province's child and youth advocate" in a lede, before "Advocate Jackie Lake Kavanagh said
        // …": the one the story then names in that office.
        if (words.Length >= 3 && words[0].ToLowerInvariant() is "the" && (words[1].EndsWith("'s", StringComparison.Ordinal) || words[1].EndsWith("’s", StringComparison.Ordinal))
            && char.IsLower(words[1][0]) && source.Start < 800 && People.IsRoleNoun(head) && words[2..].All(w => char.IsLower(w[0]))
            && people.HolderAfter(head, source.End, 1500) is { } officeHolder) return officeHolder;
        // "Even China", "The ministry": the sentence's first word is not part of who spoke.
        var skip = 0;
        // "Even China", "Mr. Biden" when nobody of the name was written in full: no article, function word or title.
        while (skip < words.Length - 1 && (words[skip].ToLowerInvariant() is "the" or "a" or "an" || People.IsFunctionWord(words[skip])
                                           || People.Titles.Contains(words[skip].TrimEnd('.')) && char.IsUpper(words[skip + 1][0]) && !People.TitledPlace(words[skip], words[skip + 1]))) skip++;
        // ("Couple says airline lost luggage": a people noun capitalised because it opens the headline is no name.)
        if (words.Length - skip == 1 && words[^1] is { Length: > 2 } capital && char.IsUpper(capital[0]) && capital.Skip(1).All(char.IsLower)
            && capital.ToLowerInvariant() is var common && (LedePeople.Contains(common) || Refine.HeadlinePeople.Contains(common)))
            return common;
        return skip > 0 ? string.Join(' ', words.Skip(skip)) : s;
    }
}

/// <summary>How the claim reached the article: a news agency, a report, a statement, reporters, a social network.</summary>
internal static partial class Channels
{
    [GeneratedRegex(@"\b(?:reported|carried|published|aired|broadcast) by (?:the )?(?:[a-z]+ )*(?:news agency |agency |broadcaster |newspaper )?((?:[A-Z][\w-]+)(?:\s[A-Z][\w-]+)*)")]
    private static partial Regex ReportedBy();

    // ("the daily Folha de S. Paulo", "the daily Le Devoir": particles and initials inside an outlet's name.)
    [GeneratedRegex(@"\b(?:news agency|agency|broadcaster|newspaper|daily|television|TV channel|outlet|wire service|station)\s+((?:[A-Z][\w-]+)(?:\s(?:(?:de|da|do|du|des)\s)?(?:[A-Z]\.(?=\s[A-Z])|[A-Z][\w-]+))*)")]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\b[Ii]n an? interview with ((?:the )?(?:[a-z]+ ){0,3}?(?:[A-Z][\w-]+(?:['’]s)?)(?:\s(?:(?:and|&)\s(?=[A-Z]))?[A-Z][\w-]+)*)")]
    private static partial Regex Interview();

    [GeneratedRegex(@"\b(?:(?:[Ii]n|[Oo]n|[Dd]uring) (?<det>a|an|the|his|her|their|its) (?<mod>(?:\d+-page|\d+-minute|phone|telephone|television|radio|video|written|joint|brief|lengthy|exclusive|recent|separate|new|online|televised|emailed|e-mailed|regulatory|securities|court|quarterly|annual|research|social media|Facebook|public|victim impact|written victim impact|background|briefing|budget|planning|public health|health)\s)?|(?:[Ii]n|[Dd]uring) (?<det>his|her|their|its) (?<mod>(?:(?!(?:to|that|of|for|the|and|a|an|own|same|which|who|this)\b)[a-z][a-z-]*\s){1,2}))(?<doc>report|statement of claim|document|backgrounder|fact sheet|advisory|strategic plan|business plan|assessment(?!\s+of\b)|audit|forecast|statement of defence|statement|complaint|news release|press release|media release|release|interview|op-ed|speech|letter|post|tweet|press conference|news conference|briefing|memo|e-mail|email|blog post|podcast|video|paper|study|address|broadcast|testimony|filing|note|notice|bulletin|advisory|update|decision|ruling|affidavit|submission|newsletter|response|memoir|book|column|essay|documentary|conference call|earnings call|call|webcast|brief(?=\s+(?:to|filed|submitted|presented|sent)\b))(?![\w-])(?: with (?:analysts|investors|shareholders|reporters|journalists))?")]
    private static partial Regex InA();

    [GeneratedRegex(@"\b[Ii]n (?:a|an|his|her|their|its) ((?:(?:video|text|voice|written|recorded|brief|Facebook|LinkedIn)\s)?message(?: to (?:members|staff|employees|supporters|parents|students|residents|customers|followers))?)\b")]
    private static partial Regex InMessage();

    /// <summary>"at a news conference", "at the briefing": the occasion a remark was made at.</summary>
    [GeneratedRegex(@"\b[Aa]t (?:a|an|the|his|her|their|its) (?:(?:joint|weekly|daily|brief|virtual|televised)\s)?(news conference|press conference|briefing|media availability|town hall)\b")]
    private static partial Regex AtOccasion();

    [GeneratedRegex(@"\G (?:on|to|posted on|posted to|shared on) (?:his |her |its |their )?(X|Facebook|Instagram|LinkedIn|TikTok|Bluesky|Threads|YouTube|Twitter|Telegram|Truth Social|Reddit|social media)\b")]
    private static partial Regex Platform();

    /// <summary>Whom a remark was told, after "told " or "telling ".</summary>
    const string ToldTail = @"((?:the|its|his|her|their) [a-z]+['’]s (?:[a-z]+ )?(?:board|committee|council|members|shareholders|staff|employees|caucus)\b|(?:" + Lexicon.ToldPeoplePattern + @")(?![\w-]|\s+(?:officials?|officers?|chief|department|force|service|board|union|headquarters|station))|the press|analysts|investors|shareholders|a news conference|a press conference|the (?:court|jury|judge|inquiry|inquest|committee|hearing|tribunal|commission|panel|legislature|board)\b|(?:city |town )?council\b|(?:a|an|the) (?:[A-Z][\w-]+ |parliamentary |legislative |city |town |council |board |standing |special |public |fatality |coroner's |coroner’s |tech |technology |business |industry |energy |mining |medical |investor |investors' |packed |large |small |virtual |national |international |annual )*(?:committee|council|hearing|inquiry|inquest|panel|meeting|forum|town hall(?: meeting)?|rally|conference|summit|convention|audience|crowd|luncheon|gathering|breakfast|assembly)\b|(?:the (?:[a-z]+ )?(?:daily|newspaper|broadcaster|agency|news agency|radio|channel|magazine|weekly) |(?:the |a )?(?:[a-z-]+ )?(?:radio|TV|television) station |the (?=[A-Z]))?(?:[A-Z][\w.-]+(?:['’]s)?)(?:\s(?:(?:and|of|de|du|des|la|le|&)\s)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’-]+)*(?:(?<=Sportsnet|TSN|News|Radio|\bC[A-Z]{3})\s\d{2,4}\b(?!,\d))?)";

    [GeneratedRegex(@"\btold " + ToldTail)]
    private static partial Regex Told();

    [GeneratedRegex(@"\btelling " + ToldTail)]
    private static partial Regex Telling();

    /// <summary>Where whom a "told" at <paramref name="cue"/> names ends ("told the court", "told The Globe and Mail",
    /// "told CBC Radio's Information Morning"), or -1.</summary>
    public static int ToldEnd(string text, int cue) =>
        Told().Match(text, cue, Math.Min(160, text.Length - cue)) is { Success: true, Index: var at } t && at == cue ? t.Groups[1].Index + t.Groups[1].Length : -1;

    /// <summary>"said on CBC's Power & Politics", "told CTV's Question Period", "NBC's Meet the Press": a programme, by its outlet's name.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|added|argued|explained|acknowledged|admitted|insisted|warned) (?:[a-z]+ )?on ((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*['’]s(?:\s(?:(?:&|and|the|of)\s)?[A-Z][\w.'’-]*)+)")]
    private static partial Regex OnProgramme();

    /// <summary>A platform a remark was made on ("on X", "via Facebook", "tweeted", "posted to social media"); not where a thing was
    /// organized, started or sold ("a boycott organized on Reddit").</summary>
    [GeneratedRegex(@"(?<!\b(?:organized|organised|started|launched|began|created|formed|circulated|circulating|advertised|sold|selling|recruited|contacted|spread|viral|met|harassed|threatened|targeted)\s)\b(?:on|via) (Twitter|X|Facebook|Telegram|Instagram|TikTok|Truth Social|YouTube|LinkedIn|Bluesky|Threads|Reddit|television|radio|social media(?=,\s+(?:writing|saying|posting|adding)\b))\b|\btweeted\b|\b(?:posted|wrote|said|says|writes|posts|shared) (?:on|to) (social media)\b")]
    private static partial Regex Social();

    /// <summary>"Speaking on CBC Radio's The House", "speaking on CFRA's morning show", "speaking to Radio-Canada", "Speaking to reporters":
    /// the programme, outlet or audience.</summary>
    [GeneratedRegex(@"\b[Ss]peaking (?:on|to|with) ((?:his|her|their|its) (?:[a-z-]+\s){0,3}(?:show|program|programme|podcast|broadcast|newscast)\b|(?:[A-Z][\w.-]*(?:['’]s)?)(?:\s(?:(?:and|of|de|du|des|la|le)\s)?[A-Z][\w.'’-]*)*(?:(?<=['’]s)\s(?:[a-z-]+\s){0,2}(?:show|program|programme|podcast|broadcast|newscast))?|reporters|journalists)")]
    private static partial Regex SpeakingOn();

    /// <summary>The outlet a phrase names ("the agency Ukrinform" → "Ukrinform"), or null.</summary>
    public static string? Outlet(string phrase) => Outlet().Match(phrase) is { Success: true } o ? o.Groups[1].Value
        : Regex.Match(phrase, @"^(?:the\s+)?(?:[a-z]+\s+)*(?:agency|broadcaster|newspaper|daily|weekly|magazine|radio|channel|network)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)*)$") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The sentence with the words inside quotation marks blanked out (same length, so positions stay).</summary>
    static string OutsideQuotes(string sentence)
    {
        var chars = sentence.ToCharArray();
        // A straight quote opens after a space or at the start, else it closes; a sentence whose first mark closes began inside
        // a quotation opened in the sentence before.
        bool Opens(int i) => sentence[i] == '“' || sentence[i] == '"' && (i == 0 || char.IsWhiteSpace(sentence[i - 1]) || sentence[i - 1] is '(' or '[' or '—');
        var first = sentence.AsSpan().IndexOfAny("\"“”");
        var inside = first >= 0 && !Opens(first);
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '“' or '”' or '"') { inside = Opens(i); continue; }
            if (inside) chars[i] = ' ';
        }
        return new string(chars);
    }

    static string ToldWhom(string told) =>
        Outlet(told) ?? (told.StartsWith("the ", StringComparison.Ordinal) && !Lexicon.Audiences.Contains(told[4..]) ? told[4..] : told);

    /// <summary>
    /// The channel of a remark in the sentence from <paramref name="start"/> to <paramref name="end"/>, read outside the remark's
    /// own words: "say they were contacted on Facebook by a woman …" was not said on Facebook.
    /// </summary>
    public static string? Find(string text, int start, int end, TextSpan cue, TextSpan content)
    {
        int from = Math.Max(start, content.Start), to = Math.Min(end, content.End);
        // Words around their cue ("“…,” Ramdas told CBC News. “…”") hold the cue's own channel.
        if (to <= from || content.Start < cue.End && content.End > cue.Start) return Find(text[start..end]);
        // "a scam that began with a friendly message | on Facebook": the words the tagger ended early run on in their clause.
        if (content.Start > cue.End && to < end && RunsOn().Match(text, to, end - to) is { Success: true } runOn) to += runOn.Length;
        // ("Organizers of the boycott, which started on Reddit, said": where the source's clause says something happened is no channel.)
        var masked = string.Concat(text.AsSpan(start, from - start), new string(' ', to - from), text.AsSpan(to, end - to));
        masked = SetOffClause().Replace(masked, m => m.Index + m.Length <= cue.Start - start ? new string(' ', m.Length) : m.Value);
        return Find(masked)
               // "rejected that argument in a ruling": where the words read run on over the occasion that ends them, it is the channel.
               // ("treated her family disrespectfully during a phone call": a call that ends the words is what they tell of.)
               // ("would not comment on the report": what one does not comment on is no channel.)
               ?? (InA().Matches(text[from..to]) is { Count: > 0 } all && all[^1] is var last && !last.Value.EndsWith("call", StringComparison.Ordinal) && OnlyWhen().IsMatch(text.AsSpan(from + last.Index + last.Length, to - from - last.Index - last.Length))
                   && !text.AsSpan(from, last.Index).TrimEnd().EndsWith("comment", StringComparison.Ordinal) && !text.AsSpan(from, last.Index).TrimEnd().EndsWith("commented", StringComparison.Ordinal)
                   ? Find(last.Value) : null);
    }

    /// <summary>" to families", " to the union": to whom a letter, an email or a memo went.</summary>
    [GeneratedRegex(@"\G to (?:(?:the|its|his|her|their) )?(?:[a-z][\w-]* )?(?:families|parents|staff|employees|workers|members|shareholders|investors|customers|clients|students|residents|councillors|council|supporters|followers|constituents|union|editor|committee|board|court|judge|minister|premier|mayor|province|government|city)\b|\G to (?:The )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")]
    private static partial Regex Addressed();

    [GeneratedRegex(@"\G (?:on|via|through) [^,.;:!?]*")]
    private static partial Regex RunsOn();

    /// <summary>A relative clause set off by commas: ", which started on Reddit,", ", who posted on X,".</summary>
    [GeneratedRegex(@",\s+(?:which|who|whose)\s[^,“”""]*,")]
    private static partial Regex SetOffClause();

    /// <summary>Nothing but when: " last week", " on Monday", ".".</summary>
    [GeneratedRegex(@"^(?:\s+(?:last|this|on|earlier|later|week|month|year|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))*[\s.,]*$")]
    private static partial Regex OnlyWhen();

    public static string? Find(string sentence)
    {
        // "“We learned about it on Twitter,” Gray said": a platform inside the quotation is what was said, not how.
        if (sentence.AsSpan().IndexOfAny("\"“”") >= 0) sentence = OutsideQuotes(sentence);
        if (ReportedBy().Match(sentence) is { Success: true } r) return r.Groups[1].Value;
        if (Interview().Match(sentence) is { Success: true } iv)
            return Outlet(iv.Groups[1].Value) ?? (iv.Groups[1].Value.StartsWith("the ", StringComparison.Ordinal) ? iv.Groups[1].Value[4..] : iv.Groups[1].Value);
        // "told the daily Folha" → Folha; "told reporters" → reporters; "told the court" → the court. An outlet told by name is the
        // channel before the interview or email it was told in ("told the Calgary Herald in an interview").
        // ("told Sen. Chuck Grassley": a person with a title is no channel, and "Sen" is no one.)
        // ("telling reporters at city hall …" too, where no "told" is.)
        var whom = (Told().Match(sentence) is { Success: true } t ? t : sentence.Contains("telling ", StringComparison.Ordinal) && Telling().Match(sentence) is { Success: true } tt ? tt : null) is { } toldTo
                   && !People.Titles.Contains(toldTo.Groups[1].Value.TrimEnd('.')) ? ToldWhom(toldTo.Groups[1].Value.TrimEnd('.')) : null;
        if (whom is not null && char.IsUpper(whom[0])) return whom;
        if (InA().Match(sentence) is { Success: true } a)
        {
            // "in a phone interview" → "a phone interview"; "in his statement" → "a statement".
            var what = a.Groups["mod"].Value + a.Value[(a.Groups["doc"].Index - a.Index)..];
            // "in a post on X", "in a video posted to Facebook": where it was posted.
            if (Platform().Match(sentence, a.Index + a.Length) is { Success: true } p) what += " on " + p.Groups[1].Value;
            // "in a letter to families", "in an email to staff": to whom it went.
            // ("… in an email to CBC Toronto. “…”": the sentence's full stop is not the outlet's; "U.S." keeps its own.)
            else if (Addressed().Match(sentence, a.Index + a.Length) is { Success: true } addressed)
                what += addressed.Value.EndsWith('.') && addressed.Value.LastIndexOf(' ') is var sp && addressed.Value.IndexOf('.', sp) == addressed.Value.Length - 1
                    ? addressed.Value[..^1] : addressed.Value;
            return ("aeiou".Contains(what[0]) ? "an " : "a ") + what;
        }
        if (whom is not null) return whom;
        // "In a message to members, union president Adriane Gear said": the message ("seized on the message" is no channel).
        if (InMessage().Match(sentence) is { Success: true } message) return "a " + message.Groups[1].Value;
        if (AtOccasion().Match(sentence) is { Success: true } at) return "a " + at.Groups[1].Value;
        if (OnProgramme().Match(sentence) is { Success: true } programme) return programme.Groups[1].Value.TrimEnd('.');
        if (Social().Match(sentence) is { Success: true } s) return s.Groups[1].Success ? s.Groups[1].Value : s.Groups[2].Success ? s.Groups[2].Value : "Twitter";
        if (sentence.Contains("peaking ", StringComparison.Ordinal) && SpeakingOn().Match(sentence) is { Success: true } on) return on.Groups[1].Value;
        if (Outlet().Match(sentence) is { Success: true } o) return o.Groups[1].Value;
        // "A statement from the office of … said": the statement.
        if (StatementFrom().Match(sentence) is { Success: true } from) return ("aeiou".Contains(from.Groups[1].Value[0]) ? "an " : "a ") + from.Groups[1].Value.ToLowerInvariant();
        // "has filed a $2-million lawsuit alleging …": the filing the words are in.
        if (sentence.Contains("filed ", StringComparison.Ordinal) && FiledAlleging().Match(sentence) is { Success: true } filed) return "a " + filed.Groups[1].Value;
        return null;
    }

    [GeneratedRegex(@"\bfiled (?:a|an) (?:[$\w.,-]+ ){0,3}?(lawsuit|class-action lawsuit|complaint|grievance|statement of claim|suit|petition|application) (?:against [^,.;]{1,60} )?(?:alleging|claiming|saying|arguing|asserting|contending|seeking)\b")]
    private static partial Regex FiledAlleging();


    [GeneratedRegex(@"^\s*(?:[A-Z][A-Za-z .,'’-]*\s—\s*)?An?\s+((?:written |emailed |brief |joint )?(?:statement|news release|press release|email|letter|memo))\s+(?:from|issued by|released by)\s")]
    private static partial Regex StatementFrom();
}
