using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// A small spec, compiled (binding, schedule, checks): the key facts of a finding are
/// asserted in code — this code, this severity, this 1-based line and column, this message —
/// and the full list is snapshotted next to the input, so the wording is reviewed too.
/// Several files are written as one text with `// file: name.pilot` lines (see <see cref="Specs"/>).
/// </summary>
internal sealed class CheckedSpec
{
    private CheckedSpec(string text, PilotCompilation compilation)
    {
        Text = text;
        Compilation = compilation;
        Diagnostics = compilation.GetDiagnostics();
    }

    public string Text { get; }

    public PilotCompilation Compilation { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>What the snapshot stores: the input, one line per entry, and what the user is told.</summary>
    public object Snapshot => new { Input = Text.TrimEnd('\n').Split('\n'), Diagnostics = DiagnosticView.All(Diagnostics) };

    public static CheckedSpec Compile(string text, CompilationOptions? options = null) =>
        new(text, Specs.Compile(text, options));

    /// <summary>
    /// Exactly one diagnostic (one mistake, one diagnostic), with this code, severity,
    /// 1-based start and English message.
    /// </summary>
    public Diagnostic AssertSingle(string id, DiagnosticSeverity severity, int line, int column, string message)
    {
        var diagnostic = Assert.Single(Diagnostics);
        AssertIs(diagnostic, id, severity, line, column, message);
        return diagnostic;
    }

    /// <summary>The one diagnostic with <paramref name="id"/>, among others.</summary>
    public Diagnostic AssertOne(string id, DiagnosticSeverity severity, int line, int column, string message)
    {
        var diagnostic = Assert.Single(Diagnostics, d => d.Id == id);
        AssertIs(diagnostic, id, severity, line, column, message);
        return diagnostic;
    }

    /// <summary>No diagnostic at all: the fixed spec is clean.</summary>
    public void AssertClean() => Assert.Empty(Diagnostics.Select(d => d.ToString()));

    /// <summary>The text of the main file with the fix's changes applied.</summary>
    public static string Apply(CodeFix fix, string text) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(text).WithChanges(fix.Changes).ToString();

    private static void AssertIs(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column, string message)
    {
        var view = DiagnosticView.From(diagnostic);
        Assert.Equal(
            (id, severity.ToString(), line, column, message),
            (view.Id, view.Severity, view.Line, view.Column, view.Message));
    }
}
