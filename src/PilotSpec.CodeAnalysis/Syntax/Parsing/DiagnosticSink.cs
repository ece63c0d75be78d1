using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>Collects the diagnostics of one parse, located in its file.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly string _path;
    private readonly SourceText _text;

    public DiagnosticSink(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    public int Count => _diagnostics.Count;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, new SourceLocation(_path, _text, span), arguments));

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix fix, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, new SourceLocation(_path, _text, span), arguments).WithFix(fix));

    public void Clear() => _diagnostics.Clear();

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutableArray();
}
