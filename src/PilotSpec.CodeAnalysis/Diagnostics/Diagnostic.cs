using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// One finding at one place: a descriptor, a location and the message's arguments. The
/// message is rendered on demand, in any culture, so the same diagnostics serve English
/// and Chinese users.
/// </summary>
public sealed class Diagnostic
{
    internal Diagnostic(DiagnosticDescriptor descriptor, SourceLocation location, DiagnosticSeverity severity, ImmutableArray<object> arguments, ImmutableArray<CodeFix> fixes)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = arguments;
        Fixes = fixes;
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, arguments.ToImmutableArray(), ImmutableArray<CodeFix>.Empty);

    /// <summary>The same diagnostic with a fix the language server can offer.</summary>
    public Diagnostic WithFix(CodeFix fix) => new(Descriptor, Location, Severity, Arguments, Fixes.Add(fix));

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public SourceLocation Location { get; }

    /// <summary>The effective severity (the descriptor's default unless configured otherwise).</summary>
    public DiagnosticSeverity Severity { get; }

    public ImmutableArray<object> Arguments { get; }

    /// <summary>Fixes for the language server to offer as quick fixes; often empty.</summary>
    public ImmutableArray<CodeFix> Fixes { get; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, Arguments, Fixes);

    public Diagnostic WithLocation(SourceLocation location) => new(Descriptor, location, Severity, Arguments, Fixes);

    /// <summary>The message in <paramref name="culture"/> (the current UI culture by default).</summary>
    public string GetMessage(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var arguments = Arguments.Select(a => a is ILocalizable l ? l.ToString(culture) : (object)a).ToArray();
        return string.Format(culture, Descriptor.GetMessageFormat(culture), arguments);
    }

    /// <summary>MSBuild's format: <c>path(line,col): error PS0001: message</c>, 1-based.</summary>
    public string ToString(CultureInfo? culture)
    {
        var start = Location.LineSpan.Start;
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Location.FilePath}({start.Line + 1},{start.Character + 1}): {severity} {Id}: {GetMessage(culture)}";
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
