using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.SemanticTokens;

/// <summary>
/// Colours by meaning, which a TextMate grammar cannot know: a name coloured by what it
/// declares or refers to (indicator, site, phase...), a property name as a property even
/// when it is a keyword (`start:`), unit words as types, vocabulary words as enum members.
/// </summary>
public static class SemanticTokensProvider
{
    public static Protocol.SemanticTokens Full(DocumentAnalysis analysis, CancellationToken cancellationToken)
    {
        var tokens = new List<(int Start, int Length, int Type, int Modifiers)>();
        var program = analysis.Compilation.Program;
        foreach (var token in analysis.Tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                if (SyntaxFacts.IsComment(trivia.Kind))
                {
                    tokens.Add((trivia.Span.Start, trivia.Span.Length, SemanticTokenLegend.Index("comment"), 0));
                }
            }

            if (token.IsMissing || token.Span.Length == 0)
            {
                continue;
            }

            var (type, modifiers) = Classify(token, analysis, program);
            if (type is not null)
            {
                tokens.Add((token.Span.Start, token.Span.Length, SemanticTokenLegend.Index(type), modifiers));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new Protocol.SemanticTokens(Encode(tokens.OrderBy(t => t.Start), analysis.LineIndex));
    }

    private static (string? Type, int Modifiers) Classify(SyntaxToken token, DocumentAnalysis analysis, PilotSpec.CodeAnalysis.Binding.BoundProgram program)
    {
        if (token.Parent is PropertySyntax property && ReferenceEquals(property.NameToken, token))
        {
            return ("property", 0);
        }

        switch (token.Kind)
        {
            case SyntaxKind.StringLiteralToken:
                return ("string", 0);
            case SyntaxKind.NumberLiteralToken or SyntaxKind.PercentLiteralToken or SyntaxKind.DateLiteralToken:
                return ("number", 0);
            case var kind when SyntaxFacts.IsKeyword(kind):
                return token.Parent is DeclarationSyntax d && ReferenceEquals(d.Identifier, token) ? (null, 0) : ("keyword", 0);
            case var kind when SyntaxFacts.IsComparisonOperator(kind)
                || kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken or SyntaxKind.StarToken or SyntaxKind.SlashToken or SyntaxKind.EqualsToken:
                return ("operator", 0);
            case SyntaxKind.IdentifierToken:
                break;
            default:
                return (null, 0);
        }

        if (token.Parent is DeclarationSyntax declaration && ReferenceEquals(declaration.Identifier, token))
        {
            var kind = PilotSpec.CodeAnalysis.Binding.SymbolFacts.KindOf(declaration.Kind);
            return (kind is { } k ? SemanticTokenLegend.ForSymbol(k) : "variable", 1);
        }

        if (program.References.TryGetValue(token, out var symbol))
        {
            return (SemanticTokenLegend.ForSymbol(symbol.Kind), 0);
        }

        return token.Parent switch
        {
            QuantityLiteralExpressionSyntax => ("type", 0),
            SustainedExpressionSyntax sustained when ReferenceEquals(sustained.PeriodToken, token) => ("type", 0),
            MemberAccessExpressionSyntax => ("property", 0),
            _ => ("enumMember", 0),
        };
    }

    /// <summary>LSP's relative encoding, one token per line segment (a block comment may span lines).</summary>
    private static int[] Encode(IEnumerable<(int Start, int Length, int Type, int Modifiers)> tokens, Text.LineIndex lines)
    {
        var data = new List<int>();
        var previousLine = 0;
        var previousCharacter = 0;
        foreach (var (start, length, type, modifiers) in tokens)
        {
            var end = start + length;
            var line = lines.LineOf(start);
            var segmentStart = start;
            while (segmentStart < end)
            {
                var segmentEnd = Math.Min(end, lines.LineEnd(line));
                if (segmentEnd > segmentStart)
                {
                    var from = lines.ToPosition(segmentStart);
                    var to = lines.ToPosition(segmentEnd);
                    var deltaLine = from.Line - previousLine;
                    data.Add(deltaLine);
                    data.Add(deltaLine == 0 ? from.Character - previousCharacter : from.Character);
                    data.Add(to.Character - from.Character);
                    data.Add(type);
                    data.Add(modifiers);
                    previousLine = from.Line;
                    previousCharacter = from.Character;
                }

                line++;
                if (line >= lines.LineCount)
                {
                    break;
                }

                segmentStart = lines.LineStart(line);
            }
        }

        return data.ToArray();
    }
}
