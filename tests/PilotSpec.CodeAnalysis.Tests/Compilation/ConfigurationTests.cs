using System.Globalization;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Compilation;

/// <summary>
/// pilotspec.json (PS0020) and what it changes: severities per code, warnings as errors.
/// An invalid file is one warning and is then ignored as a whole; syntax errors stay errors.
/// </summary>
public sealed class ConfigurationTests
{
    // A spec with one warning (PS0104), one info (PS0902) and one error (PS0101).
    private const string Spec = """
        site Dongcheng "East district" { level: county }
        wave first = [Dongcheng]
        indicator approval_time "Average approval time" {
            unit: days
            better: lower
            baseline: 22 days on 2019-12-31
            target: -35% by 2020-12-31
            measured: monthly
        }
        phase Trial { start: 2020-01-01; duration: 12 months; in: Xicheng }
        """;

    [Fact]
    public void Unknown_severity_is_reported_on_the_code_and_the_file_is_ignored()
    {
        var configuration = ProjectConfiguration.Parse("pilotspec.json", """
            {
              "diagnostics": {
                "PS0104": "off"
              }
            }
            """);

        var diagnostic = Assert.Single(configuration.Diagnostics);
        AssertAt(diagnostic, "PS0020", DiagnosticSeverity.Warning, line: 3, column: 5,
            "The configuration file is not valid: the severity of 'PS0104' must be \"none\", \"info\", \"warning\" or \"error\". It is ignored, and checking goes on with the default severities.");
        Assert.Equal("pilotspec.json", diagnostic.Location.FilePath);
        Assert.Empty(configuration.Severities);
        Snapshot.Match(DiagnosticView.All(configuration.Diagnostics));
    }

    [Theory]
    [InlineData("{ \"diagnostics\": { \"PS9999\": \"none\" } }", 1, 20, "'PS9999' is not a PilotSpec diagnostic code")]
    [InlineData("{ \"importRoots\": \"../shared\" }", 1, 3, "'importRoots' must be a list of folders relative to pilotspec.json, such as [\"../shared\"]")]
    [InlineData("{ \"severity\": { \"PS0104\": \"none\" } }", 1, 3, "'severity' is not a setting (expected \"diagnostics\", \"warningsAsErrors\" or \"importRoots\")")]
    [InlineData("{ \"warningsAsErrors\": \"yes\" }", 1, 3, "'warningsAsErrors' must be true or false")]
    [InlineData("{ \"diagnostics\": [\"PS0104\"] }", 1, 3, "'diagnostics' must be an object that maps codes to severities, such as \"PS0104\": \"none\"")]
    [InlineData("[ \"PS0104\" ]", 1, 1, "the file must hold a JSON object")]
    [InlineData("{\n  \"diagnostics\": {\n    \"PS0104\": \"none\",,\n  }\n}", 3, 22, "it is not well-formed JSON")]
    public void Invalid_file_is_one_warning_at_the_offending_place(string json, int line, int column, string reason)
    {
        var configuration = ProjectConfiguration.Parse("pilotspec.json", json);

        var diagnostic = Assert.Single(configuration.Diagnostics);
        AssertAt(diagnostic, "PS0020", DiagnosticSeverity.Warning, line, column,
            $"The configuration file is not valid: {reason}. It is ignored, and checking goes on with the default severities.");
        Assert.Empty(configuration.Severities);
        Assert.False(configuration.WarningsAsErrors);
    }

    [Fact]
    public void Malformed_JSON_after_Chinese_text_is_located_in_characters_not_bytes()
    {
        // "中文" is 2 characters but 6 UTF-8 bytes: the error is at the second comma, column 19, not the byte count 23.
        var configuration = ProjectConfiguration.Parse("pilotspec.json", "{ \"$schema\": \"中文\",, }");

        var diagnostic = Assert.Single(configuration.Diagnostics);
        Assert.Equal((1, 19), (diagnostic.Location.LineSpan.Start.Line + 1, diagnostic.Location.LineSpan.Start.Character + 1));
    }

    [Fact]
    public void Valid_file_is_read_without_diagnostics()
    {
        var configuration = ProjectConfiguration.Parse("pilotspec.json", """
            {
              "$schema": "https://github.com/pilotspec/pilotspec/blob/main/docs/schemas/pilotspec.config.schema.json",
              // comments and trailing commas are tolerated
              "diagnostics": { "PS0104": "none", "ps0902": "error", },
              "warningsAsErrors": true
            }
            """);

        Assert.Empty(configuration.Diagnostics);
        Assert.Equal(ReportSeverity.None, configuration.Severities["PS0104"]);
        Assert.Equal(ReportSeverity.Error, configuration.Severities["PS0902"]);
        Assert.True(configuration.WarningsAsErrors);
    }

