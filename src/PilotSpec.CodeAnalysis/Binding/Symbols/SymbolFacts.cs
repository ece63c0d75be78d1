using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public static class SymbolFacts
{
    public static string KindWord(SymbolKind kind) => kind switch
    {
        SymbolKind.Pilot => "pilot",
        SymbolKind.Goal => "goal",
        SymbolKind.Indicator => "indicator",
        SymbolKind.Site => "site",
        SymbolKind.Wave => "wave",
        SymbolKind.Phase => "phase",
        SymbolKind.Alert => "alert",
        SymbolKind.Evaluation => "evaluation",
        _ => "stakeholder",
    };

    public static SymbolKind? KindOf(SyntaxKind declarationKind) => declarationKind switch
    {
        SyntaxKind.PilotDeclaration => SymbolKind.Pilot,
        SyntaxKind.GoalDeclaration => SymbolKind.Goal,
        SyntaxKind.IndicatorDeclaration => SymbolKind.Indicator,
        SyntaxKind.SiteDeclaration => SymbolKind.Site,
        SyntaxKind.WaveDeclaration => SymbolKind.Wave,
        SyntaxKind.PhaseDeclaration => SymbolKind.Phase,
        SyntaxKind.AlertDeclaration => SymbolKind.Alert,
        SyntaxKind.EvaluationDeclaration => SymbolKind.Evaluation,
        SyntaxKind.StakeholderDeclaration => SymbolKind.Stakeholder,
        _ => null,
    };

    /// <summary>
    /// The kind of a symbol as a word of the message's language ("indicator", 指标); with
    /// <paramref name="indefinite"/>, with its article ("an indicator"), for messages that
    /// would otherwise read "a indicator". A group is named as a group, not as a wave.
    /// </summary>
    internal static ILocalizable KindName(Symbol symbol, bool indefinite = false) =>
        KindName(symbol is WaveSymbol { IsGroup: true } ? "Group" : symbol.Kind.ToString(), indefinite);

    /// <summary>The kind a declaration keyword introduces (`group` is a group), as <see cref="KindName(Symbol, bool)"/>.</summary>
    internal static ILocalizable KindName(SyntaxKind keyword, bool indefinite = false) =>
        KindName(keyword == SyntaxKind.GroupKeyword ? "Group" : KindOfKeyword(keyword).ToString(), indefinite);

    private static ILocalizable KindName(string kind, bool indefinite) =>
        new Phrase("Kind_" + kind + (indefinite ? "_Indefinite" : string.Empty));

    private static SymbolKind KindOfKeyword(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.PilotKeyword => SymbolKind.Pilot,
        SyntaxKind.GoalKeyword => SymbolKind.Goal,
        SyntaxKind.IndicatorKeyword => SymbolKind.Indicator,
        SyntaxKind.SiteKeyword => SymbolKind.Site,
        SyntaxKind.PhaseKeyword => SymbolKind.Phase,
        SyntaxKind.AlertKeyword => SymbolKind.Alert,
        SyntaxKind.EvaluationKeyword => SymbolKind.Evaluation,
        SyntaxKind.StakeholderKeyword => SymbolKind.Stakeholder,
        _ => SymbolKind.Wave,
    };
}
