using Microsoft.CodeAnalysis.Text;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Cli.Tests.Unit;

/// <summary>
/// In process, because no check reports a warning yet: these build warnings by hand to pin
/// down what --warnaserror does to them before the binder starts producing real ones.
/// </summary>
public sealed class SeverityPolicyTests
{
    private static Diagnostic Make(DiagnosticSeverity severity) =>
        Diagnostic.Create(
                DiagnosticDescriptors.MalformedDate,
                new SourceLocation("a.pilot", new TextSpan(0, 1), new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 3))),
                "2019-13-01")
            .WithSeverity(severity);

    [Fact]
    public void Warnings_do_not_fail_by_default()
    {
        var diagnostics = new SeverityPolicy(WarningsAsErrors: false).Apply([Make(DiagnosticSeverity.Warning), Make(DiagnosticSeverity.Info)]);
        var output = new StringWriter();

        var report = new DiagnosticReport(diagnostics, new SourceFiles(), System.Globalization.CultureInfo.InvariantCulture);
        new MsBuildReporter().Write(output, report);
        var counts = report.Counts;

        Assert.Equal(new DiagnosticCounts(Errors: 0, Warnings: 1, Infos: 1), counts);
        Assert.Equal(ExitCodes.Success, counts.ExitCode);
        Assert.StartsWith("a.pilot(2,3): warning PS0006: ", output.ToString());
    }

    [Fact]
    public void Warnaserror_prints_warnings_as_errors_and_fails()
    {
        var diagnostics = new SeverityPolicy(WarningsAsErrors: true).Apply([Make(DiagnosticSeverity.Warning), Make(DiagnosticSeverity.Info)]);
        var output = new StringWriter();

        var report = new DiagnosticReport(diagnostics, new SourceFiles(), System.Globalization.CultureInfo.InvariantCulture);
        new MsBuildReporter().Write(output, report);
        var counts = report.Counts;

        Assert.Equal(new DiagnosticCounts(Errors: 1, Warnings: 0, Infos: 1), counts);
        Assert.Equal(ExitCodes.DiagnosticErrors, counts.ExitCode);
        Assert.StartsWith("a.pilot(2,3): error PS0006: ", output.ToString());
    }

    [Fact]
    public void Hidden_diagnostics_are_not_reported()
    {
        var diagnostics = new SeverityPolicy(WarningsAsErrors: true).Apply([Make(DiagnosticSeverity.Hidden)]);

        Assert.Empty(diagnostics);
    }
}
