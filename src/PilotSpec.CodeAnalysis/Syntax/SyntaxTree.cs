using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax.Parsing;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A parsed .pilot file: its text, its immutable full-fidelity tree and its syntax
/// diagnostics. For every input, valid or not, <c>ParseText(t).Root.ToFullString() == t</c>.
/// </summary>
public sealed class SyntaxTree
{
    private readonly ImmutableArray<Diagnostic> _diagnostics;

    private SyntaxTree(SourceText text, string filePath, ParseResult result)
    {
        Text = text;
        FilePath = filePath;
        Root = result.Root;
        _diagnostics = result.Diagnostics
            .OrderBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
        UsedFullContextParse = result.UsedFullContext;
        UsedFastPath = result.UsedFastPath;
        Root.AttachTree(this);
    }

    public SourceText Text { get; }

    public string FilePath { get; }

    public CompilationUnitSyntax Root { get; }

    /// <summary>
    /// True when the fast SLL parse failed and the file was parsed again with full LL
    /// prediction and error recovery. Valid specs never need it; the benchmarks count it.
    /// </summary>
    public bool UsedFullContextParse { get; }

    /// <summary>True when the hand-written parser took the file (no syntax errors), false when the ANTLR reference path did.</summary>
    internal bool UsedFastPath { get; }

    public static SyntaxTree ParseText(string text, string path = "")
    {
        // One SourceText for the tree and its diagnostics: its line table is built once.
        var sourceText = SourceText.From(text);
        return new(sourceText, path, SourceParser.Parse(text, sourceText, path));
    }

    /// <summary>Parses with the chosen strategy: tests and benchmarks compare the fast path with the ANTLR reference path.</summary>
    internal static SyntaxTree ParseText(string text, string path, ParseStrategy strategy)
    {
        var sourceText = SourceText.From(text);
        return new(sourceText, path, SourceParser.Parse(text, sourceText, path, strategy));
    }

    public static SyntaxTree ParseText(SourceText text, string path = "")
    {
        var content = text.ToString();
        return new SyntaxTree(text, path, SourceParser.Parse(content, text, path));
    }

    /// <summary>The syntax diagnostics of the file, in source order.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics;

    /// <summary>A new tree for the same file with new text (a full reparse).</summary>
    public SyntaxTree WithChangedText(SourceText newText) => ParseText(newText, FilePath);
}
