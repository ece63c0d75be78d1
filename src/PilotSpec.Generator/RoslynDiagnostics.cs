using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PilotSpec.CodeAnalysis.Diagnostics;
using Diagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace PilotSpec.Generator;

/// <summary>
/// Turns the pipeline's diagnostics into compiler diagnostics: located in the .pilot file
/// (a location outside the C# syntax trees, which MSBuild prints as
/// <c>path(line,col): error PS0102: ...</c>), with the pilot compiler's effective severity.
/// </summary>
internal static class RoslynDiagnostics
{
    public static Diagnostic From(ReportedDiagnostic diagnostic)
    {
        var location = Location.Create(diagnostic.FilePath, diagnostic.Span, diagnostic.LineSpan);
        var arguments = diagnostic.Arguments.Select(a => a is ILocalizable words ? new LocalizedArgument(words) : a).ToArray();
        return Diagnostic.Create(
            PilotDiagnosticDescriptors.For(diagnostic.Id),
            location,
            PilotDiagnosticDescriptors.ToRoslyn(diagnostic.Severity),
            additionalLocations: null,
            properties: null,
            messageArgs: arguments);
    }

    /// <summary>Words in a message ("a date such as 2019-03-01"), rendered in the message's culture.</summary>
    private sealed class LocalizedArgument : IFormattable
    {
        private readonly ILocalizable _words;

        public LocalizedArgument(ILocalizable words)
        {
            _words = words;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) =>
            _words.ToString(MessageCulture.Of(formatProvider));

        public override string ToString() => _words.ToString(MessageCulture.Of(null));
    }
}
