using PilotSpec.Generator.Tests.TestSupport;

namespace PilotSpec.Generator.Tests.EndToEnd;

/// <summary>
/// The package as a pilot site gets it: packed with `dotnet pack`, restored from a local
/// feed into a fresh project, built with `dotnet build` (the real compiler loading the
/// generator and the pilot compiler from the package's analyzers folder, which the in-memory
/// driver tests cannot show) and run. Slow (pack, restore, build): only these three.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class PackageEndToEndTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    [Fact]
    public void A_fresh_site_project_builds_the_sample_with_the_package_and_runs_it()
    {
        Assert.Superset(
            new HashSet<string>
            {
                "lib/netstandard2.0/PilotSpec.Monitoring.dll",
                "lib/net10.0/PilotSpec.Monitoring.dll",
                "analyzers/dotnet/cs/PilotSpec.Generator.dll",
                "analyzers/dotnet/cs/PilotSpec.CodeAnalysis.dll",
                "analyzers/dotnet/cs/zh-Hans/PilotSpec.CodeAnalysis.resources.dll",
                "analyzers/dotnet/cs/zh-Hans/PilotSpec.Generator.resources.dll",
                "analyzers/dotnet/cs/Antlr4.Runtime.Standard.dll",
                "analyzers/dotnet/cs/System.Text.Json.dll",
                "build/PilotSpec.Monitoring.props",
                "build/PilotSpec.Monitoring.targets",
                "buildTransitive/PilotSpec.Monitoring.props",
                "buildTransitive/PilotSpec.Monitoring.targets",
            },
            package.Entries().ToHashSet());
        Assert.DoesNotContain(package.Entries(), e => e.StartsWith("analyzers/", StringComparison.Ordinal) && Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

        // The repository's sample program, unchanged, against the package instead of the projects.
        var site = package.CreateSite(
            "PolicingSite",
            Repository.ReadText("examples", "site-sample", "Program.cs"),
            new Dictionary<string, string> { ["policing-reform.pilot"] = Repository.ReadText("examples", "policing-reform.pilot") });

        var build = DotNet.Run(site, "build", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, "dotnet build failed: " + build);
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);

        var run = DotNet.Run(site, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed: " + run);
        Assert.Equal(
            [
                "Evaluation final as of 2021-01-31",
                "  clearance_rate.change >= +15 points at all sites in first: met",
                "  security_satisfaction >= 85% at 80% of sites: met",
                "  cost_per_case.change <= -10% at all sites: met",
                "Decision: ScaleUp",
            ],
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Removing_a_spec_or_adding_one_older_than_the_last_build_builds_again()
    {
        // #20: neither changed a file time the compiler's inputs had, so the old monitors stayed.
        const string ListMonitors = """
            foreach (var type in System.Reflection.Assembly.GetExecutingAssembly().GetTypes().Where(t => t.Name.EndsWith("Monitor", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                Console.WriteLine(type.Name);
            }

            """;
        var site = package.CreateSite(
            "ChangingSite",
            ListMonitors,
            new Dictionary<string, string>
            {
                ["hello.pilot"] = Repository.ReadText("examples", "hello.pilot"),
                ["policing-reform.pilot"] = Repository.ReadText("examples", "policing-reform.pilot"),
            });
        // The specs by a wildcard, as a site lists a folder of them: removing or adding a file changes no project file.
        var project = Path.Combine(site, "ChangingSite.csproj");
        File.WriteAllText(project, File.ReadAllText(project)
            .Replace("""<PilotSpec Include="hello.pilot" />""", """<PilotSpec Include="*.pilot" />""", StringComparison.Ordinal)
            .Replace("""<PilotSpec Include="policing-reform.pilot" />""", "", StringComparison.Ordinal));
        string[] BuildAndList()
        {
            var build = DotNet.Run(site, "build", "--disable-build-servers");
            Assert.True(build.ExitCode == 0, "dotnet build failed: " + build);
            var run = DotNet.Run(site, "run", "--no-build");
            Assert.True(run.ExitCode == 0, "dotnet run failed: " + run);
            return run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        }

        Assert.Equal(["HelloPilotMonitor", "PolicingReformMonitor"], BuildAndList());

        var hello = Path.Combine(site, "hello.pilot");
        File.Delete(hello);
        Assert.Equal(["PolicingReformMonitor"], BuildAndList());

        // Back, with a file time from before the builds (as a copy or an archive keeps it).
        File.WriteAllText(hello, Repository.ReadText("examples", "hello.pilot"));
        File.SetLastWriteTimeUtc(hello, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(["HelloPilotMonitor", "PolicingReformMonitor"], BuildAndList());
    }

    [Fact]
    public void A_site_whose_spec_has_an_error_fails_to_build_with_the_code_at_the_spec_line_and_column()
    {
        var site = package.CreateSite(
            "BrokenSite",
            "System.Console.WriteLine(\"never built\");\n",
            new Dictionary<string, string> { ["undeclared-name.pilot"] = Specs.Read("undeclared-name.pilot") });

        var build = DotNet.Run(site, "build", "--disable-build-servers");

        Assert.NotEqual(0, build.ExitCode);
        var spec = Path.Combine(site, "undeclared-name.pilot");
        Assert.Contains($"{spec}(22,18): error PS0102: 'wait_tme' is not declared; did you mean 'wait_time'?", build.Output, StringComparison.Ordinal);
        // The failure is the spec's, not a generator that did not load or crashed.
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
    }
}
