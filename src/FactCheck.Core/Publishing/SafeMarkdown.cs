using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactCheck.Publishing;

/// <summary>
/// Markdown for rationales, rendered safely: raw HTML is escaped; links keep only http, https and mailto addresses or
/// paths on this site (anything else, javascript: included, becomes "#"); images are never loaded — an image becomes a
/// plain link to it, so no reader's or editor's browser fetches a third party's picture by opening a page.
/// </summary>
public static class SafeMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            if (!SafeUrls.IsSafeLink(link.Url)) link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!SafeUrls.IsSafeLink(link.Url)) link.Url = "#";
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
