using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// Keeps the docs honest: each documented wrong example reports its code, once, and nothing
/// else (one mistake, one diagnostic); each right example is clean. Syntax codes are
/// checked by parsing, PS0020 by reading the JSON as a pilotspec.json, every other code
/// through the compilation (binding, schedule and checks).
/// </summary>
public sealed class DiagnosticsReferenceExampleTests
{
    private static readonly DiagnosticsReference Reference = DiagnosticsReference.Load();

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Wrong_example_reports_its_code_once_and_nothing_else(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var wrong = Assert.Single(Reference.Sections[id].Wrong);

        var diagnostics = DocumentedExamples.Diagnose(descriptor, wrong);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(descriptor.DefaultSeverity, diagnostic.Severity);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Right_example_has_no_diagnostics(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id)!;
        var right = Assert.Single(Reference.Sections[id].Right);

        var diagnostics = DocumentedExamples.Diagnose(descriptor, right);

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Examples_are_written_in_the_language_of_the_code(string id)
    {
        // A pilot example under PS0020 (or JSON elsewhere) would be checked by the wrong reader.
        var expected = DocumentedExamples.LanguageOf(DiagnosticDescriptors.Find(id)!);

        Assert.All(Reference.Sections[id].Examples, example => Assert.Equal(expected, example.Language));
    }

    [Fact]
    public void Wrong_and_right_examples_differ()
    {
        Assert.All(Reference.Sections.Values, section =>
            Assert.NotEqual(section.Wrong.Single().Code, section.Right.Single().Code));
    }

    [Fact]
    public void General_examples_are_clean()
    {
        // The pilotspec.json and pilot-disable-next-line examples at the top of the page.
        Assert.Equal(["json", "pilot"], Reference.General.Select(e => e.Language).Order());
        Assert.All(Reference.General, example =>
        {
            var diagnostics = example.Language == "json"
                ? Configuration.ProjectConfiguration.Parse("pilotspec.json", example.Code).Diagnostics
                : Specs.Diagnose(example.Code);
            Assert.Empty(diagnostics.Select(d => d.ToString()));
        });
    }

    [Fact]
    public void Suppression_example_really_silences_a_finding()
    {
        var example = Reference.General.Single(e => e.Language == "pilot");

        var unsilenced = Specs.Diagnose(example.Code.Replace("pilot-disable-next-line", "note:", StringComparison.Ordinal));

        Assert.Equal("PS0104", Assert.Single(unsilenced).Id);
    }
}
