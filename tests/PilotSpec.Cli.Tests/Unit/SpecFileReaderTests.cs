using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Tests.Unit;

public sealed class SpecFileReaderTests
{
    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        Assert.True(SpecFileReader.TryDecode("a.pilot", [0xEF, 0xBB, 0xBF, .. "site 东"u8], out var source, out _));

        Assert.Equal("site 东", source.Text);
    }

    [Fact]
    public void A_byte_order_mark_later_in_the_file_is_kept_for_the_parser_to_report()
    {
        Assert.True(SpecFileReader.TryDecode("a.pilot", [.. "a"u8, 0xEF, 0xBB, 0xBF], out var source, out _));

        Assert.Equal("a\uFEFF", source.Text);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_offset_in_the_file()
    {
        Assert.False(SpecFileReader.TryDecode("a.pilot", [0xEF, 0xBB, 0xBF, .. "ab"u8, 0xFF], out _, out var problem));

        Assert.Equal("a.pilot: the file is not valid UTF-8 (byte offset 5); save it as UTF-8.", problem);
    }
}
