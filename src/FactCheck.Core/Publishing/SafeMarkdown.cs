using System.Text.RegularExpressions;
using Markdig;

namespace FactCheck.Publishing;

/// <summary>Markdown for rationales, rendered safely: raw HTML is escaped, script links are dropped.</summary>
public static partial class SafeMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : UnsafeLink().Replace(Markdig.Markdown.ToHtml(markdown, Pipeline), "href=\"#\"");

    [GeneratedRegex(@"href=""\s*(?:javascript|vbscript|data):[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeLink();
}
