using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Compilation;

/// <summary>
/// `// pilot-disable-next-line PS0104`: silences the codes named (all codes when none is
/// named) on the next line only; syntax errors cannot be silenced.
/// </summary>
public sealed class SuppressionTests
{
    // Line 2 has two findings on the indicator's name: no baseline (PS0200) and no source (PS0902).
    private const string TwoFindingsOnLine2 = """
        {0}
        indicator approval_time "Average approval time" {
            unit: days
            better: lower
            target: 15 days by 2020-12-31
            measured: monthly
        }
        """;

    [Fact]
    public void Without_a_comment_both_findings_are_reported()
    {
        Assert.Equal(["PS0200", "PS0902"], Ids(With("// an ordinary comment")));
    }

    [Fact]
    public void Named_code_is_silenced_and_only_that_code()
    {
        Assert.Equal(["PS0200"], Ids(With("// pilot-disable-next-line PS0902")));
    }

    [Theory]
    [InlineData("// pilot-disable-next-line PS0902 PS0200")]
    [InlineData("// pilot-disable-next-line PS0902, PS0200")]
    [InlineData("// pilot-disable-next-line ps0902 ps0200")]
    [InlineData("// pilot-disable-next-line")]
    [InlineData("//pilot-disable-next-line")]
    public void Several_codes_or_no_code_silence_everything_named(string comment)
    {
        Assert.Empty(Ids(With(comment)));
    }

    [Fact]
    public void Comment_silences_the_next_line_only()
    {
        var diagnostics = Specs.Diagnose("""
            // pilot-disable-next-line PS0104
            group reserve = [Beicheng]
            group spare = [Beicheng]
            site Beicheng "North district" { level: county }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PS0104", 2), (diagnostic.Id, diagnostic.Location.LineSpan.Start.Line)); // 0-based: `group spare`
    }

    [Fact]
    public void Comment_naming_another_code_silences_nothing()
    {
        Assert.Equal(["PS0200", "PS0902"], Ids(With("// pilot-disable-next-line PS0104")));
    }

    [Fact]
    public void Comment_at_the_end_of_the_previous_line_works_too()
    {
        var diagnostics = Specs.Diagnose("""
            site Beicheng "North district" { level: county } // pilot-disable-next-line PS0104
            group reserve = [Beicheng]
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Syntax_errors_cannot_be_silenced()
    {
        var diagnostics = Specs.Diagnose("""
            // pilot-disable-next-line
            phase Trial { start: 2020-3-1; duration: 12 months; in: all sites }
            """);

        Assert.Equal("PS0006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Comment_in_an_imported_file_silences_that_file()
    {
        var diagnostics = Specs.Diagnose("""
            import "catalogue.pilot"
            // file: catalogue.pilot
            site Beicheng "North district" { level: county }
            // pilot-disable-next-line PS0104
            group reserve = [Beicheng]
            group spare = [Beicheng]
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PS0104", "catalogue.pilot", 4), (diagnostic.Id, diagnostic.Location.FilePath, diagnostic.Location.LineSpan.Start.Line)); // 0-based: `group spare`
    }

    private static string With(string comment) => TwoFindingsOnLine2.Replace("{0}", comment, StringComparison.Ordinal);

    private static string[] Ids(string text) => Specs.Diagnose(text).Select(d => d.Id).ToArray();
}
