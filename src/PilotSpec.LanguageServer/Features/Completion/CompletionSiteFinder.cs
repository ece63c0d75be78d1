using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>
/// Works out where the caret is from the flat token list: which declaration's block
/// encloses it (by matching braces after declaration keywords), which statement it is in
/// (a property starts at `name:`, a declaration at its keyword, anything at `{`, `}` or
/// `;`), and what comes right before it. Newlines end a property unless the line ends
/// with something that must continue (`,`, `:`, an operator, `and`, `at`...).
/// </summary>
public static class CompletionSiteFinder
{
    private sealed class Frame
    {
        public Frame(SymbolKind? kind, bool known)
        {
            Kind = kind;
            Known = known;
        }

        public SymbolKind? Kind { get; }

        public bool Known { get; }

        /// <summary>Where the names of the properties written in this block are: only the caret's block needs their text.</summary>
        public List<int> PropertyNames { get; } = new();
    }

    /// <summary>Lexes <paramref name="text"/> (no parse) and finds the site: for tests and one-off callers.</summary>
    public static CompletionSite Find(string text, int caret) => Find(Lexemes.Of(text), caret);

    /// <summary>
    /// The site at <paramref name="caret"/> from the text's tokens alone (no tree: right after
    /// a keystroke the new text is not parsed yet); an open document keeps its
    /// <paramref name="lexemes"/> per version.
    /// </summary>
    public static CompletionSite Find(Lexemes lexemes, int caret)
    {
        var tokens = lexemes.Tokens;
        caret = Math.Clamp(caret, 0, tokens.Text.Length);
        if (IsInCommentOrString(tokens, caret))
        {
            return None(caret);
        }

        // The word being typed is replaced by the chosen item; what is before it is the context.
        var replaceStart = caret;
        var word = CountWhere(lexemes, l => l.Start < caret) - 1;
        if (word >= 0 && lexemes[word].IsWord && caret <= lexemes[word].End)
        {
            replaceStart = lexemes[word].Start;
        }

        var previous = CountWhere(lexemes, l => l.End <= replaceStart) - 1;

        var stack = new Stack<Frame>();
        stack.Push(new Frame(null, true));
        Frame? caretFrame = previous < 0 ? stack.Peek() : null;
        SymbolKind? pending = null;
        var statementStart = 0;
        var caretStatementStart = 0;
        var caretFrameClosed = false;
        for (var i = 0; i < lexemes.Count; i++)
        {
            var lexeme = lexemes[i];
            var next = i + 1 < lexemes.Count ? lexemes[i + 1] : (Lexeme?)null;
            var before = i > 0 ? lexemes[i - 1] : (Lexeme?)null;
            switch (lexeme.Kind)
            {
                case SyntaxKind.OpenBraceToken:
                    stack.Push(new Frame(pending, pending is not null || stack.Count == 0));
                    pending = null;
                    statementStart = i + 1;
                    break;
                case SyntaxKind.CloseBraceToken:
                    if (stack.Count > 1 && ReferenceEquals(stack.Pop(), caretFrame))
                    {
                        // The caret's block is closed: nothing further down can add to what it holds.
                        caretFrameClosed = true;
                    }

                    pending = null;
                    statementStart = i + 1;
                    break;
                case SyntaxKind.SemicolonToken:
                    pending = null;
                    statementStart = i + 1;
                    break;
                case var _ when lexeme.IsWord && next is { Kind: SyntaxKind.ColonToken }:
                    // `name:` always starts a property (a colon follows nothing else).
                    stack.Peek().PropertyNames.Add(i);
                    pending = null;
                    statementStart = i;
                    break;
                case var kind when SyntaxFacts.IsDeclarationKeyword(kind) && (before is null || !IsContinuation(before.Value)):
                    pending = SymbolFacts.KindOf(DeclarationKind(kind));
                    statementStart = i;
                    break;
            }

            if (caretFrameClosed)
            {
                break;
            }

            if (i == previous)
            {
                caretFrame = stack.Peek();
                caretStatementStart = statementStart;
            }
        }

        caretFrame ??= stack.Peek();
        var existingProperties = caretFrame.PropertyNames.Select(i => lexemes[i].Text).ToHashSet(StringComparer.Ordinal);
        var statement = previous < 0 || caretStatementStart > previous
            ? new List<Lexeme>()
            : Enumerable.Range(caretStatementStart, previous - caretStatementStart + 1).Select(i => lexemes[i]).ToList();

        CompletionSite Site(CompletionPlace place, string? property = null, SyntaxKind header = SyntaxKind.None) =>
            new(place, caretFrame.Kind, caretFrame.Known, existingProperties, property, header, statement, replaceStart, caret);

        if (statement.Count == 0)
        {
            return Site(CompletionPlace.MemberStart);
        }

        var last = statement[^1];
        var newLineSince = tokens.Text.AsSpan(last.End, replaceStart - last.End).IndexOfAny('\n', '\r') >= 0;
        // A value may go on after a comma or an operator on the next line, but not after a
        // bare `name:`: an empty value followed by a new line is a property left unfinished.
        if (newLineSince && (!IsContinuation(last) || last.Is(SyntaxKind.ColonToken)))
        {
            statement.Clear();
            return Site(CompletionPlace.MemberStart);
        }

        if (statement.Count >= 2 && statement[0].IsWord && statement[1].Is(SyntaxKind.ColonToken))
        {
            return Site(CompletionPlace.PropertyValue, statement[0].Text);
        }

        if (SyntaxFacts.IsDeclarationKeyword(statement[0].Kind))
        {
            // Right after the keyword, or typing the name: a new name, nothing to offer.
            return statement.Count <= 1 ? Site(CompletionPlace.None) : Site(CompletionPlace.DeclarationHeader, header: statement[0].Kind);
        }

        return Site(CompletionPlace.None);
    }

