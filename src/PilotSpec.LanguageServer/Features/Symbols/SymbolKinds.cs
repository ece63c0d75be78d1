using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Features.Symbols;

/// <summary>How each kind of declaration shows in outlines and symbol search.</summary>
public static class SymbolKinds
{
    public static LspSymbolKind ToLsp(SymbolKind kind) => kind switch
    {
        SymbolKind.Pilot => LspSymbolKind.Namespace,
        SymbolKind.Goal => LspSymbolKind.Class,
        SymbolKind.Indicator => LspSymbolKind.Variable,
        SymbolKind.Site => LspSymbolKind.Struct,
        SymbolKind.Wave => LspSymbolKind.Enum,
        SymbolKind.Phase => LspSymbolKind.Event,
        SymbolKind.Alert => LspSymbolKind.Interface,
        SymbolKind.Evaluation => LspSymbolKind.Function,
        _ => LspSymbolKind.Object,
    };
}
