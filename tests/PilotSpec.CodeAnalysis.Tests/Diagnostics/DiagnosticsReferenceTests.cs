using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// docs/diagnostics.md documents every code: a new descriptor without its entry fails here,
/// and the entry must match the descriptor (title, severity, category, help-link anchor).
/// </summary>
public sealed class DiagnosticsReferenceTests
{
    private static readonly DiagnosticsReference Reference = DiagnosticsReference.Load();

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Code_has_a_section_with_its_English_title(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;

        Assert.True(Reference.Sections.TryGetValue(id, out var section), $"docs/diagnostics.md has no '## {id}: ...' heading.");
        Assert.Equal(descriptor.GetTitle(CultureInfo.InvariantCulture), section.Title);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Code_section_has_the_anchor_its_help_link_points_to(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var section = Reference.Sections[id];

        var fragment = new Uri(descriptor.HelpLinkUri).Fragment.TrimStart('#');
        Assert.Equal(id.ToLowerInvariant(), fragment);
        Assert.Equal(fragment, section.Anchor);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Code_section_states_severity_and_category(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var section = Reference.Sections[id];

        Assert.Equal(descriptor.DefaultSeverity.ToString(), section.Severity);
        Assert.Equal(descriptor.Category, section.Category);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Code_section_has_one_wrong_and_one_right_example(string id)
    {
        var section = Reference.Sections[id];

        Assert.Single(section.Wrong);
        Assert.Single(section.Right);
        Assert.All(section.Examples, example => Assert.Contains(example.Label, new[] { "**Wrong**", "**Right**" }));
    }

    [Fact]
    public void Reference_documents_no_code_that_does_not_exist()
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Reference.Sections.Keys, id => Assert.Contains(id, known));
    }

    [Fact]
    public void Parser_finds_sections_and_examples_in_a_minimal_document()
    {
        // The reader of the docs must itself work, or every test above could pass vacuously.
        var reference = DiagnosticsReference.Parse(
            "# T\n\n<a id=\"ps0001\"></a>\n\n## PS0001: Unexpected token\n\n**Severity:** Error · **Category:** Syntax\n\n"
            + "Text.\n\n**Wrong**\n\n```pilot\nx: }\n```\n\n**Right**\n\n```pilot\nx: 1\n```\n\n## Other\n\n```pilot\ny\n```\n\n"
            + "## PS0020: Invalid configuration file\n\n**Wrong**\n\n```json\n{ \"a\": 1 }\n```\n\n```text\nignored\n```\n");

        Assert.Equal(["PS0001", "PS0020"], reference.Sections.Keys.Order(StringComparer.Ordinal));
        var section = reference.Sections["PS0001"];
        Assert.Equal(("PS0001", "Unexpected token", "ps0001", "Error", "Syntax"), (section.Id, section.Title, section.Anchor, section.Severity, section.Category));
        Assert.Equal(new DiagnosticsReference.Example("**Wrong**", "x: }\n", "pilot"), Assert.Single(section.Wrong));
        Assert.Equal(new DiagnosticsReference.Example("**Right**", "x: 1\n", "pilot"), Assert.Single(section.Right));
        var json = Assert.Single(reference.Sections["PS0020"].Examples);
        Assert.Equal(new DiagnosticsReference.Example("**Wrong**", "{ \"a\": 1 }\n", "json"), json);
        Assert.Null(reference.Sections["PS0020"].Anchor);
    }
}
