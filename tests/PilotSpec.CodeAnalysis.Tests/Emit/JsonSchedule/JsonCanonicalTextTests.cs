using PilotSpec.CodeAnalysis.Emit.JsonSchedule;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// One escaping policy, written by the schedule's own writer: the same string always gives
/// the same bytes, so output does not change with a library's Unicode tables.
/// </summary>
public sealed class JsonCanonicalTextTests
{
    [Theory]
    [InlineData("中文", "\"中文\"")]                                  // printable text is written as is
    [InlineData("😀", "\"😀\"")]                                      // a surrogate pair too
    [InlineData("\"\\/", "\"\\\"\\\\/\"")]                          // quote and backslash get their short escapes; `/` needs none
    [InlineData("a\nb\t", "\"a\\nb\\t\"")]
    [InlineData("\u0001\u007f\u0085", "\"\\u0001\\u007F\\u0085\"")]   // controls: \u, upper-case hex
    [InlineData("x\u2028y\u2029", "\"x\\u2028y\\u2029\"")]           // JavaScript rejects raw separators
    [InlineData("</script>", "\"<\\/script>\"")]
    [InlineData("<!--", "\"\\u003C!--\"")]
    [InlineData("a <= b, c < d, e > f & g", "\"a <= b, c < d, e > f & g\"")]
    public void Strings_are_written_with_the_canonical_escapes(string value, string expected) =>
        Assert.Equal(expected, JsonCanonicalText.Quote(value));

    [Fact]
    public void A_lone_surrogate_is_written_as_a_replacement_character() =>
        Assert.Equal("\"a\uFFFDb\"", JsonCanonicalText.Quote("a\uD800b"));

    // A [Fact], not [InlineData]: xunit sanitises lone surrogates in theory arguments.
    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        var cases = new (string Input, string Expected)[]
        {
            ("ok", "ok"),
            ("a\uD800b", "a\uFFFDb"),
            ("\uDC00", "\uFFFD"),
            ("end\uD83D", "end\uFFFD"),
            ("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
            ("\uDE00\uD83D", "\uFFFD\uFFFD"), // reversed halves are two lone surrogates
        };

        Assert.All(cases, c => Assert.Equal(c.Expected, JsonCanonicalText.WithoutLoneSurrogates(c.Input)));
    }
}
