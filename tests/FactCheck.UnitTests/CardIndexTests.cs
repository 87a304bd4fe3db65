using FactCheck.Publishing;

namespace FactCheck.UnitTests;

public class CardIndexTests
{
    [Fact]
    public void Paging_links_keep_the_filters_encoded()
    {
        var html = CardRenderer.Index([], new PublishingOptions(), page: 2, hasMore: true, rating: "false", speaker: "Port & \"Co\"", words: "cargo <b>traffic</b>");
        Assert.Contains("""<a href="?q=cargo%20%3Cb%3Etraffic%3C%2Fb%3E&amp;rating=false&amp;speaker=Port%20%26%20%22Co%22&amp;page=1">← newer</a>""", html);
        Assert.Contains("""<a href="?q=cargo%20%3Cb%3Etraffic%3C%2Fb%3E&amp;rating=false&amp;speaker=Port%20%26%20%22Co%22&amp;page=3">older →</a>""", html);
        Assert.Contains("""<input type="search" name="q" value="cargo &lt;b&gt;traffic&lt;/b&gt;">""", html);
        Assert.Contains("No fact check matches these filters.", html);
        Assert.Contains("No published fact checks yet.", CardRenderer.Index([], new PublishingOptions(), 1, false, null, null));
        Assert.Contains("""<a href="?page=2">older →</a>""", CardRenderer.Index([], new PublishingOptions(), 1, true, null, null));
    }
}
