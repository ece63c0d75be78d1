using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// Formats a spec in the house style, working on the full-fidelity tree: only whitespace
/// changes, every token and every comment stays, so the formatted spec means the same.
/// </summary>
/// <remarks>
/// The rules:
/// <list type="bullet">
/// <item>4 spaces per block level; a continuation line of a member one level deeper; a line
/// that starts with `)` or `]` at the level of the line with its opener.</item>
/// <item>One member per line, except in a block its author wrote on one line
/// (`site A { level: county; region: east }`), which stays on one line.</item>
/// <item>No space before `:` `,` `;` `.` `)` `]`, one after `:` `,` `;`; none inside `( )` and
/// `[ ]`, around `.` or after a sign; one around binary operators and `=`; ` {` before a block.</item>
/// <item>Line breaks inside a member are kept (long conditions, long lists), except before
/// separators and before `{`, which join the line before.</item>
/// <item>Every comment stays where it is; an end-of-line comment keeps the spaces before it
/// (comments aligned in a column stay aligned). Blank lines stay, at most one in a row.</item>
/// <item>No trailing whitespace; no blank lines at the start or end; one line break at the end.</item>
/// </list>
/// A file with syntax errors is never formatted: its tree is a guess, and reformatting a
/// guess could move text the author still means to fix.
/// </remarks>
public static class SpecFormatter
{
    public static FormattingResult Format(string text, FormattingOptions? options = null) =>
        Format(SyntaxTree.ParseText(text), options);

    public static FormattingResult Format(SyntaxTree tree, FormattingOptions? options = null)
    {
        options ??= FormattingOptions.Default;
        var original = tree.Text.ToString();
        var errors = tree.GetDiagnostics().Where(d => d.IsError).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            return new FormattingResult(original, original, FormattingOutcome.NotFormattedBecauseOfSyntaxErrors, errors);
        }

        var newLine = options.NewLine ?? DetectNewLine(original);
        var formatted = new Run(tree, newLine, options.IndentSize).Write();
        if (formatted == original)
        {
            return new FormattingResult(original, original, FormattingOutcome.Unchanged, ImmutableArray<Diagnostic>.Empty);
        }

