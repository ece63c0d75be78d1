namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// Spec texts that XML or UTF-8 cannot hold (#20): U+FFFF and U+FFFE in a title broke a site's
/// build (CS1570 in the documentation comment under GenerateDocumentationFile), and a lone
/// surrogate became U+FFFD in the schedule but stayed `\ud800` in the C#. One rule for both
/// outputs: each becomes U+FFFD where it cannot be written.
/// </summary>
public sealed class UnencodableTextTests
{
    private const string Spec = """
        pilot Q "t\uFFFF \uFFFE \uD800 x" {
            owner: "o\uD800"
            problem: "p"
            start: 2024-01-01
            end: 2024-12-31
        }
        """;

    [Fact]
    public void The_monitor_builds_with_documentation_diagnostics_on()
    {
        var source = MonitorBuild.Emit(Spec).Content;

        var (_, problems) = MonitorBuild.Compile(source);

        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_documentation_comment_holds_U_FFFD_for_each_character_XML_cannot_hold()
    {
        var source = MonitorBuild.Emit(Spec).Content;

        Assert.Contains("/// <summary>The monitor of pilot Q (t\uFFFD \uFFFD \uFFFD x)", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_U_FFFD_in_the_monitor_as_in_the_schedule()
    {
        var source = MonitorBuild.Emit(Spec).Content;

        Assert.DoesNotContain("\\ud800", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\uD800", source, StringComparison.Ordinal);
        Assert.Contains("o\uFFFD", source, StringComparison.Ordinal);
    }
}
