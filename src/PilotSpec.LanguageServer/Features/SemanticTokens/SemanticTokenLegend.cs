using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Features.SemanticTokens;

/// <summary>The token types and modifiers the server reports, by index (standard LSP names, so every theme colours them).</summary>
public static class SemanticTokenLegend
{
    public static readonly string[] Types =
    {
        "keyword", "property", "string", "number", "comment", "operator",
        "namespace", "class", "variable", "struct", "enum", "event", "interface", "function", "parameter",
        "enumMember", "type",
    };

    public static readonly string[] Modifiers = { "declaration" };

    public static SemanticTokensLegend Legend { get; } = new(Types, Modifiers);

    public static int Index(string type) => Array.IndexOf(Types, type);

    public static string ForSymbol(SymbolKind kind) => kind switch
    {
        SymbolKind.Pilot => "namespace",
        SymbolKind.Goal => "class",
        SymbolKind.Indicator => "variable",
        SymbolKind.Site => "struct",
        SymbolKind.Wave => "enum",
        SymbolKind.Phase => "event",
        SymbolKind.Alert => "interface",
        SymbolKind.Evaluation => "function",
        _ => "parameter",
    };
}
