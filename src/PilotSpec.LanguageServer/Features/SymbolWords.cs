using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.LanguageServer.Features;

/// <summary>
/// The word an editor shows for a symbol's kind, as the spec writes it: a `group` is shown
/// as a group, not as the wave the compiler models it as (both are named sets of sites).
/// </summary>
internal static class SymbolWords
{
    public static string KindWord(Symbol symbol) => symbol is WaveSymbol { IsGroup: true } ? "group" : symbol.KindWord;
}
