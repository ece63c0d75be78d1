using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.Generator;

/// <summary>
/// Compiles the project's .pilot files (its &lt;PilotSpec&gt; items, passed to the compiler as
/// additional files) while the project builds: pilot diagnostics become compiler diagnostics
/// with their PS codes, and each pilot becomes a <c>&lt;Pilot&gt;.Monitor.g.cs</c> source.
///
/// The pilot step reads only the .pilot files and one build property, never the C#
/// compilation: typing in a C# file leaves every step cached, and the pilot compiler runs
/// again only when a spec (or the namespace) changes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PilotMonitorGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the steps, for tests of incrementality.</summary>
    public static class Steps
    {
        public const string SpecFiles = "PilotSpec.SpecFiles";
        public const string MonitorNamespace = "PilotSpec.MonitorNamespace";
        public const string Compile = "PilotSpec.Compile";
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specFiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".pilot", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, cancellationToken) => new SpecFile(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .WithTrackingName(Steps.SpecFiles);

        var monitorNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property." + MonitorNamespaceDiagnostic.PropertyName, out var value) ? value : null)
            .WithTrackingName(Steps.MonitorNamespace);

        var build = specFiles.Collect()
            .Combine(monitorNamespace)
            .Select(static (input, cancellationToken) => PilotBuild.Run(input.Left, input.Right, cancellationToken))
            .WithTrackingName(Steps.Compile);

        context.RegisterSourceOutput(build, static (output, result) =>
        {
            if (result.InvalidNamespace is { } invalid)
            {
                output.ReportDiagnostic(MonitorNamespaceDiagnostic.Create(invalid));
            }

            foreach (var failure in result.Failures)
            {
                output.ReportDiagnostic(SpecFailureDiagnostic.Create(failure));
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(RoslynDiagnostics.From(diagnostic));
            }

            foreach (var monitor in result.Monitors)
            {
                output.AddSource(monitor.HintName, SourceText.From(monitor.Source, Encoding.UTF8));
            }
        });
    }
}
