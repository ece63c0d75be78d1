using PilotSpec.Cli.Output;
using PilotSpec.Monitoring;
using PilotSpec.Monitoring.Design;

namespace PilotSpec.Cli.Power;

/// <summary>The design diagnosis as a report for a person: per comparing evaluation, per indicator, the MDE beside the target and the verdict.</summary>
public static class PowerTextWriter
{
    public static void Write(TextWriter output, PilotDefinition pilot, PowerAssumptions assumptions, IReadOnlyList<EvaluationPower> evaluations, PowerTexts texts)
    {
        output.WriteLine(texts.Get("Title", pilot.Name));
        output.WriteLine(texts.Get("Assumptions", PowerTexts.Number(assumptions.Variation * 100) + "%", PowerTexts.Number(assumptions.Variation), PowerTexts.Number(assumptions.Correlation)));
        if (assumptions.KnownSpreads.Count > 0)
        {
            output.WriteLine(texts.Get("GivenSpreads", string.Join(", ", assumptions.KnownSpreads.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + PowerTexts.Number(p.Value)))));
        }

        foreach (var evaluation in evaluations)
        {
            output.WriteLine();
            var definition = evaluation.Evaluation;
            if (!evaluation.Compares)
            {
                output.WriteLine(texts.Get("NotComparing", definition.Name, definition.Methods.Count == 0 ? "—" : string.Join(", ", definition.Methods)));
                continue;
            }

            var wedge = definition.EstimatedWedge;
            output.WriteLine(wedge is not null
                ? (definition.Title is { } wedgeTitle
                    ? texts.Get("EvaluationWedgeTitled", definition.Name, TerminalText.Escape(wedgeTitle), wedge.SitesInOrder.Count, wedge.Steps.Count)
                    : texts.Get("EvaluationWedge", definition.Name, wedge.SitesInOrder.Count, wedge.Steps.Count))
                : definition.Title is { } title
                    ? texts.Get("EvaluationTitled", definition.Name, TerminalText.Escape(title), definition.PilotSites.Count, definition.ComparisonSites.Count)
                    : texts.Get("Evaluation", definition.Name, definition.PilotSites.Count, definition.ComparisonSites.Count));
            foreach (var indicator in evaluation.Indicators)
            {
                output.WriteLine("  " + Line(indicator, texts, isWedge: wedge is not null));
            }
        }
    }

    private static string Line(IndicatorPower power, PowerTexts texts, bool isWedge)
    {
        var name = power.Indicator.Name;
        string Quantity(double value, bool signed) => texts.Quantity(power.Indicator, value, signed);
        if (power.MinimumDetectableEffect is not { } mde)
        {
            if (power.SpreadOfChange is null)
            {
                return texts.Get("NoSpread", name);
            }

            var few = texts.Get(isWedge ? "FewSitesWedge" : "FewSites", name);
            return power is { TargetChange: { } wanted, SitesNeeded: var (pilot, comparison) }
                ? few + texts.Get("Separator") + (isWedge ? texts.Get("FewSitesNeededWedge", Quantity(wanted, true), pilot) : texts.Get("FewSitesNeeded", Quantity(wanted, true), pilot, comparison))
                : few;
        }

        var line = texts.Get("Mde", name, Quantity(mde, false), PowerTexts.Number(power.SpreadOfChange!.Value), power.Simulated ? texts.Get("Simulated") : string.Empty);
        var verdict = power.Verdict switch
        {
            PowerVerdict.Enough => texts.Get("Enough", Quantity(power.TargetChange!.Value, true)),
            PowerVerdict.TooFewSites when power.SitesNeeded is var (pilot, _) && isWedge => texts.Get("TooFewWedge", Quantity(power.TargetChange!.Value, true), pilot),
            PowerVerdict.TooFewSites when power.SitesNeeded is var (pilot, comparison) => texts.Get("TooFew", Quantity(power.TargetChange!.Value, true), pilot, comparison),
            PowerVerdict.TooFewSites => texts.Get("TooFewBeyond", Quantity(power.TargetChange!.Value, true), MinimumDetectableEffect.MaxSites),
            _ => texts.Get("NoTarget"),
        };
        return line + texts.Get("Separator") + verdict;
    }
}
