using System.Text.RegularExpressions;
using PilotSpec.Benchmarks;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// The monitor grows linearly with the spec, checked by its shape, not by a clock. The
/// generated specs add, per region block, 16 sites, a wave, two alerts (one over every pilot
/// site) and an evaluation over the wave: when each alert listed every site, twice the
/// blocks gave four times the monitor.
/// </summary>
public sealed class MonitorSizeTests
{
    // The first region block also declares a goal, and blocks beyond the tenth add no indicators:
    // from 20 blocks on, doubling the blocks doubles sites, waves, alerts and evaluations only.
    private const int Blocks = 20;

    private static readonly Regex SiteField = new(@"internal static readonly global::PilotSpec\.Monitoring\.Site (?<name>\S+) =", RegexOptions.CultureInvariant);

    private static string MonitorOf(int blocks) => MonitorBuild.Emit(SpecGenerator.GenerateBlocks(blocks), "generated.pilot").Content;

    [Fact]
    public void Twice_the_sites_make_about_twice_the_monitor()
    {
        var small = MonitorOf(Blocks).Length;
        var large = MonitorOf(2 * Blocks).Length;

        // Linear: about 2; quadratic (sites listed at every alert): 3.0 at these sizes with the emitter of before, tending to 4.
        var ratio = (double)large / small;
        Assert.InRange(ratio, 1.8, 2.4);
    }

    [Fact]
    public void A_site_is_named_as_often_however_many_sites_the_spec_has()
    {
        var small = MonitorOf(Blocks);
        var large = MonitorOf(2 * Blocks);
        var first = SiteField.Match(small).Groups["name"].Value;

        // Its field, its property, the definition's list, the pilot sites and its wave: never once per alert.
        Assert.Equal(SiteField.Match(large).Groups["name"].Value, first);
        Assert.Equal(Mentions(small, first), Mentions(large, first));
        Assert.InRange(Mentions(small, first), 1, 6);
    }

    [Fact]
    public void Each_site_set_is_written_once_and_named_after_its_spec_construct()
    {
        var monitor = MonitorOf(Blocks);

        // The model's site sets (JSON inside the C# string literals, so its quotes are escaped).
        Assert.Single(Regex.Matches(monitor, @"\\""pilot_sites\\"": \["));
        Assert.Single(Regex.Matches(monitor, @"\\""in:r0_wave\\"": \["));
        Assert.Equal(Blocks, Regex.Matches(monitor, @"\\""in:r\d+_wave\\"": \[").Count);

        // Every alert `at 20% of sites` and the final `at 60% of sites` refer to the one set.
        Assert.Equal(Blocks + 1, Regex.Matches(monitor, @"\\""set\\"": \\""pilot_sites\\""").Count);
    }

    private static int Mentions(string monitor, string identifier) =>
        Regex.Matches(monitor, @"(?<![\w])" + Regex.Escape(identifier) + @"(?![\w])").Count;
}
