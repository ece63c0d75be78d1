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
}
