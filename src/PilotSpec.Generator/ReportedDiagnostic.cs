using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotDiagnostic = PilotSpec.CodeAnalysis.Diagnostics.Diagnostic;
using PilotSeverity = PilotSpec.CodeAnalysis.Diagnostics.DiagnosticSeverity;

namespace PilotSpec.Generator;

/// <summary>
/// A pilot diagnostic as the pipeline carries it between runs: what is needed to report it
/// (id, severity, place, message arguments, which stay localizable) and nothing that holds
/// a syntax tree alive. Two are equal when they would read the same: same id, severity,
/// place and English message.
/// </summary>
internal sealed class ReportedDiagnostic : IEquatable<ReportedDiagnostic>
{
    private ReportedDiagnostic(string id, PilotSeverity severity, string filePath, TextSpan span, LinePositionSpan lineSpan, ImmutableArray<object> arguments, string invariantMessage)
    {
        Id = id;
        Severity = severity;
        FilePath = filePath;
        Span = span;
        LineSpan = lineSpan;
        Arguments = arguments;
        InvariantMessage = invariantMessage;
    }

    public static ReportedDiagnostic From(PilotDiagnostic diagnostic) => new(
        diagnostic.Id,
        diagnostic.Severity,
        diagnostic.Location.FilePath,
        diagnostic.Location.Span,
        diagnostic.Location.LineSpan,
        diagnostic.Arguments.Select(Detach).ToImmutableArray(),
        diagnostic.GetMessage(CultureInfo.InvariantCulture));

    public string Id { get; }

    /// <summary>The effective severity the pilot compiler gave it.</summary>
    public PilotSeverity Severity { get; }

    public string FilePath { get; }

    public TextSpan Span { get; }

    /// <summary>0-based lines and columns.</summary>
    public LinePositionSpan LineSpan { get; }

    /// <summary>The message's arguments; words among them are rendered in the reader's culture.</summary>
    public ImmutableArray<object> Arguments { get; }

    public string InvariantMessage { get; }

    public bool Equals(ReportedDiagnostic? other) =>
        other is not null
        && Id == other.Id
        && Severity == other.Severity
        && FilePath == other.FilePath
        && Span == other.Span
        && LineSpan == other.LineSpan
        && InvariantMessage == other.InvariantMessage;

    public override bool Equals(object? obj) => Equals(obj as ReportedDiagnostic);

    public override int GetHashCode() => unchecked((Id.GetHashCode() * 31) + Span.GetHashCode());

    public override string ToString() => $"{FilePath}({LineSpan.Start.Line + 1},{LineSpan.Start.Character + 1}): {Id}: {InvariantMessage}";

    // Words, text and numbers stay as they are (rendered later in the reader's culture); any
    // other object becomes its text, so a cached result never holds on to a spec's trees.
    private static object Detach(object argument) =>
        argument is ILocalizable or string or IFormattable ? argument : argument.ToString() ?? string.Empty;
}
