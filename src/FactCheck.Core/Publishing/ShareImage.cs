using SkiaSharp;

namespace FactCheck.Publishing;

/// <summary>
/// The 1200×630 share image of a card: the desk's name, the rating on its colour, the claim and who said it.
/// DejaVu Sans (Debian's fonts-dejavu-core; a free licence) is loaded from its file, since a family name looked up
/// through a stripped-down native build can silently draw nothing.
/// </summary>
public static class ShareImage
{
    public const int Width = 1200, Height = 630;
    static readonly string[] FontDirs = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts"];
    static readonly Lazy<SKTypeface> Regular = new(() => Load("DejaVuSans.ttf"));
    static readonly Lazy<SKTypeface> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    static SKTypeface Load(string file)
    {
        foreach (var dir in FontDirs)
            if (File.Exists(Path.Combine(dir, file))) return SKTypeface.FromFile(Path.Combine(dir, file));
        return SKTypeface.Default;
    }

    static SKColor Colour(Card card) => card.RatingInfo.Value switch
    {
        <= 1 => new SKColor(0xB3, 0x26, 0x1E), 2 => new SKColor(0xC4, 0x50, 0x1B), 3 => new SKColor(0x8A, 0x5A, 0x00),
        4 => new SKColor(0x3B, 0x7D, 0x23), _ => new SKColor(0x14, 0x6C, 0x2E),
    };

    public static byte[] Png(Card card, PublishingOptions o)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xFA, 0xFA, 0xFA));
        using var band = new SKPaint { Color = Colour(card), IsAntialias = true };
        canvas.DrawRect(0, 0, Width, 150, band);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var ink = new SKPaint { Color = new SKColor(0x1D, 0x1D, 0x1F), IsAntialias = true };
        using var muted = new SKPaint { Color = new SKColor(0x5F, 0x63, 0x68), IsAntialias = true };
        using var small = new SKFont(Regular.Value, 30);
        using var ratingFont = new SKFont(Bold.Value, 64);
        using var claimFont = new SKFont(Regular.Value, 44);
        using var speakerFont = new SKFont(Bold.Value, 34);
        canvas.DrawText(o.OrganizationName.ToUpperInvariant(), 60, 52, SKTextAlign.Left, small, white);
        canvas.DrawText(card.RatingInfo.Label, 60, 122, SKTextAlign.Left, ratingFont, white);
        var y = 225f;
        // The checked statement as a statement, never dressed in quotation marks as the speaker's words.
        foreach (var line in Wrap(card.ClaimText, claimFont, Width - 120, 5))
        {
            canvas.DrawText(line, 60, y, SKTextAlign.Left, claimFont, ink);
            y += 58;
        }
        canvas.DrawText("Claimed by " + (card.Speaker ?? "an unknown speaker") + (card.Channel is null ? "" : ", via " + card.Channel), 60, Height - 50, SKTextAlign.Left, speakerFont, muted);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    static IEnumerable<string> Wrap(string text, SKFont font, float width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= width) { current = candidate; continue; }
            if (current.Length > 0) lines.Add(current);
            current = word;
            if (lines.Count == maxLines) break;
        }
        if (lines.Count < maxLines && current.Length > 0) lines.Add(current);
        if (lines.Count == maxLines && string.Join(" ", lines).Length < text.Length)
        {
            var last = lines[^1];
            while (last.Length > 0 && font.MeasureText(last + "…") > width) last = last[..^1];
            lines[^1] = last.TrimEnd() + "…";
        }
        return lines;
    }
}
