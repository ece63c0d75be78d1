using PilotSpec.Tests.Shared;
using Xunit.Abstractions;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>util-linux <c>script</c>, which runs a command on a pseudo-terminal: how a test sees what pilotc prints to a person.</summary>
public static class PseudoTerminal
{
    public const string Script = "/usr/bin/script";

    /// <summary>Debian's bsdutils, an essential package: always installed there, absent on other systems.</summary>
    public static Requirement Needed { get; } = new(
        "util-linux `script` (/usr/bin/script on Linux), which gives pilotc a terminal,",
        "on Debian, `apt-get install -y bsdutils`",
        () => OperatingSystem.IsLinux() && File.Exists(Script));

    /// <summary>Says once per test class, in the test run's output, why its tests are skipped.</summary>
    public sealed class Notice(IMessageSink sink) : RequirementNotice(sink, Needed);
}
