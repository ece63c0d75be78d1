using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Binding;

/// <summary>
/// Semantic diagnostics count lines and columns like the syntax ones: CRLF is one line
/// break, a Chinese character one column, a character outside the BMP two (UTF-16).
/// </summary>
public sealed class SemanticPositionTests
{
    private const string Spec = "site 东城区 \"East\" { level: county }\nphase 试点 {\n    start: 2020-01-01\n    duration: 12 months\n    in: 东城\n}\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_breaks_of_any_kind_give_the_same_position(string lineBreak)
    {
        var text = Spec.Replace("\n", lineBreak, StringComparison.Ordinal);
        var compilation = Specs.Compile(text);

        Assert.Equal(text, compilation.SyntaxTrees[0].Text.ToString()); // the helper keeps the line breaks
        var diagnostic = Assert.Single(compilation.GetDiagnostics());

        Assert.Equal(("PS0102", 5, 9), (diagnostic.Id, diagnostic.Location.LineSpan.Start.Line + 1, diagnostic.Location.LineSpan.Start.Character + 1));
        Assert.Equal("'东城' is not declared; did you mean '东城区'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Characters_outside_the_BMP_count_two_columns()
    {
        // 𠀀 (U+20000) is one character but two UTF-16 code units, as editors using LSP count.
        var diagnostic = Assert.Single(Specs.Diagnose("site 𠀀区 { level: county; parent: 𠀀城 }\n"));

        Assert.Equal(("PS0102", 1, 35), (diagnostic.Id, diagnostic.Location.LineSpan.Start.Line + 1, diagnostic.Location.LineSpan.Start.Character + 1));
        Assert.Equal(3, diagnostic.Location.Span.Length);
    }
}
