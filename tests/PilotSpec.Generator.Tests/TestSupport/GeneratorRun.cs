using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.Monitoring;

namespace PilotSpec.Generator.Tests.TestSupport;

/// <summary>
/// Runs the generator the way the C# compiler does, in memory: a site's compilation (C#
/// sources against the framework and the monitoring runtime), its .pilot additional files
/// and build properties, with the driver tracking every step.
/// </summary>
internal sealed class GeneratorRun
{
    public const string SiteFolder = "/site";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private GeneratorRun(GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        Output = output;
        GeneratorDiagnostics = generatorDiagnostics;
    }

    /// <summary>The driver after the run, to run again with changed inputs.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The site's compilation with the generated sources added.</summary>
    public Compilation Output { get; }

    /// <summary>The diagnostics the generator reported (the pilot diagnostics).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>The one generated source.</summary>
    public string Source => Assert.Single(Sources).SourceText.ToString();

    /// <summary>Errors and warnings of the site's compilation with the monitors in it.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>A .pilot file of the site, at /site/&lt;name&gt;.</summary>
    public static AdditionalText Spec(string name, string text) => new InMemoryAdditionalText(SitePath(name), text);

    public static string SitePath(string name) => SiteFolder + "/" + name;

    public static CSharpCompilation Site(params string[] sources) => CSharpCompilation.Create(
        "Site",
        sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"{SiteFolder}/Site{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var options = (buildProperties ?? new Dictionary<string, string>())
            .ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value);
        return CSharpGeneratorDriver.Create(
            [new PilotMonitorGenerator().AsSourceGenerator()],
            specs,
            parseOptions: null,
            optionsProvider: new GlobalOptionsProvider(options),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorRun Run(params AdditionalText[] specs) => Run(specs, Site());

    public static GeneratorRun Run(IEnumerable<AdditionalText> specs, Compilation site, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        Run(CreateDriver(specs, buildProperties), site);

    public static GeneratorRun Run(GeneratorDriver driver, Compilation site)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(site, out var output, out var diagnostics);
        var exception = driver.GetRunResult().Results.Single().Exception;
        Assert.True(exception is null, "The generator threw: " + exception);
        return new GeneratorRun(driver, output, diagnostics);
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The framework the tests run on, plus the monitoring runtime; one reference per assembly name.
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(PilotMonitor).Assembly.Location)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
