using System.Globalization;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// What a diagnostic code means: its stable id, category, default severity, help link and
/// (through the resources, in English and Simplified Chinese) its title and message format.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Where every code is documented; the id's anchor is appended.</summary>
    public const string HelpLinkBase = "https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#";

    internal DiagnosticDescriptor(string id, string category, DiagnosticSeverity defaultSeverity)
    {
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable code, e.g. <c>PS0001</c>. Never reused for another meaning.</summary>
    public string Id { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public string HelpLinkUri => HelpLinkBase + Id.ToLowerInvariant();

    public string GetTitle(CultureInfo? culture = null) => DiagnosticResources.GetString(Id + "_Title", culture);

    public string GetMessageFormat(CultureInfo? culture = null) => DiagnosticResources.GetString(Id + "_Message", culture);

    public override string ToString() => Id;
}
