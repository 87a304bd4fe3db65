using System.Text.RegularExpressions;
using Markdig;

namespace FactCheck.Web;

/// <summary>Markdown for rationales, rendered safely: raw HTML is escaped, script links are dropped.</summary>
public static partial class Markdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : UnsafeLink().Replace(Markdig.Markdown.ToHtml(markdown, Pipeline), "href=\"#\"");

    [GeneratedRegex(@"href=""\s*(?:javascript|vbscript|data):[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeLink();
}
