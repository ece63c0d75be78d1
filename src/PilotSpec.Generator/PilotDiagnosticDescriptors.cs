using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PilotDescriptor = PilotSpec.CodeAnalysis.Diagnostics.DiagnosticDescriptor;
using PilotDescriptors = PilotSpec.CodeAnalysis.Diagnostics.DiagnosticDescriptors;
using PilotSeverity = PilotSpec.CodeAnalysis.Diagnostics.DiagnosticSeverity;

namespace PilotSpec.Generator;

/// <summary>
/// One Roslyn descriptor per pilot code, made from the pilot catalogue: same id, default
/// severity and help link, category "PilotSpec", and title and message read from the
/// compiler's resources in the culture the C# compiler reports in (English or Chinese).
/// </summary>
internal static class PilotDiagnosticDescriptors
{
    public const string Category = "PilotSpec";

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        PilotDescriptors.All.ToImmutableDictionary(d => d.Id, Create, StringComparer.Ordinal);

    /// <summary>The descriptor of a pilot code.</summary>
    public static DiagnosticDescriptor For(string id) =>
        ById.TryGetValue(id, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"'{id}' is not a code of the pilot compiler.", nameof(id));

    public static DiagnosticSeverity ToRoslyn(PilotSeverity severity) => severity switch
    {
        PilotSeverity.Error => DiagnosticSeverity.Error,
        PilotSeverity.Warning => DiagnosticSeverity.Warning,
        PilotSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static DiagnosticDescriptor Create(PilotDescriptor pilot) => new(
        pilot.Id,
        new ResourceText(pilot, title: true),
        new ResourceText(pilot, title: false),
        Category,
        ToRoslyn(pilot.DefaultSeverity),
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: pilot.HelpLinkUri,
        // The pilot compiler lets no one configure a syntax error away; neither may NoWarn or an .editorconfig.
        customTags: pilot.Category == "Syntax" ? new[] { WellKnownDiagnosticTags.NotConfigurable } : Array.Empty<string>());

    /// <summary>A descriptor's title or message format, in the culture asked for.</summary>
    private sealed class ResourceText : LocalizableString
    {
        private readonly PilotDescriptor _descriptor;
        private readonly bool _title;

        public ResourceText(PilotDescriptor descriptor, bool title)
        {
            _descriptor = descriptor;
            _title = title;
        }

        protected override string GetText(IFormatProvider? formatProvider)
        {
            var culture = MessageCulture.Of(formatProvider);
            return _title ? _descriptor.GetTitle(culture) : _descriptor.GetMessageFormat(culture);
        }

        protected override bool AreEqual(object? other) =>
            other is ResourceText text && text._descriptor.Id == _descriptor.Id && text._title == _title;

        protected override int GetHash() => _descriptor.Id.GetHashCode() ^ (_title ? 1 : 0);
    }
}
