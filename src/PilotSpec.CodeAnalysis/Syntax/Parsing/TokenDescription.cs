using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>A token kind in words ("a name", "the keyword 'end'", "'}'"), in the message's culture.</summary>
internal sealed class TokenDescription : ILocalizable
{
    public TokenDescription(SyntaxKind kind) => Kind = kind;

    public SyntaxKind Kind { get; }

    public string ToString(CultureInfo culture) => Kind switch
    {
        SyntaxKind.IdentifierToken => DiagnosticResources.GetString("Token_Identifier", culture),
        SyntaxKind.StringLiteralToken => DiagnosticResources.GetString("Token_String", culture),
        SyntaxKind.NumberLiteralToken => DiagnosticResources.GetString("Token_Number", culture),
        SyntaxKind.PercentLiteralToken => DiagnosticResources.GetString("Token_Percent", culture),
        SyntaxKind.DateLiteralToken => DiagnosticResources.GetString("Token_Date", culture),
        SyntaxKind.EndOfFileToken => DiagnosticResources.GetString("Token_EndOfFile", culture),
        _ when SyntaxFacts.IsKeyword(Kind) => string.Format(culture, DiagnosticResources.GetString("Token_Keyword", culture), SyntaxFacts.GetText(Kind)),
        _ => string.Format(culture, DiagnosticResources.GetString("Token_Punctuation", culture), SyntaxFacts.GetText(Kind) ?? Kind.ToString()),
    };

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What the parser expected, in words. A long set is summarised ("a declaration or a
/// property") rather than listed: 40 keywords in a message help nobody.
/// </summary>
internal sealed class ExpectedTokens : ILocalizable
{
    private const int MaxListed = 5;

    public ExpectedTokens(IEnumerable<SyntaxKind> kinds) =>
        Kinds = kinds.Distinct().OrderBy(Rank).ThenBy(k => k).ToArray();

    public IReadOnlyList<SyntaxKind> Kinds { get; }

    public string ToString(CultureInfo culture)
    {
        var parts = new List<string>();
        var rest = Kinds;
        if (Kinds.Count > MaxListed)
        {
            if (Kinds.Any(SyntaxFacts.IsDeclarationKeyword))
            {
                var closes = Kinds.Contains(SyntaxKind.CloseBraceToken);
                parts.Add(DiagnosticResources.GetString(closes ? "Expected_Declaration" : "Expected_Member", culture));
                rest = Kinds.Where(k => k is SyntaxKind.EndOfFileToken).ToArray();
                if (closes)
                {
                    return parts[0];
                }
            }
            else if (Kinds.Contains(SyntaxKind.NumberLiteralToken))
            {
                parts.Add(DiagnosticResources.GetString("Expected_Expression", culture));
                rest = Kinds.Where(k => SyntaxFacts.IsPunctuation(k) && !IsExpressionStart(k)).Take(MaxListed).ToArray();
            }
            else
            {
                rest = Kinds.Take(MaxListed).ToArray();
            }
        }

        parts.AddRange(rest.Select(k => new TokenDescription(k).ToString(culture)));
        if (parts.Count == 0)
        {
            return DiagnosticResources.GetString("Expected_Expression", culture);
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var separator = DiagnosticResources.GetString("Expected_ListSeparator", culture);
        var head = string.Join(separator, parts.Take(parts.Count - 1));
        return string.Format(culture, DiagnosticResources.GetString("Expected_Or", culture), head, parts[parts.Count - 1]);
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    // Names and literals first, then punctuation, then keywords: the likeliest fix first.
    private static int Rank(SyntaxKind kind) =>
        kind == SyntaxKind.IdentifierToken ? 0
        : SyntaxFacts.IsLiteralToken(kind) ? 1
        : SyntaxFacts.IsPunctuation(kind) ? 2
        : kind == SyntaxKind.EndOfFileToken ? 4
        : 3;

    private static bool IsExpressionStart(SyntaxKind kind) =>
        kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.PlusToken or SyntaxKind.MinusToken;
}
