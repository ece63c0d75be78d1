using System.Net;
using System.Text.RegularExpressions;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc schedule examples/policing-reform.pilot --format html`, opened in headless Chromium:
/// the DOM the browser built has a bar for every phase and every site window, and the
/// screenshot shows them, a phase bar above the bars of its sites, in the chart's two colours.
/// </summary>
public sealed partial class HtmlTimelineRenderTests : IDisposable, IClassFixture<HeadlessChromium.Notice>
{
    /// <summary>The chart's bar colours (HtmlChart.cs): phases blue, site windows green.</summary>
    private const int PhaseBlue = 0x3B6FB6;
    private const int SiteGreen = 0x5AA55A;

    /// <summary>
    /// The example's phases in order, each with the sites it runs at: its `in:` waves, or for
    /// `all sites` the pilot sites in declaration order (西城区 is the comparison site, in none).
    /// Launch runs at one site, so it too gets a site row.
    /// </summary>
    private static readonly (string Phase, string[] Sites)[] Expected =
    [
        ("Launch: Launch and training", ["东城区"]),
        ("Implementation", ["东城区", "南城区"]),
        ("MidtermReview", ["东城区", "南城区"]),
        ("Summary: Summary, final evaluation and operating guide", ["东城区", "南城区"]),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void The_rendered_dom_has_a_bar_for_every_phase_and_every_site_window()
    {
        HeadlessChromium.Needed.Check();
        var dom = HeadlessChromium.DumpDom(RenderExample());

        var rows = RenderedRow().Matches(dom).Select(m => (Kind: m.Groups["kind"].Value, Label: WebUtility.HtmlDecode(m.Groups["label"].Value), Bar: m.Groups["bar"].Success)).ToList();

        var expectedRows = Expected.SelectMany(e => e.Sites.Select(s => ("site", s)).Prepend(("phase", e.Phase))).ToList();
        Assert.Equal(expectedRows, rows.Select(r => (r.Kind, r.Label)).ToList());
        Assert.All(rows, r => Assert.True(r.Bar, $"the {r.Kind} row '{r.Label}' has no bar element"));
    }

    [SkippableFact]
    public void The_screenshot_shows_each_phase_above_a_bar_per_site_on_one_time_axis()
    {
        HeadlessChromium.Needed.Check();
        const int width = 1400, height = 1000;
        var html = RenderExample();

        var file = HeadlessChromium.Screenshot(html, Path.Combine(_folder.Path, "timeline.png"), width, height);

        var image = PngImage.Decode(file);
        Assert.Equal((width, height), (image.Width, image.Height));
        var bands = ColourBands(image);
        // Top to bottom: a blue phase bar, then one green bar per site it runs at.
        var expectedColours = Expected.SelectMany(e => e.Sites.Select(_ => SiteGreen).Prepend(PhaseBlue)).ToList();
        Assert.Equal(expectedColours.Select(Describe), bands.Select(b => Describe(b.Colour)));

        // On one axis: Implementation starts where Launch ends, its second wave (南城区) three
        // months after its first; the review sits inside Implementation; Summary comes last.
        var phases = bands.Where(b => b.Colour == PhaseBlue).ToList();
        Assert.True(phases[0].Left < phases[2].Left && phases[2].Left < phases[1].Left + phases[1].Width, $"phase bars out of place: {string.Join(", ", phases)}");
        Assert.True(phases[1].Left < phases[2].Left && phases[3].Left > phases[1].Left, $"phase bars out of place: {string.Join(", ", phases)}");
        Assert.True(phases[0].Left + phases[0].Width <= phases[1].Left + 2, $"Implementation does not start at Launch's end: {string.Join(", ", phases)}");
        var implementationSites = bands.Where(b => b.Colour == SiteGreen).Skip(1).Take(2).ToList();
        Assert.True(implementationSites[0].Left < implementationSites[1].Left, $"the second wave does not start later: {string.Join(", ", implementationSites)}");
    }

    /// <summary>pilotc's HTML page for the example, written to a file for the browser.</summary>
    private string RenderExample()
    {
        var example = Path.Combine(RepositoryRoot.Path, "examples", "policing-reform.pilot");
        var result = _folder.Pilotc("schedule", example, "--format", "html");
        Assert.True(result.ExitCode == 0, result.ToString());
        return _folder.Write("timeline.html", result.StdOut);
    }

    /// <summary>
    /// Horizontal bands of one bar colour, top to bottom: consecutive pixel rows with a run of
    /// the exact colour (a bar's anti-aliased rounded corners are other colours, its middle is not).
    /// </summary>
    private static List<Band> ColourBands(PngImage image)
    {
        var bands = new List<Band>();
        Band? current = null;
        for (var y = 0; y < image.Height; y++)
        {
            Band? found = null;
            foreach (var colour in new[] { PhaseBlue, SiteGreen })
            {
                var xs = Enumerable.Range(0, image.Width).Where(x => image.Rgb(x, y) == colour).ToList();
                if (xs.Count >= 3)
                {
                    found = new Band(colour, y, xs[0], xs[^1] - xs[0] + 1);
                }
            }

            if (found is not null && (current is null || current.Colour != found.Colour))
            {
                bands.Add(found);
            }

            current = found;
        }

        return bands;
    }

    private static string Describe(int colour) => colour switch
    {
        PhaseBlue => "phase (blue)",
        SiteGreen => "site (green)",
        _ => $"#{colour:x6}",
    };

    private sealed record Band(int Colour, int Top, int Left, int Width);

    /// <summary>A chart row as Chromium serialises it: its kind, its label cell and, in its track, a bar.</summary>
    [GeneratedRegex("""<tr class="(?<kind>phase|site)"><td class="label">(?<label>[^<]*)</td>.*?(?<bar><div class="bar[^"]*" style="left: [^"]+"[^>]*></div></div>)?</td></tr>""", RegexOptions.Singleline)]
    private static partial Regex RenderedRow();
}
