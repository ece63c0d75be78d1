using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class SyntaxCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Syntax_prints_the_tree_of_a_clean_file_and_exits_0()
    {
        _folder.Write("site.pilot", "site 东城区 { level: county }\n");

        var result = _folder.Pilotc("syntax", "site.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StdOutLines;
        Assert.Equal("CompilationUnit [0..27)", lines[0]);
        Assert.Equal("  SiteDeclaration [0..26)", lines[1]);
        Assert.Contains("    IdentifierToken [5..8) \"东城区\"", lines);
        Assert.Equal("  EndOfFileToken [27..27) \"\"", lines[^1]);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Syntax_prints_the_tree_then_the_diagnostics_and_exits_1()
    {
        _folder.Write("date.pilot", Specs.BadDate);

        var result = _folder.Pilotc("syntax", "date.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.StdOutLines;
        Assert.StartsWith("CompilationUnit ", lines[0]);
        Assert.Contains("            DateLiteralToken [17..27) \"2019-13-01\"", lines);
        Assert.Equal("date.pilot" + Specs.BadDateMessage, lines[^1]);
    }

    [Fact]
    public void Syntax_of_a_file_with_a_byte_order_mark_spans_the_text_without_it()
    {
        _folder.WriteBytes("bom.pilot", [0xEF, 0xBB, 0xBF, .. "site A\n"u8]);

        var result = _folder.Pilotc("syntax", "bom.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("CompilationUnit [0..7)", result.StdOutLines[0]);
        Assert.Contains("    SiteKeyword [0..4) \"site\"", result.StdOutLines);
    }

    [Fact]
    public void Syntax_uses_the_chosen_language()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("syntax", "broken.pilot", "--lang", "zh-Hans");

        Assert.Equal("broken.pilot" + Specs.MissingValueMessageZh, result.StdOutLines[^1]);
    }
}
