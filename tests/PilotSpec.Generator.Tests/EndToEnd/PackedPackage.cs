using System.IO.Compression;
using System.Reflection;
using PilotSpec.Generator.Tests.TestSupport;

namespace PilotSpec.Generator.Tests.EndToEnd;

/// <summary>
/// PilotSpec.Monitoring packed by `dotnet pack` into a local feed in a temporary folder, once
/// for the end-to-end tests, and fresh site projects beside it that restore it from there
/// (into a packages folder of their own, so no copy cached by an earlier run is used).
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Id = "PilotSpec.Monitoring";

    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("pilotspec-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        var configuration = typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;

        PackResult = DotNet.Run(
            Repository.Root,
            "pack", Repository.PathOf("src", "PilotSpec.Monitoring", "PilotSpec.Monitoring.csproj"),
            "-c", configuration, "-o", Feed, "--disable-build-servers");

        var package = Directory.Exists(Feed) ? Directory.GetFiles(Feed, Id + ".*.nupkg").SingleOrDefault() : null;
        if (PackResult.ExitCode != 0 || package is null)
        {
            throw new InvalidOperationException("dotnet pack failed: " + PackResult);
        }

        PackagePath = package;
        Version = Path.GetFileNameWithoutExtension(package).Substring(Id.Length + 1);
    }

    public string Root { get; }

    public string Feed { get; }

    internal DotNet.Result PackResult { get; }

    public string PackagePath { get; }

    public string Version { get; }

    /// <summary>The package's file names, with '/' separators.</summary>
    public IReadOnlyList<string> Entries()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>
    /// A new console project in its own folder, cut off from any Directory.Build.* or central
    /// package versions above it, that references the packed package and lists its specs as
    /// &lt;PilotSpec&gt; items. Package sources: the local feed for PilotSpec.* only (mapped, so
    /// a package of the same name elsewhere can never stand in for the one just packed), and
    /// nuget.org, the source this machine's NuGet configuration has, for anything else.
    /// </summary>
    public string CreateSite(string name, string program, IReadOnlyDictionary<string, string> specs)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="pilotspec-local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="pilotspec-local">
                  <package pattern="PilotSpec.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        var items = string.Join("\n", specs.Keys.Select(spec => $"""    <PilotSpec Include="{spec}" />"""));
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{Id}" Version="{Version}" />
              </ItemGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        foreach (var (spec, text) in specs)
        {
            File.WriteAllText(Path.Combine(folder, spec), text);
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a test run over.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
