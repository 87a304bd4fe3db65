using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactCheck.Extraction;

/// <summary>
/// Scores speakers against quotes whose speaker a person named: a JSONL file, one article a line,
/// <c>{"file": "article.txt", "quotes": [{"start", "end", "text", "speaker"}]}</c> (offsets in UTF-16 code units, as C#
/// strings count; <c>file</c> relative to the JSONL file). A quote is found when an extracted attribution's content or one
/// of its quotes overlaps it; its speaker is right when the names match without titles, case, accents and middle
/// initials ("U.S. President Donald J. Trump" is "donald trump").
/// </summary>
public static class SpeakerEval
{
    public sealed record Quote(int Start, int End, string? Text, string Speaker);
    public sealed record Miss(string File, Quote Gold, string? Found);
    public sealed record Score(int Quotes, int Found, int Right, IReadOnlyList<Miss> Misses)
    {
        public double FoundShare => Quotes == 0 ? 0 : (double)Found / Quotes;
        public double RightAmongFound => Found == 0 ? 0 : (double)Right / Found;
        public double Overall => Quotes == 0 ? 0 : (double)Right / Quotes;
    }

    /// <summary>One article of a gold file: its name, its text and its quotes.</summary>
    public sealed record Article(string File, string Text, IReadOnlyList<Quote> Quotes);

    public static Score Run(string jsonlPath) => Run(Read(jsonlPath));

    /// <summary>The articles of a JSONL gold file, checked as they are read (a bad line names the file and the line).</summary>
    public static IEnumerable<Article> Read(string jsonlPath)
    {
        if (!File.Exists(jsonlPath)) throw new FileNotFoundException($"{jsonlPath}: no such file");
        var dir = Path.GetDirectoryName(Path.GetFullPath(jsonlPath))!;
        var line = 0;
        foreach (var raw in File.ReadLines(jsonlPath))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            string file;
            List<Quote> gold;
            try
            {
                using var doc = JsonDocument.Parse(raw);
                file = doc.RootElement.GetProperty("file").GetString() ?? throw new InvalidDataException("file is null");
                gold = [.. doc.RootElement.GetProperty("quotes").EnumerateArray().Select(q => new Quote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(),
                    q.TryGetProperty("text", out var t) ? t.GetString() : null, q.GetProperty("speaker").GetString() ?? ""))];
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException or FormatException)
            {
                throw new InvalidDataException($"{jsonlPath}, line {line}: {ex.Message} (expected {{\"file\", \"quotes\": [{{\"start\", \"end\", \"text\", \"speaker\"}}]}})", ex);
            }
            var path = Path.IsPathRooted(file) ? file : Path.Combine(dir, file);
            if (!File.Exists(path)) throw new InvalidDataException($"{jsonlPath}, line {line}: {file} not found (relative to {dir})");
            var text = File.ReadAllText(path);
            foreach (var q in gold)
                if (q.Start < 0 || q.End > text.Length || q.End <= q.Start)
                    throw new InvalidDataException($"{jsonlPath}, line {line}: quote [{q.Start}, {q.End}) lies outside {file} ({text.Length} characters)");
            yield return new Article(file, text, gold);
        }
    }

    /// <summary>Each gold quote found (an extracted content or quotation overlaps it) and, if found, its speaker right or not.</summary>
    public static Score Run(IEnumerable<Article> articles)
    {
        int quotes = 0, found = 0, right = 0;
        var misses = new List<Miss>();
        foreach (var (file, text, gold) in articles)
        {
            var extracted = AttributionExtractor.Extract(text);
            foreach (var q in gold)
            {
                quotes++;
                var best = extracted
                    .Select(a => (a, Overlap: new[] { a.Content }.Concat(a.Quotes).Max(s => Math.Min(s.End, q.End) - Math.Max(s.Start, q.Start))))
                    .Where(x => x.Overlap > 0).OrderByDescending(x => x.Overlap).Select(x => x.a).FirstOrDefault();
                if (best is null) { misses.Add(new Miss(file, q, null)); continue; }
                found++;
                if (SameName(best.Speaker, q.Speaker)) right++;
                else misses.Add(new Miss(file, q, best.Speaker));
            }
        }
        return new Score(quotes, found, right, misses);
    }

    /// <summary>A title or role written before names ("Sen", "Assistant", "Commissioner"), which names are compared without.</summary>
    public static bool IsTitle(string word) => People.Titles.Contains(word);

    /// <summary>A capitalised word that starts sentences, never names ("When", "But").</summary>
    public static bool IsFunctionWord(string word) => People.IsFunctionWord(word);

    /// <summary>Two names for one person: without titles, case, accents, punctuation, middle initials and suffixes (Jr., III).</summary>
    public static bool SameName(string a, string b) => Normal(a) == Normal(b);

    const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĖėĘęĚěĞğĢģÌÍÎÏìíîïĪīĮįİıĶķĹĺĻļĽľŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŐőŔŕŘřŚśŞşŠšŢţŤťÙÚÛÜùúûüŪūŮůŰűŲųÝýÿŹźŻżŽž";
    const string Plain    = "AAAAAAaaaaaaAaAaAaCcCcCcDdEEEEeeeeEeEeEeEeGgGgIIIIiiiiIiIiIiKkLlLlLlLlNnNnNnNnOOOOOOooooooOoOoRrRrSsSsSsTtTtUUUUuuuuUuUuUuUuYyyZzZzZz";

    public static string Normal(string name)
    {
        // Accents by table: the app runs with invariant globalization, where string normalisation does not decompose.
        var plain = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var at = Accented.IndexOf(c);
            if (at >= 0) plain.Append(Plain[at]);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        }
        var words = plain.ToString().Replace('’', '\'').Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '"', '“', '”'))
            .Where(w => w.Length > 0 && !People.Titles.Contains(w) && !(w.Length == 1 && char.IsLetter(w[0])) && !(w.Contains('.') && w.Length <= 4)
                        && w is not ("Jr" or "Sr" or "II" or "III" or "IV"))
            .Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
