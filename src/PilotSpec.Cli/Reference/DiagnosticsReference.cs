using System.Text.RegularExpressions;

namespace PilotSpec.Cli.Reference;

/// <summary>One code's section of docs/diagnostics.md: its heading title and its text (Markdown, as written).</summary>
public sealed record ReferenceSection(string Id, string Title, string Body)
{
    /// <summary>The first paragraph: what the code means, in one breath (for SARIF's fullDescription).</summary>
    public string Summary
    {
        get
        {
            var paragraphs = Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            var first = paragraphs.FirstOrDefault(p => !p.TrimStart().StartsWith("**Severity", StringComparison.Ordinal)) ?? "";
            return string.Join(' ', first.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
    }
}

/// <summary>
/// docs/diagnostics.md, embedded in pilotc: `explain` prints from it and SARIF rules describe
/// codes with it, so the tool and the docs never disagree. A code's section runs from its
/// anchor (<c>&lt;a id="ps0102"&gt;&lt;/a&gt;</c>) and its <c>## PS0102: Title</c> heading to the next anchor.
/// </summary>
public static partial class DiagnosticsReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceSection>> Sections = new(Load);

    public static ReferenceSection? Find(string id) =>
        Sections.Value.TryGetValue(id.ToUpperInvariant(), out var section) ? section : null;

    public static string ReadText()
    {
        using var stream = typeof(DiagnosticsReference).Assembly.GetManifestResourceStream("PilotSpec.Cli.diagnostics.md")
            ?? throw new InvalidOperationException("docs/diagnostics.md is not embedded in pilotc.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyDictionary<string, ReferenceSection> Parse(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var anchors = Anchor().Matches(text);
        var sections = new Dictionary<string, ReferenceSection>(StringComparer.Ordinal);
        for (var i = 0; i < anchors.Count; i++)
        {
            var start = anchors[i].Index + anchors[i].Length;
            var end = i + 1 < anchors.Count ? anchors[i + 1].Index : text.Length;
            var chunk = text[start..end];
            var heading = Heading().Match(chunk);
            if (!heading.Success)
            {
                continue;
            }

            var id = heading.Groups["id"].Value.ToUpperInvariant();
            var body = chunk[(heading.Index + heading.Length)..].Trim('\n', ' ');
            sections[id] = new ReferenceSection(id, heading.Groups["title"].Value.Trim(), body);
        }

        return sections;
    }

    private static IReadOnlyDictionary<string, ReferenceSection> Load() => Parse(ReadText());

    [GeneratedRegex("""<a id="ps\d{4}"></a>""", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"^##\s+(?<id>PS\d{4}):\s*(?<title>[^\n]*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
