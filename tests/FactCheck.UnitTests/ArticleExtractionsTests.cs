using FactCheck.Features.Articles;

namespace FactCheck.UnitTests;

/// <summary>The intake's memory of extractions: an article is extracted once per node; a book is extracted each time, never kept.</summary>
public class ArticleExtractionsTests
{
    const string Article = "The harbour master, Ines Varga, said that cargo traffic rose 14 percent last year.\n";

    [Fact]
    public void An_article_seen_before_is_not_extracted_again_and_gives_the_same_attributions()
    {
        var memory = new ArticleExtractions();
        var first = memory.For(Article);
        Assert.Equal(0, memory.Reused);
        Assert.Same(first, memory.For(Article));
        Assert.Equal(1, memory.Reused);
        Assert.Equal("Ines Varga", Assert.Single(first).Speaker);
        memory.For(Article + "A second paragraph.\n");
        Assert.Equal(1, memory.Reused); // another text, extracted afresh
    }

    [Fact]
    public void A_text_of_a_million_characters_is_not_kept()
    {
        var memory = new ArticleExtractions();
        var book = string.Concat(Enumerable.Repeat(Article, ArticleExtractions.LongestRemembered / Article.Length + 1));
        var once = memory.For(book);
        var twice = memory.For(book);
        Assert.Equal(0, memory.Reused);
        Assert.NotSame(once, twice);
        Assert.Equal(once.Count, twice.Count);
    }

    [Fact]
    public void It_forgets_the_oldest_text_past_its_capacity()
    {
        var memory = new ArticleExtractions();
        for (var i = 0; i <= ArticleExtractions.Capacity; i++) memory.For($"Item {i}. " + Article);
        memory.For("Item 0. " + Article); // the first was forgotten
        Assert.Equal(0, memory.Reused);
        memory.For($"Item {ArticleExtractions.Capacity}. " + Article); // the last is remembered
        Assert.Equal(1, memory.Reused);
    }
}
