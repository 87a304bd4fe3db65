using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Extraction;

namespace FactCheck.UnitTests;

/// <summary>The hand-written tokenizer finds exactly the tokens of the expression it documents.</summary>
public class TokenizerTests
{
    static readonly Regex Reference = new(@"''|(?:[A-Za-z]\.){2,}(?:['’]s(?![\p{L}\p{M}\d]))?|\d+(?:[.,]\d+)*(?:[A-Za-z%]+)?|[\p{L}\p{M}\d]+(?:['’\-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]", RegexOptions.CultureInvariant);

    static List<(int, int, string)> Expected(string text) => Reference.Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Value)).ToList();
    static List<(int, int, string)> Actual(string text) => Text.Tokens(text, 0, text.Length).Select(t => (t.Start, t.End, t.Text)).ToList();

    [Theory]
    [InlineData("The U.S. and U.S.A, 88km, 1,000.5 tons, 28-year-old, 3.5%, rock''n'roll, don’t, Łódź’s naïve café")]
    [InlineData("“Quoted,” he said — ‘inner’ ― Anna; (R-IN) e.g. A.B.C. x.y 12,34,5a ١٢٣ 𝒜 👍 \t\u00a0\u2028end")]
    [InlineData("Aleksandr G. Lukashenko... 'tis -dash- a--b 'quote' ''double'' 5. .5 ,5 a.")]
    [InlineData("B.C.'s health officer, U.S.’s allies, U.K.'sx, B.C.' N.W.T.’s")]
    [InlineData("")]
    public void Matches_the_reference_expression(string text) => Assert.Equal(Expected(text), Actual(text));

    [Fact]
    public void Matches_the_reference_expression_on_random_text()
    {
        const string alphabet = "aZ09.,'’-%sB \n\t“”\"é̀Ł١👍();:—";
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var text = sb.ToString();
            Assert.True(Expected(text).SequenceEqual(Actual(text)), text);
        }
    }

    [Fact]
    public void Reads_a_range_inside_a_longer_text()
    {
        const string text = "Before. He said U.S. troops left. After.";
        var tokens = Text.Tokens(text, 8, 33);
        Assert.Equal(["He", "said", "U.S.", "troops", "left", "."], tokens.Select(t => t.Text));
        Assert.Equal(8, tokens[0].Start);
    }
}