        FormattingVerifier.AssertSameMeaning(tree, formatted, newLine);
        return new FormattingResult(original, formatted, FormattingOutcome.Formatted, ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>The file's first line break, so a CRLF file stays CRLF.</summary>
    private static string DetectNewLine(string text)
    {
        var index = text.IndexOfAny(new[] { '\r', '\n' });
        if (index < 0 || text[index] == '\n')
        {
            return "\n";
        }

        return index + 1 < text.Length && text[index + 1] == '\n' ? "\r\n" : "\r";
    }

    /// <summary>One formatting pass over one tree.</summary>
    private sealed class Run
    {
        private readonly SyntaxTree _tree;
        private readonly string _newLine;
        private readonly FormattingLayout _layout;
        private readonly FormattedTextWriter _writer;
        private readonly Dictionary<SyntaxToken, int> _openerLevels = new();

        public Run(SyntaxTree tree, string newLine, int indentSize)
        {
            _tree = tree;
            _newLine = newLine;
            _layout = new FormattingLayout(tree);
            _writer = new FormattedTextWriter(newLine, indentSize);
        }

        public string Write()
        {
            SyntaxToken? previous = null;
            foreach (var token in _tree.Root.DescendantTokens())
            {
                var gap = TriviaGap.Between(previous, token);
                if (gap.HasSkippedText)
                {
                    throw new InvalidOperationException("Skipped text in a file without syntax errors.");
                }

                WriteGap(previous, token, gap);
                if (token.Kind == SyntaxKind.EndOfFileToken)
                {
                    break;
                }

                _writer.Write(token.Text);
                if (token.Kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken)
                {
                    _openerLevels[token] = _writer.CurrentLineLevel;
                }

                previous = token;
            }

            return _writer.Finish();
        }

        private void WriteGap(SyntaxToken? previous, SyntaxToken current, TriviaGap gap)
        {
            var isEnd = current.Kind == SyntaxKind.EndOfFileToken;
            var level = isEnd ? 0 : LevelOf(current);
            var commentLevel = IsMultiLineClose(current) ? level + 1 : level;
            var brokeLine = false;
            var lastWasComment = false;

            foreach (var comment in gap.Comments)
            {
                if (_writer.IsEmpty)
                {
                    // The file starts with a comment: no blank lines before it.
                }
                else if (comment.LineBreaksBefore == 0)
                {
                    // On the line of what precedes it: keep the author's spacing (aligned comments).
                    if (lastWasComment || comment.WhitespaceBefore.Length == 0)
                    {
                        _writer.Space();
                    }
                    else
                    {
                        _writer.Write(SameLineWhitespace(comment.WhitespaceBefore));
                    }
                }
                else
                {
                    _writer.NewLines(LineBreaks(comment.LineBreaksBefore), commentLevel);
                    brokeLine = true;
                }

                _writer.Write(CommentText.Normalize(comment.Text, _newLine));
                lastWasComment = true;
            }

            if (isEnd)
            {
                return;
            }

            var lineBreaks = gap.LineBreaksAfter;
            if (previous is null)
            {
                // The first token: at the top, or below the file's opening comments.
                if (lastWasComment)
                {
                    if (lineBreaks > 0)
                    {
                        _writer.NewLines(LineBreaks(lineBreaks), level);
                    }
                    else
                    {
                        _writer.Space();
                    }
                }

                return;
            }

            var (mustBreak, space, mayBreak) = Requirement(previous, current);
            if (mustBreak)
            {
                if (lineBreaks > 0 || !brokeLine)
                {
                    _writer.NewLines(lineBreaks > 0 ? LineBreaks(lineBreaks) : 1, level);
                }
                else
                {
                    _writer.Space(); // after a comment that starts this member's line
                }
            }
            else if (lineBreaks > 0 && (mayBreak || lastWasComment))
            {
                _writer.NewLines(LineBreaks(lineBreaks), level);
            }
            else if (space || lastWasComment)
            {
                _writer.Space();
            }
        }

        /// <summary>What the structure asks for between two tokens: a line break, a space, or nothing.</summary>
        private (bool MustBreak, bool Space, bool MayBreak) Requirement(SyntaxToken previous, SyntaxToken current)
        {
            if (_layout.MemberStartingAt(current) is { } member)
            {
                return member.Parent is BlockSyntax block && !_layout.IsMultiLine(block)
                    ? (false, !TokenSpacing.IsFullWidthPunctuation(previous), false)
                    : (true, true, true);
            }

            if (current.Kind == SyntaxKind.CloseBraceToken && _layout.BlockOf(current) is { } closed)
            {
                if (_layout.IsMultiLine(closed))
                {
                    return (true, true, true);
                }

                return (false, !ReferenceEquals(previous, closed.OpenBraceToken), false);
            }

            return (false, TokenSpacing.NeedsSpace(previous, current), TokenSpacing.MayBreakBefore(previous, current));
        }

        /// <summary>The indentation level of <paramref name="token"/> when it starts a line.</summary>
        private int LevelOf(SyntaxToken token)
        {
            if (_layout.MemberStartingAt(token) is { } member)
            {
                return FormattingLayout.Depth(member);
            }

            if (token.Kind is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken && _layout.BlockOf(token) is { } block)
            {
                return FormattingLayout.Depth(block);
            }

            var opener = token.Parent switch
            {
                ParenthesizedExpressionSyntax parenthesized when ReferenceEquals(parenthesized.CloseParenToken, token) => parenthesized.OpenParenToken,
                ListExpressionSyntax list when ReferenceEquals(list.CloseBracketToken, token) => list.OpenBracketToken,
                _ => null,
            };
            if (opener is not null && _openerLevels.TryGetValue(opener, out var openerLevel))
            {
                return openerLevel;
            }

            var enclosing = FormattingLayout.EnclosingMember(token);
            return enclosing is null ? 0 : FormattingLayout.Depth(enclosing) + 1;
        }

        private bool IsMultiLineClose(SyntaxToken token) =>
            token.Kind == SyntaxKind.CloseBraceToken && _layout.BlockOf(token) is { } block && _layout.IsMultiLine(block);

        /// <summary>One line break, or two (one blank line) for any run of blank lines.</summary>
        private static int LineBreaks(int original) => original >= 2 ? 2 : 1;

        private static string SameLineWhitespace(string whitespace)
        {
            var chars = whitespace.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (chars[i] != '\t')
                {
                    chars[i] = ' ';
                }
            }

            return new string(chars);
        }
    }
}
