using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Facts about syntax kinds: keyword and punctuation texts, and what is what.</summary>
public static class SyntaxFacts
{
    private static readonly ImmutableDictionary<SyntaxKind, string> FixedTexts = new Dictionary<SyntaxKind, string>
    {
        [SyntaxKind.PilotKeyword] = "pilot",
        [SyntaxKind.GoalKeyword] = "goal",
        [SyntaxKind.IndicatorKeyword] = "indicator",
        [SyntaxKind.SiteKeyword] = "site",
        [SyntaxKind.SitesKeyword] = "sites",
        [SyntaxKind.WaveKeyword] = "wave",
        [SyntaxKind.GroupKeyword] = "group",
        [SyntaxKind.PhaseKeyword] = "phase",
        [SyntaxKind.AlertKeyword] = "alert",
        [SyntaxKind.EvaluationKeyword] = "evaluation",
        [SyntaxKind.StakeholderKeyword] = "stakeholder",
        [SyntaxKind.ImportKeyword] = "import",
        [SyntaxKind.AndKeyword] = "and",
        [SyntaxKind.OrKeyword] = "or",
        [SyntaxKind.NotKeyword] = "not",
        [SyntaxKind.TrueKeyword] = "true",
        [SyntaxKind.FalseKeyword] = "false",
        [SyntaxKind.AtKeyword] = "at",
        [SyntaxKind.InKeyword] = "in",
        [SyntaxKind.OfKeyword] = "of",
        [SyntaxKind.AllKeyword] = "all",
        [SyntaxKind.AnyKeyword] = "any",
        [SyntaxKind.NoneKeyword] = "none",
        [SyntaxKind.MetKeyword] = "met",
        [SyntaxKind.ForKeyword] = "for",
        [SyntaxKind.ConsecutiveKeyword] = "consecutive",
        [SyntaxKind.StartKeyword] = "start",
        [SyntaxKind.EndKeyword] = "end",
        [SyntaxKind.OnKeyword] = "on",
        [SyntaxKind.ByKeyword] = "by",
        [SyntaxKind.FromKeyword] = "from",
        [SyntaxKind.AgainstKeyword] = "against",
        [SyntaxKind.WeightKeyword] = "weight",
        [SyntaxKind.WhenKeyword] = "when",
        [SyntaxKind.OpenBraceToken] = "{",
        [SyntaxKind.CloseBraceToken] = "}",
        [SyntaxKind.OpenParenToken] = "(",
        [SyntaxKind.CloseParenToken] = ")",
        [SyntaxKind.OpenBracketToken] = "[",
        [SyntaxKind.CloseBracketToken] = "]",
        [SyntaxKind.ColonToken] = ":",
        [SyntaxKind.SemicolonToken] = ";",
        [SyntaxKind.CommaToken] = ",",
        [SyntaxKind.DotToken] = ".",
        [SyntaxKind.EqualsEqualsToken] = "==",
        [SyntaxKind.BangEqualsToken] = "!=",
        [SyntaxKind.LessEqualsToken] = "<=",
        [SyntaxKind.GreaterEqualsToken] = ">=",
        [SyntaxKind.LessToken] = "<",
        [SyntaxKind.GreaterToken] = ">",
        [SyntaxKind.EqualsToken] = "=",
        [SyntaxKind.PlusToken] = "+",
        [SyntaxKind.MinusToken] = "-",
        [SyntaxKind.StarToken] = "*",
        [SyntaxKind.SlashToken] = "/",
    }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<string, SyntaxKind> KeywordsByText =
        FixedTexts.Where(p => IsKeyword(p.Key)).ToImmutableDictionary(p => p.Value, p => p.Key);

    /// <summary>The fixed text of a keyword or punctuation kind; null for kinds whose text varies.</summary>
    public static string? GetText(SyntaxKind kind) => FixedTexts.TryGetValue(kind, out var text) ? text : null;

    /// <summary>The keyword spelled <paramref name="text"/>, or <see cref="SyntaxKind.None"/>.</summary>
    public static SyntaxKind GetKeywordKind(string text) =>
        KeywordsByText.TryGetValue(text, out var kind) ? kind : SyntaxKind.None;

    /// <summary>Every reserved word of the language, in a stable order.</summary>
    public static IEnumerable<string> Keywords => FixedTexts.Where(p => IsKeyword(p.Key)).OrderBy(p => p.Key).Select(p => p.Value);

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.PilotKeyword && kind <= SyntaxKind.WhenKeyword;

    public static bool IsPunctuation(SyntaxKind kind) => kind >= SyntaxKind.OpenBraceToken && kind <= SyntaxKind.SlashToken;

    public static bool IsToken(SyntaxKind kind) => kind >= SyntaxKind.EndOfFileToken && kind <= SyntaxKind.SlashToken;

    public static bool IsTrivia(SyntaxKind kind) => kind >= SyntaxKind.WhitespaceTrivia && kind <= SyntaxKind.SkippedTokensTrivia;

    public static bool IsComment(SyntaxKind kind) =>
        kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    public static bool IsLiteralToken(SyntaxKind kind) =>
        kind is SyntaxKind.StringLiteralToken or SyntaxKind.NumberLiteralToken
            or SyntaxKind.PercentLiteralToken or SyntaxKind.DateLiteralToken;

    /// <summary>The declaration keyword kinds, which start a declaration.</summary>
    public static bool IsDeclarationKeyword(SyntaxKind kind) =>
        kind is SyntaxKind.PilotKeyword or SyntaxKind.GoalKeyword or SyntaxKind.IndicatorKeyword
            or SyntaxKind.SiteKeyword or SyntaxKind.WaveKeyword or SyntaxKind.GroupKeyword
            or SyntaxKind.PhaseKeyword or SyntaxKind.AlertKeyword or SyntaxKind.EvaluationKeyword
            or SyntaxKind.StakeholderKeyword;

    public static bool IsComparisonOperator(SyntaxKind kind) =>
        kind is SyntaxKind.LessToken or SyntaxKind.LessEqualsToken or SyntaxKind.GreaterToken
            or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsEqualsToken or SyntaxKind.BangEqualsToken;
}
