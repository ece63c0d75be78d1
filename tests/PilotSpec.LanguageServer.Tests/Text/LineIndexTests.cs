using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Tests.Text;

public class LineIndexTests
{
    // 东 is one UTF-16 unit and three UTF-8 bytes; 😀 and 𠀀 are two UTF-16 units (a surrogate pair), four bytes, one code point.
    private const string Text = "a东😀b\r\n𠀀x\rlast\n";

    [Theory]
    [InlineData(PositionEncoding.Utf16, 0, 4, 4)]   // after 😀: a(1) 东(1) 😀(2)
    [InlineData(PositionEncoding.Utf8, 0, 8, 4)]    // a(1) 东(3) 😀(4)
    [InlineData(PositionEncoding.Utf32, 0, 3, 4)]   // a 东 😀
    [InlineData(PositionEncoding.Utf16, 1, 2, 9)]   // after 𠀀 on line 1 (line starts at 7)
    [InlineData(PositionEncoding.Utf8, 1, 4, 9)]
    [InlineData(PositionEncoding.Utf32, 1, 1, 9)]
    [InlineData(PositionEncoding.Utf16, 2, 0, 11)]  // a lone \r ends a line
    public void Positions_and_offsets_convert_both_ways(PositionEncoding encoding, int line, int character, int offset)
    {
        var index = new LineIndex(SourceText.From(Text), encoding);
        Assert.Equal(offset, index.ToOffset(new Position(line, character)));
        Assert.Equal(new Position(line, character), index.ToPosition(offset));
    }

    [Fact]
    public void Only_cr_lf_and_crlf_end_lines_not_unicode_separators()
    {
        var index = new LineIndex(SourceText.From("a\u2028b\u2029c\u0085d\ne"), PositionEncoding.Utf16);
        Assert.Equal(2, index.LineCount);
        Assert.Equal(new Position(0, 6), index.ToPosition(6));
        Assert.Equal(new Position(1, 0), index.ToPosition(8));
    }

    [Theory]
    [InlineData(PositionEncoding.Utf16, 3, 2)]  // between the halves of 😀: the start of 😀
    [InlineData(PositionEncoding.Utf8, 2, 1)]   // inside 东's three bytes: the start of 东
    [InlineData(PositionEncoding.Utf8, 6, 2)]   // inside 😀's four bytes: the start of 😀
    public void A_position_inside_a_character_goes_to_its_start(PositionEncoding encoding, int character, int expectedOffset)
    {
        var index = new LineIndex(SourceText.From(Text), encoding);
        Assert.Equal(expectedOffset, index.ToOffset(new Position(0, character)));
    }

    [Fact]
    public void Positions_out_of_range_are_clamped_to_the_line_or_the_text()
    {
        var index = new LineIndex(SourceText.From(Text), PositionEncoding.Utf16);
        Assert.Equal(5, index.ToOffset(new Position(0, 99)));          // end of line 0, before \r\n
        Assert.Equal(Text.Length, index.ToOffset(new Position(99, 0)));
        Assert.Equal(0, index.ToOffset(new Position(-1, 0)));
        Assert.Equal(new Position(3, 0), index.ToPosition(Text.Length));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_unit_and_three_utf8_bytes()
    {
        var text = SourceText.From("\uD800x");
        Assert.Equal(new Position(0, 1), new LineIndex(text, PositionEncoding.Utf16).ToPosition(1));
        Assert.Equal(new Position(0, 3), new LineIndex(text, PositionEncoding.Utf8).ToPosition(1));
    }
}
