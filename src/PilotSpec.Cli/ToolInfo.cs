using System.Reflection;

namespace PilotSpec.Cli;

/// <summary>What pilotc says about itself in reports (SARIF's tool.driver).</summary>
public static class ToolInfo
{
    public const string Name = "pilotc";

    public const string InformationUri = "https://github.com/pilotspec/pilotspec";

    /// <summary>The package version, without the source-control suffix the SDK appends (`0.1.0+abc123`).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];
}
