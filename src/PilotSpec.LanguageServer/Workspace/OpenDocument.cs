using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Completion;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// One document as the editor has it: immutable. An edit makes a new one; an unchanged
/// document keeps its parsed tree across workspace snapshots.
/// </summary>
public sealed class OpenDocument
{
    private readonly Lazy<SyntaxTree> _tree;
    private readonly Lazy<Lexemes> _lexemes;

    public OpenDocument(string uri, string languageId, int version, SourceText text)
    {
        Uri = uri;
        Path = DocumentUris.ToPath(uri);
        LanguageId = languageId;
        Version = version;
        Text = text;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.ParseText(Text, Path), LazyThreadSafetyMode.ExecutionAndPublication);
        _lexemes = new Lazy<Lexemes>(() => Features.Completion.Lexemes.Of(SyntaxLexer.Lex(Text)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    /// <summary>The path the compiler sees (a full local path for file: URIs).</summary>
    public string Path { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public SyntaxTree SyntaxTree => _tree.Value;

    /// <summary>Whether this version's tree is built yet (reading <see cref="SyntaxTree"/> builds it): what asks only for tokens must not build it.</summary>
    public bool IsParsed => _tree.IsValueCreated;

    /// <summary>
    /// The text's tokens as completion reads them, lexed without a parse (a fraction of a
    /// parse's cost: completion right after a keystroke answers before the new version's tree
    /// is built). Once per version, not once per request.
    /// </summary>
    public Lexemes Lexemes => _lexemes.Value;

    public OpenDocument WithText(SourceText text, int version) => new(Uri, LanguageId, version, text);
}
