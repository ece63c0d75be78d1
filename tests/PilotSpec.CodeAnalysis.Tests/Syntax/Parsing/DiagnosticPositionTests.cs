using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// Line and column are what editors show: lines split at CRLF, CR and LF alike, and columns
/// count UTF-16 code units (LSP's default), so a character outside the BMP counts two.
/// </summary>
public sealed class DiagnosticPositionTests
{
    [Fact]
    public void Chinese_names_do_not_shift_the_position_of_an_error()
    {
        var input = BrokenInput.Parse(
            "pilot 警务改革 \"绩效警务改革\" {\n" +
            "    负责人: \"某市公安局\"\n" +
            "    开始 2019-03-01\n" +
            "}\n");

        input.AssertSingle("PS0002", line: 3, column: 7);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Invalid_character_after_a_non_BMP_character_counts_UTF16_code_units()
    {
        // "𠀀" (U+20000) is two UTF-16 code units; ANTLR counts it as one code point.
        var input = BrokenInput.Parse("pilot a { owner: \"𠀀\" @ }");

        var diagnostic = input.AssertSingle("PS0005", line: 1, column: 23);
        Assert.Equal(24, diagnostic.EndColumn);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void Parse_error_after_non_BMP_characters_counts_UTF16_code_units()
    {
        // Reported by the parser's error strategy, which maps positions on its own path.
        var input = BrokenInput.Parse("pilot a { owner: \"𠀀𠀀\" start 2019-03-01 }");

        input.AssertSingle("PS0002", line: 1, column: 30);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void CRLF_line_endings_count_as_one_line_break()
    {
        var input = BrokenInput.Parse("pilot a {\r\n    owner: \"x\"\r\n    start 2019-03-01\r\n}\r\n");

        input.AssertSingle("PS0002", line: 3, column: 10);
        Snapshot.Match(input.Snapshot);
    }

    [Fact]
    public void CR_only_line_endings_count_as_line_breaks()
    {
        var input = BrokenInput.Parse("pilot a {\r    owner: \"x\"\r    start 2019-03-01\r}\r");

        input.AssertSingle("PS0002", line: 3, column: 10);
        Snapshot.Match(input.Snapshot);
    }
}
