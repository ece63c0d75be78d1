using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using PilotSpec.CodeAnalysis;
using PilotSpec.Generator.Tests.TestSupport;
using PilotDescriptors = PilotSpec.CodeAnalysis.Diagnostics.DiagnosticDescriptors;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.Generator.Tests;

/// <summary>
/// Pilot diagnostics as the site's compiler reports them: the PS code, the pilot compiler's
/// severity, the .pilot file's line and column, the help link and the message, in English
/// or Chinese as the compiler asks.
/// </summary>
public sealed class DiagnosticTests
{
    private static readonly CultureInfo Chinese = new("zh-Hans");

    private static GeneratorRun Run(string spec) => GeneratorRun.Run(GeneratorRun.Spec(spec, Specs.Read(spec)));

    /// <summary>id, severity and 1-based line and column, as MSBuild prints them.</summary>
    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {diagnostic.Severity} {Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    [Fact]
    public void An_undeclared_name_is_an_error_at_the_name_and_no_monitor_is_generated()
    {
        var run = Run("undeclared-name.pilot");

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PS0102 Error undeclared-name.pilot(22,18)", Where(error));
        Assert.Equal(LocationKind.ExternalFile, error.Location.Kind);
        Assert.Equal(GeneratorRun.SitePath("undeclared-name.pilot"), error.Location.GetLineSpan().Path);
        Assert.Equal("wait_tme", Specs.Read("undeclared-name.pilot").Substring(error.Location.SourceSpan.Start, error.Location.SourceSpan.Length));
        Assert.Equal("'wait_tme' is not declared; did you mean 'wait_time'?", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("PilotSpec", error.Descriptor.Category);
        Assert.Equal("https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#ps0102", error.Descriptor.HelpLinkUri);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Syntax_errors_and_infos_keep_their_places_and_severities_in_source_order()
    {
        var run = Run("syntax-error.pilot");

        Assert.Equal(
            ["PS0901 Info syntax-error.pilot(1,7)", "PS0112 Error syntax-error.pilot(3,12)", "PS0001 Error syntax-error.pilot(4,1)"],
            run.GeneratorDiagnostics.Select(Where));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Warnings_are_warnings_and_the_monitor_is_still_generated()
    {
        var run = Run("warnings.pilot");

        Assert.Equal(
            ["PS0303 Warning warnings.pilot(16,10)", "PS0401 Warning warnings.pilot(18,11)"],
            run.GeneratorDiagnostics.Select(Where));
        Assert.Equal("Warned.Monitor.g.cs", Assert.Single(run.Sources).HintName);
    }

    public static TheoryData<string> TestSpecs() => new() { "undeclared-name.pilot", "syntax-error.pilot", "warnings.pilot" };

    [Theory]
    [MemberData(nameof(TestSpecs))]
    public void The_compiler_reports_what_pilotc_reports(string spec)
    {
        var path = GeneratorRun.SitePath(spec);
        var expected = PilotCompilation.Create([PilotSyntaxTree.ParseText(Specs.Read(spec), path)]).GetDiagnostics();

        var actual = Run(spec).GeneratorDiagnostics;

        Assert.Equal(
            expected.Select(d => (d.Id, d.Location.FilePath, d.Location.Span.Start, d.Location.Span.Length, d.Location.LineSpan, (int)d.Severity, d.GetMessage(CultureInfo.InvariantCulture), d.GetMessage(Chinese))),
            actual.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length, d.Location.GetLineSpan().Span, (int)d.Severity, d.GetMessage(CultureInfo.InvariantCulture), d.GetMessage(Chinese))));
    }

    [Fact]
    public void Messages_and_titles_follow_the_culture_the_compiler_asks_for()
    {
        var error = Assert.Single(Run("undeclared-name.pilot").GeneratorDiagnostics);

        Assert.Equal("“wait_tme”未声明；您是否指的是“wait_time”？", error.GetMessage(Chinese));
        Assert.NotEqual(error.Descriptor.Title.ToString(CultureInfo.InvariantCulture), error.Descriptor.Title.ToString(Chinese));
        Assert.Equal(PilotDescriptors.UndefinedNameWithSuggestion.GetTitle(Chinese), error.Descriptor.Title.ToString(Chinese));
    }

    [Fact]
    public void Words_inside_a_message_are_in_the_message_language()
    {
        var error = Assert.Single(Run("syntax-error.pilot").GeneratorDiagnostics, d => d.Id == "PS0112");

        Assert.Equal("'start' expects a date such as 2019-03-01.", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("expects", error.GetMessage(Chinese), StringComparison.Ordinal);
        Assert.DoesNotContain("such as", error.GetMessage(Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pilot_code_has_a_descriptor_like_its_pilot_one()
    {
        foreach (var pilot in PilotDescriptors.All)
        {
            var descriptor = PilotDiagnosticDescriptors.For(pilot.Id);

            Assert.Equal(pilot.Id, descriptor.Id);
            Assert.Equal("PilotSpec", descriptor.Category);
            Assert.Equal((int)pilot.DefaultSeverity, (int)descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal(pilot.HelpLinkUri, descriptor.HelpLinkUri);
            Assert.Equal(pilot.GetTitle(CultureInfo.InvariantCulture), descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(pilot.GetMessageFormat(Chinese), descriptor.MessageFormat.ToString(Chinese));
            Assert.Equal(pilot.Category == "Syntax", descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
        }
    }

    [Fact]
    public void A_site_configures_pilot_codes_like_compiler_warnings_but_cannot_silence_a_syntax_error()
    {
        var site = GeneratorRun.Site();
        var configured = site.WithOptions(site.Options.WithSpecificDiagnosticOptions(ImmutableDictionary.CreateRange(new Dictionary<string, ReportDiagnostic>
        {
            ["PS0303"] = ReportDiagnostic.Suppress, // <NoWarn>PS0303</NoWarn>
            ["PS0401"] = ReportDiagnostic.Error,    // <WarningsAsErrors>PS0401</WarningsAsErrors>
            ["PS0001"] = ReportDiagnostic.Suppress,
        })));

        var warnings = GeneratorRun.Run([GeneratorRun.Spec("warnings.pilot", Specs.Read("warnings.pilot"))], configured);
        var syntax = GeneratorRun.Run([GeneratorRun.Spec("syntax-error.pilot", Specs.Read("syntax-error.pilot"))], configured);

        Assert.Equal(["PS0401 Error warnings.pilot(18,11)"], warnings.GeneratorDiagnostics.Select(Where));
        Assert.Contains(syntax.GeneratorDiagnostics, d => d.Id == "PS0001" && d.Severity == DiagnosticSeverity.Error);
    }
}
