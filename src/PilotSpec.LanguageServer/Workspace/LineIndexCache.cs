using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>One LSP line index per text, built on first use and dropped with the text.</summary>
public sealed class LineIndexCache
{
    private readonly ConditionalWeakTable<SourceText, LineIndex> _indexes = new();

    public LineIndexCache(PositionEncoding encoding) => Encoding = encoding;

    public PositionEncoding Encoding { get; }

    public LineIndex For(SourceText text) => _indexes.GetValue(text, t => new LineIndex(t, Encoding));
}
