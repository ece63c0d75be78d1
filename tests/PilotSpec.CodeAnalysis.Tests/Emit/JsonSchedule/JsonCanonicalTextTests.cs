using PilotSpec.CodeAnalysis.Emit.JsonSchedule;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// One escaping policy whatever escapes the JSON library chose: the same string always
/// gives the same bytes, so output does not change with the library's Unicode tables.
/// </summary>
public sealed class JsonCanonicalTextTests
{
    [Theory]
    [InlineData("\"\\u4E2D\\u6587\"", "\"中文\"")]                      // escaped printable text is written as is
    [InlineData("\"\\uD83D\\uDE00\"", "\"😀\"")]                        // an escaped surrogate pair too
    [InlineData("\"\\u0022\\u005C\\/\"", "\"\\\"\\\\/\"")]             // quote and backslash get their short escapes; `/` needs none
    [InlineData("\"a\\u000Ab\\u0009\"", "\"a\\nb\\t\"")]
    [InlineData("\"\\u0001\\u007f\\u0085\"", "\"\\u0001\\u007F\\u0085\"")]  // controls: \u, upper-case hex
    [InlineData("\"x\u2028y\u2029\"", "\"x\\u2028y\\u2029\"")]         // JavaScript rejects raw separators
    [InlineData("\"</script>\"", "\"<\\/script>\"")]
    [InlineData("\"<!--\"", "\"\\u003C!--\"")]
    [InlineData("\"a <= b, c < d, e > f & g\"", "\"a <= b, c < d, e > f & g\"")]
    public void Strings_are_rewritten_to_the_canonical_escapes(string input, string expected) =>
        Assert.Equal(expected, JsonCanonicalText.Canonicalize(input));

    [Fact]
    public void Structure_numbers_and_property_names_are_untouched()
    {
        const string json = "{\n  \"a\": [1, -2.5, true, null],\n  \"b\\u0041\": {}\n}";

        Assert.Equal("{\n  \"a\": [1, -2.5, true, null],\n  \"bA\": {}\n}", JsonCanonicalText.Canonicalize(json));
    }

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
