using System.Globalization;
using System.Resources;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Navigation;

/// <summary>
/// Rename a declared name and every use of it, in this document, its imports and the open
/// documents that import it. Keywords, literals and undeclared words are not renamable,
/// and the new name must be a name the lexer reads as one identifier.
/// </summary>
public static class RenameProvider
{
    public static PrepareRenameResult? Prepare(DocumentAnalysis analysis, Position position) =>
        SymbolLookup.Find(analysis, position) is { Token.Kind: SyntaxKind.IdentifierToken } found
            ? new PrepareRenameResult(analysis.LineIndex.ToRange(found.Token.Span), found.Token.Text)
            : null;

    private static readonly ResourceManager Texts = new("PilotSpec.LanguageServer.Features.Navigation.RenameTexts", typeof(RenameProvider).Assembly);

    public static WorkspaceEdit Rename(DocumentAnalysis analysis, Position position, string newName, CancellationToken cancellationToken)
    {
        var culture = analysis.Snapshot.Session.Culture;
        if (SymbolLookup.Find(analysis, position) is not { Token.Kind: SyntaxKind.IdentifierToken } found)
        {
            throw PilotLanguageServer.Error(LspErrorCodes.RequestFailed, Text("NothingToRename", culture));
        }

        if (!IsValidName(newName))
        {
            throw PilotLanguageServer.Error(LspErrorCodes.InvalidParams, Text("InvalidName", culture, newName));
        }

        // A name already declared would merge the two declarations into one, silently: every
        // use of either would then mean the first (Roslyn and rust-analyzer refuse the same).
        if (analysis.Program.Table.Symbols.FirstOrDefault(s => string.Equals(s.Name, newName, StringComparison.Ordinal) && !string.Equals(s.Name, found.Token.Text, StringComparison.Ordinal)) is { } taken)
        {
            throw PilotLanguageServer.Error(LspErrorCodes.RequestFailed, Text("NameTaken", culture, newName, taken.KindWord, taken.Location.LineSpan.Start.Line + 1));
        }

        var changes = ReferenceFinder.Find(analysis, found, cancellationToken)
            .GroupBy(r => r.Location.Uri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new TextEdit(r.Location.Range, newName)).ToArray(), StringComparer.Ordinal);
        return new WorkspaceEdit(changes);
    }

    private static string Text(string key, CultureInfo culture, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Texts.GetString(key, culture) ?? key, arguments);

    /// <summary>The lexer's IDENTIFIER rule, keywords excluded.</summary>
    public static bool IsValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return false;
        }

        var index = 0;
        var first = true;
        while (index < name.Length)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(name, index);
            var ok = first
                ? category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                  || name[index] == '_'
                : category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format;
            if (!ok)
            {
                return false;
            }

            index += char.IsSurrogatePair(name, index) ? 2 : 1;
            first = false;
        }

        return true;
    }
}