    [Fact]
    public void Default_severities_without_configuration()
    {
        var diagnostics = Specs.Diagnose(Spec);

        Assert.Equal(
            [("PS0104", DiagnosticSeverity.Warning), ("PS0902", DiagnosticSeverity.Info), ("PS0101", DiagnosticSeverity.Error)],
            diagnostics.Select(d => (d.Id, d.Severity)));
    }

    [Fact]
    public void Warning_configured_none_disappears()
    {
        var diagnostics = Specs.Diagnose(Spec, Configured("""{ "diagnostics": { "PS0104": "none" } }"""));

        Assert.DoesNotContain(diagnostics, d => d.Id == "PS0104");
        Assert.Equal(["PS0902", "PS0101"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Warning_configured_error_becomes_an_error_and_info_configured_warning_a_warning()
    {
        var diagnostics = Specs.Diagnose(Spec, Configured("""{ "diagnostics": { "PS0104": "error", "PS0902": "warning" } }"""));

        Assert.Equal(
            [("PS0104", DiagnosticSeverity.Error), ("PS0902", DiagnosticSeverity.Warning), ("PS0101", DiagnosticSeverity.Error)],
            diagnostics.Select(d => (d.Id, d.Severity)));
        Assert.StartsWith("spec.pilot(2,6): error PS0104: ", diagnostics[0].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Error_can_be_lowered_to_a_warning()
    {
        var diagnostics = Specs.Diagnose(Spec, Configured("""{ "diagnostics": { "PS0101": "warning" } }"""));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "PS0101").Severity);
    }

    [Fact]
    public void Syntax_codes_cannot_be_configured_away()
    {
        var diagnostics = Specs.Diagnose("phase Trial { start: 2020-3-1; duration: 1 month; in: all sites }\n", Configured("""{ "diagnostics": { "PS0006": "none" } }"""));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PS0006", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
    }

    [Fact]
    public void Invalid_file_leaves_the_default_severities()
    {
        var configuration = ProjectConfiguration.Parse("pilotspec.json", """{ "diagnostics": { "PS0104": "none", "PS0902": "off" } }""");

        var diagnostics = Specs.Diagnose(Spec, configuration.ApplyTo(CompilationOptions.Default));

        Assert.Single(configuration.Diagnostics);
        Assert.Contains(diagnostics, d => d.Id == "PS0104" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Warnings_as_errors_makes_every_warning_an_error_but_leaves_infos()
    {
        var diagnostics = Specs.Diagnose(Spec, new CompilationOptions { WarningsAsErrors = true });

        Assert.Equal(
            [("PS0104", DiagnosticSeverity.Error), ("PS0902", DiagnosticSeverity.Info), ("PS0101", DiagnosticSeverity.Error)],
            diagnostics.Select(d => (d.Id, d.Severity)));
    }

    [Fact]
    public void Warnings_as_errors_from_the_file_and_a_code_configured_none_together()
    {
        var diagnostics = Specs.Diagnose(Spec, Configured("""{ "diagnostics": { "PS0104": "none", "PS0902": "warning" }, "warningsAsErrors": true }"""));

        Assert.Equal(
            [("PS0902", DiagnosticSeverity.Error), ("PS0101", DiagnosticSeverity.Error)],
            diagnostics.Select(d => (d.Id, d.Severity)));
    }

    [Fact]
    public void Warnings_as_errors_on_the_command_line_is_not_undone_by_the_file()
    {
        var options = ProjectConfiguration.Parse("pilotspec.json", """{ "warningsAsErrors": false }""")
            .ApplyTo(new CompilationOptions { WarningsAsErrors = true });

        Assert.True(options.WarningsAsErrors);
    }

    [Fact]
    public void Schema_shipped_in_docs_is_embedded()
    {
        Assert.Equal(
            Repository.ReadText("docs", "schemas", "pilotspec.config.schema.json").ReplaceLineEndings(),
            ProjectConfiguration.GetSchema().ReplaceLineEndings());
    }

    private static CompilationOptions Configured(string json)
    {
        var configuration = ProjectConfiguration.Parse("pilotspec.json", json);
        Assert.Empty(configuration.Diagnostics);
        return configuration.ApplyTo(CompilationOptions.Default);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, int line, int column, string message)
    {
        var view = DiagnosticView.From(diagnostic);
        Assert.Equal((id, severity.ToString(), line, column, message), (view.Id, view.Severity, view.Line, view.Column, view.Message));
    }
}
