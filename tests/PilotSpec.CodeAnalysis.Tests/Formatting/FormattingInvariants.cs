using System.Globalization;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Formatting;

/// <summary>What must hold after formatting any text at all.</summary>
internal static class FormattingInvariants
{
    public static void AssertHold(string text)
    {
        var tree = SyntaxTree.ParseText(text, "spec.pilot");
        var result = SpecFormatter.Format(tree);

        if (tree.GetDiagnostics().Any(d => d.IsError))
        {
            Assert.Equal(FormattingOutcome.NotFormattedBecauseOfSyntaxErrors, result.Outcome);
            Assert.Equal(text, result.Text);
            return;
        }

        var formatted = result.Text;
        var again = SpecFormatter.Format(formatted);
        Assert.True(again.Outcome == FormattingOutcome.Unchanged, $"Not idempotent.\n--- once:\n{formatted}\n--- twice:\n{again.Text}");

        var reparsed = SyntaxTree.ParseText(formatted, "spec.pilot");
        Assert.Empty(reparsed.GetDiagnostics());
        Assert.Equal(Tokens(tree), Tokens(reparsed));
        Assert.Equal(Comments(tree), Comments(reparsed));
        Assert.Equal(Diagnostics(tree), Diagnostics(reparsed));
        AssertLayout(formatted);
    }

    /// <summary>The layout promises: no trailing whitespace, at most one blank line, one line break at the end.</summary>
    public static void AssertLayout(string formatted)
    {
        if (formatted.Length == 0)
        {
            return;
        }

        // The formatter keeps the file's own line ending (\n, \r\n or a lone \r).
        var lines = OneLineEnding(formatted).Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.NotEqual("", lines[0]);
        Assert.NotEqual("", lines[^2]);
        for (var i = 0; i < lines.Length - 1; i++)
        {
            // The language's whitespace, not .NET's: U+0085 or U+2003 at the end of a comment is
            // the comment's text (the lexer does not call them whitespace), and stays.
            Assert.True(lines[i].TrimEnd(LanguageWhitespace) == lines[i], $"Trailing whitespace on line {i + 1}: '{lines[i]}'");
            Assert.False(i > 0 && lines[i].Length == 0 && lines[i - 1].Length == 0, $"Two blank lines in a row at line {i + 1}.");
        }
    }

    private static string OneLineEnding(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>grammar/PilotLexer.g4's WHITESPACE characters.</summary>
    private static readonly char[] LanguageWhitespace = [' ', '\t', '\f', '\v', '\u00A0', '\u3000', '\uFEFF'];

    private static string[] Tokens(SyntaxTree tree) =>
        tree.Root.DescendantTokens().Select(t => $"{t.Kind} {t.Text}").ToArray();

    private static string[] Comments(SyntaxTree tree) =>
        tree.Root.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => SyntaxFacts.IsComment(t.Kind))
            .Select(t => string.Join("\n", OneLineEnding(t.Text).Split('\n').Select(line => line.TrimEnd(LanguageWhitespace))))
            .ToArray();

    /// <summary>
    /// What the whole compiler says about the spec, without positions (those move): also the
    /// line numbers a message may quote ("already declared ... on line 12"), since collapsing
    /// blank lines moves them.
    /// </summary>
    private static string[] Diagnostics(SyntaxTree tree) =>
        PilotCompilation.Create([tree]).GetDiagnostics()
            .Select(d => $"{d.Id} {d.Severity} {System.Text.RegularExpressions.Regex.Replace(d.GetMessage(CultureInfo.InvariantCulture), @"line \d+", "line N")}")
            .ToArray();
}
