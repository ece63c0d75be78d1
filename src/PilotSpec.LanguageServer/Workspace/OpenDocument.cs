using System.Collections.Immutable;
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
    private readonly Lazy<ImmutableArray<Lexeme>> _lexemes;

    public OpenDocument(string uri, string languageId, int version, SourceText text)
    {
        Uri = uri;
        Path = DocumentUris.ToPath(uri);
        LanguageId = languageId;
        Version = version;
        Text = text;
        _tree = new Lazy<SyntaxTree>(() => SyntaxTree.ParseText(Text, Path), LazyThreadSafetyMode.ExecutionAndPublication);
        _lexemes = new Lazy<ImmutableArray<Lexeme>>(() => Features.Completion.Lexemes.Of(SyntaxTree), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    /// <summary>The path the compiler sees (a full local path for file: URIs).</summary>
    public string Path { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public SourceText Text { get; }

    public SyntaxTree SyntaxTree => _tree.Value;

    /// <summary>The tree's tokens as completion reads them: flattened once per version, not once per request.</summary>
    public ImmutableArray<Lexeme> Lexemes => _lexemes.Value;

    public OpenDocument WithText(SourceText text, int version) => new(Uri, LanguageId, version, text);
}