    /// <summary>A token that cannot end a property: the value goes on after it, even on the next line.</summary>
    public static bool IsContinuation(Lexeme lexeme) => lexeme.Kind switch
    {
        SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken
            or SyntaxKind.EqualsToken or SyntaxKind.DotToken => true,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.StarToken or SyntaxKind.SlashToken => true,
        var kind when SyntaxFacts.IsComparisonOperator(kind) => true,
        SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.NotKeyword or SyntaxKind.AtKeyword or SyntaxKind.InKeyword
            or SyntaxKind.OfKeyword or SyntaxKind.OnKeyword or SyntaxKind.ByKeyword or SyntaxKind.FromKeyword
            or SyntaxKind.AgainstKeyword or SyntaxKind.WeightKeyword or SyntaxKind.WhenKeyword or SyntaxKind.ForKeyword
            or SyntaxKind.AnyKeyword or SyntaxKind.ConsecutiveKeyword => true,
        _ => false,
    };

    private static SyntaxKind DeclarationKind(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.PilotKeyword => SyntaxKind.PilotDeclaration,
        SyntaxKind.GoalKeyword => SyntaxKind.GoalDeclaration,
        SyntaxKind.IndicatorKeyword => SyntaxKind.IndicatorDeclaration,
        SyntaxKind.SiteKeyword => SyntaxKind.SiteDeclaration,
        SyntaxKind.WaveKeyword or SyntaxKind.GroupKeyword => SyntaxKind.WaveDeclaration,
        SyntaxKind.PhaseKeyword => SyntaxKind.PhaseDeclaration,
        SyntaxKind.AlertKeyword => SyntaxKind.AlertDeclaration,
        SyntaxKind.EvaluationKeyword => SyntaxKind.EvaluationDeclaration,
        _ => SyntaxKind.StakeholderDeclaration,
    };

    /// <summary>How many lexemes, from the first, match <paramref name="match"/>: one that holds for a prefix of the list (they are in source order and do not overlap).</summary>
    private static int CountWhere(Lexemes lexemes, Func<Lexeme, bool> match)
    {
        var low = 0;
        var high = lexemes.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (match(lexemes[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>In a comment or a string: the token holding the character before the caret says (an unclosed one goes on to the caret).</summary>
    private static bool IsInCommentOrString(LexicalTokenList tokens, int caret)
    {
        if (caret == 0)
        {
            return false;
        }

        var token = tokens[tokens.IndexAt(caret - 1)];
        return token.Kind switch
        {
            SyntaxKind.SingleLineCommentTrivia => true,
            SyntaxKind.MultiLineCommentTrivia => caret < token.End || !IsClosedComment(tokens.Text.AsSpan(token.Start, token.Length)),
            SyntaxKind.StringLiteralToken => caret < token.End || !IsClosedString(tokens.Text.AsSpan(token.Start, token.Length)),
            _ => false,
        };
    }

    /// <summary>`/*/` ends with `*/` but is not closed: the closing pair cannot share the opening's star.</summary>
    private static bool IsClosedComment(ReadOnlySpan<char> text) => text.Length >= 4 && text.EndsWith("*/", StringComparison.Ordinal);

    private static bool IsClosedString(ReadOnlySpan<char> text) =>
        text.Length >= 2 && ((text[0] == '"' && text[^1] == '"' && !text.EndsWith("\\\"", StringComparison.Ordinal)) || (text[0] == '“' && text[^1] == '”'));

    private static CompletionSite None(int caret) =>
        new(CompletionPlace.None, null, false, new HashSet<string>(), null, SyntaxKind.None, Array.Empty<Lexeme>(), caret, caret);
}
