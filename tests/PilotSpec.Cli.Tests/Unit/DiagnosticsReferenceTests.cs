using PilotSpec.Cli.Reference;
using PilotSpec.Cli.Starter;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.Unit;

public sealed class DiagnosticsReferenceTests
{
    [Fact]
    public void The_embedded_reference_is_the_repository_docs_file()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));

        Assert.Equal(docs.Replace("\r\n", "\n"), DiagnosticsReference.ReadText().Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_section_runs_from_its_heading_to_the_next_anchor()
    {
        const string markdown = "# Title\n\n<a id=\"ps0001\"></a>\n\n## PS0001: First thing\n\n**Severity:** Error\n\nIt means\nthis.\n\nMore.\n\n<a id=\"ps0002\"></a>\n\n## PS0002: Second\n\nOther.\n";

        var sections = DiagnosticsReference.Parse(markdown);

        Assert.Equal(["PS0001", "PS0002"], sections.Keys.Order());
        Assert.Equal("First thing", sections["PS0001"].Title);
        Assert.Equal("**Severity:** Error\n\nIt means\nthis.\n\nMore.", sections["PS0001"].Body);
        Assert.Equal("It means this.", sections["PS0001"].Summary);
        Assert.Equal("Other.", sections["PS0002"].Body);
    }

    [Theory]
    [InlineData("water-reform", "WaterReform")]
    [InlineData("water_reform", "Water_reform")]
    [InlineData("东城区 试点", "东城区试点")]
    [InlineData("2024", "Pilot2024")]
    [InlineData("---", "Pilot")]
    public void Starter_pilot_names_are_identifiers(string stem, string expected)
    {
        Assert.Equal(expected, StarterSpec.PilotNameFrom(stem));
    }
}
