using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0450: an indicator would fall due more than <see cref="DueDates.MaxPerSite"/> times at a
/// site — a weekly indicator over two centuries, almost always a year mistyped in a phase's
/// end. The schedule states such a recurrence in one line, but whoever expands it (a data
/// collector's list, <c>pilotc schedule --expand</c>) would get an unbounded list; it stops
/// at the limit and says so (<c>truncated</c>). One warning per indicator, on its
/// <c>measured:</c>, naming the sites.
/// </summary>
internal sealed class TooManyDueDatesRule : SpecRule
{
    private const int SitesNamed = 3;

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.TooManyDueDates);

    internal override void Run(RuleContext context)
    {
        var plan = context.Measurements;
        foreach (var indicator in plan.Indicators)
        {
            var sites = new List<SiteSymbol>();
            foreach (var window in plan.Windows)
            {
                if (window.Due(indicator.Frequency!.Value).IsTruncated)
                {
                    sites.AddRange(window.Sites);
                }
            }

            if (sites.Count == 0)
            {
                continue;
            }

            var named = string.Join(", ", sites.Take(SitesNamed).Select(s => s.Name)) + (sites.Count > SitesNamed ? ", …" : "");
            context.Diagnostics.Report(DiagnosticDescriptors.TooManyDueDates, Measured(indicator), indicator.Name, DueDates.MaxPerSite, named, sites.Count);
        }
    }

    private static SyntaxNode Measured(IndicatorSymbol indicator) =>
        indicator.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "measured") is { Values.Count: > 0 } measured
            ? measured.Values[0]
            : indicator.Declaration.Identifier;
}
