using System.Text.RegularExpressions;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// docs/diagnostics.md read the way a reader sees it: one section per code, opened by an
/// explicit anchor and a `## PS0001: Title` heading, with its severity and category and its
/// ```pilot examples (```json for the configuration code), each labelled by the **Wrong** or
/// **Right** line above it.
/// </summary>
internal sealed partial class DiagnosticsReference
{
    private DiagnosticsReference(IReadOnlyDictionary<string, Section> sections, IReadOnlyList<Example> general)
    {
        Sections = sections;
        General = general;
    }

    public IReadOnlyDictionary<string, Section> Sections { get; }

    /// <summary>The ```pilot and ```json examples outside the code sections (configuration, suppression).</summary>
    public IReadOnlyList<Example> General { get; }

    public static DiagnosticsReference Load() => Parse(Repository.ReadText("docs", "diagnostics.md"));

    public static DiagnosticsReference Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        var general = new List<Example>();
        Section? current = null;
        string? label = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
                var heading = Heading().Match(line);
                if (heading.Success)
                {
                    var id = heading.Groups["id"].Value;
                    current = new Section(id, heading.Groups["title"].Value.Trim(), AnchorAbove(lines, i));
                    sections.Add(id, current);
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var language = line.Substring(3).Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    body.Add(lines[i]);
                }

                if (language is "pilot" or "json")
                {
                    var example = new Example(label ?? string.Empty, string.Join("\n", body) + "\n", language);
                    (current?.Examples ?? general).Add(example);
                }

                label = null;
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (SeverityLine().Match(line) is { Success: true } facts)
            {
                current.Severity = facts.Groups["severity"].Value;
                current.Category = facts.Groups["category"].Value;
            }
            else if (line.Trim().Length > 0)
            {
                label = line.Trim();
            }
        }

        return new DiagnosticsReference(sections, general);
    }

    // The nearest non-blank line above the heading, if it is an HTML anchor.
    private static string? AnchorAbove(string[] lines, int heading)
    {
        for (var i = heading - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var anchor = Anchor().Match(lines[i].Trim());
            return anchor.Success ? anchor.Groups["id"].Value : null;
        }

        return null;
    }

    [GeneratedRegex(@"^## (?<id>PS\d{4}): (?<title>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^<a id=""(?<id>[^""]+)""></a>$")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"^\*\*Severity:\*\* (?<severity>\w+) · \*\*Category:\*\* (?<category>\w+)$")]
    private static partial Regex SeverityLine();

    internal sealed class Section(string id, string title, string? anchor)
    {
        public string Id { get; } = id;

        public string Title { get; } = title;

        public string? Anchor { get; } = anchor;

        public string? Severity { get; set; }

        public string? Category { get; set; }

        public List<Example> Examples { get; } = [];

        public IEnumerable<Example> Wrong => Examples.Where(e => e.Label == "**Wrong**");

        public IEnumerable<Example> Right => Examples.Where(e => e.Label == "**Right**");
    }

    /// <summary>An example's text; <see cref="Language"/> is "pilot", or "json" for a pilotspec.json.</summary>
    internal sealed record Example(string Label, string Code, string Language = "pilot");
}
