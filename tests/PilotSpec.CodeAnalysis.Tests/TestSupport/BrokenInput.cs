using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// One small broken spec, parsed: the key facts are asserted in code (one mistake gives one
/// diagnostic, with this code, at this 1-based line and column), and the full diagnostics
/// are snapshotted next to the input so that the message wording is reviewed too.
/// </summary>
internal sealed class BrokenInput
{
    private BrokenInput(string text, SyntaxTree tree)
    {
        Text = text;
        Tree = tree;
        Diagnostics = DiagnosticView.All(tree.GetDiagnostics());
    }

    public string Text { get; }

    public SyntaxTree Tree { get; }

    public IReadOnlyList<DiagnosticView> Diagnostics { get; }

    /// <summary>What the snapshot stores: the input and what the user is told about it.</summary>
    /// <remarks>
    /// Snapshooter normalises line ends even inside JSON strings ("\r\n" becomes "\n"), so a
    /// CR would vanish from the stored input; it is shown as '␍' to keep CRLF cases honest.
    /// </remarks>
    public object Snapshot => new { Input = Text.Replace("\r", "␍", StringComparison.Ordinal), Diagnostics };

    public static BrokenInput Parse(string text)
    {
        var tree = SyntaxTree.ParseText(text, "broken.pilot");

        // Broken or not, the tree must give back the text.
        Assert.Equal(text, tree.Root.ToFullString());
        return new BrokenInput(text, tree);
    }

    /// <summary>Exactly one diagnostic, with <paramref name="id"/>, starting at the 1-based position.</summary>
    public DiagnosticView AssertSingle(string id, int line, int column)
    {
        var diagnostic = Assert.Single(Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("Error", diagnostic.Severity);
        return diagnostic;
    }
}
