using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>Collects diagnostics during one binding or checking pass.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = new();

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments) =>
        Report(descriptor, node.GetLocation(), arguments);

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode node, CodeFix fix, params object[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, node.GetLocation(), arguments).WithFix(fix));

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutableArray();
}
