using System.Globalization;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.Cli.Scheduling;

/// <summary>
/// `pilotc schedule --expand`: the flat list of one indicator's due dates, one
/// `SITE<TAB>yyyy-MM-dd` line each, site by site in declaration order, each date made and
/// written in turn (a programme of tens of thousands of sites has millions of them; none is
/// held). The dates are those the schedule's recurrences stand for (docs/schedule.md).
/// </summary>
internal static class DueDateList
{
    public static void Write(TextWriter output, PilotCompilation compilation, string indicatorName, string? siteName)
    {
        var plan = MeasurementWindows.Create(compilation.Program, compilation.Schedule);
        var indicator = plan.Indicators.FirstOrDefault(i => i.Name == indicatorName)
            ?? throw new ToolFailureException(compilation.Program.Indicators.Any(i => i.Name == indicatorName)
                ? $"'{indicatorName}' has no `measured:` frequency, so it never falls due."
                : $"the pilot has no indicator '{indicatorName}'.");
        if (siteName is not null && !compilation.Program.Sites.Any(s => s.Name == siteName))
        {
            throw new ToolFailureException($"the pilot has no site '{siteName}'.");
        }

        var frequency = indicator.Frequency!.Value;
        var windowOf = new Dictionary<SiteSymbol, MeasurementWindow>();
        foreach (var window in plan.Windows)
        {
            foreach (var site in window.Sites)
            {
                windowOf[site] = window;
            }
        }

        foreach (var site in compilation.Program.Sites)
        {
            if ((siteName is not null && site.Name != siteName) || !windowOf.TryGetValue(site, out var window))
            {
                continue;
            }

            var due = window.Due(frequency);
            for (var n = 1; n <= due.Count; n++)
            {
                output.Write(site.Name);
                output.Write('\t');
                output.Write(DueDates.Nth(window.From, n, frequency)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                output.Write('\n');
            }
        }
    }
}
