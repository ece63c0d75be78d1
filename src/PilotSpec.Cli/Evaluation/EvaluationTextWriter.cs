using PilotSpec.Cli.Output;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary><c>pilotc evaluate</c> for a person: the decision first, then what it rests on, in the chosen language.</summary>
public static class EvaluationTextWriter
{
    public static void Write(TextWriter output, EvaluationReport report, EvaluationTexts texts)
    {
        output.WriteLine(texts.Get("Report_Title", report.Pilot.Name));
        output.WriteLine(report.AsOf is { } asOf ? texts.Get("Report_AsOf", EvaluationTexts.Date(asOf)) : texts.Get("Report_EachOnItsDate", EvaluationTexts.Date(report.Today)));
        output.WriteLine(texts.Data(report.Data));
        foreach (var row in report.Refused)
        {
            output.WriteLine("  " + texts.Row(row));
        }

        foreach (var outcome in report.Evaluations)
        {
            output.WriteLine();
            WriteEvaluation(output, outcome, texts);
        }

        output.WriteLine();
        output.WriteLine(texts.Get("Report_Alerts", EvaluationTexts.Date(report.AlertsAsOf)));
        if (report.Alerts.Count == 0)
        {
            output.WriteLine("  " + texts.Get("Report_NoAlerts"));
        }

        foreach (var alert in report.Alerts)
        {
            var name = alert.Alert.Title is { } title ? alert.Alert.Name + " (" + TerminalText.Escape(title) + ")" : alert.Alert.Name;
            output.WriteLine("  " + alert.State switch
            {
                true when alert.Sites.Count > 0 => texts.Get("Report_AlertFired", name, string.Join(", ", alert.Sites.Select(s => s.Code))),
                true => texts.Get("Report_AlertFiredNoSites", name),
                false => texts.Get("Report_AlertQuiet", name),
                _ => texts.Get("Report_AlertUnknown", name),
            });
        }
    }

    private static void WriteEvaluation(TextWriter output, EvaluationOutcome outcome, EvaluationTexts texts)
    {
        var evaluation = outcome.Evaluation;
        var heading = evaluation.Title is { } title
            ? texts.Get("Report_EvaluationTitled", evaluation.Name, TerminalText.Escape(title))
            : texts.Get("Report_Evaluation", evaluation.Name);
        switch (outcome.Status)
        {
            case EvaluationStatus.Pending:
                output.WriteLine(texts.Get("Report_Heading", heading, texts.Get("Report_Pending", EvaluationTexts.Date(outcome.Date!.Value))));
                return;
            case EvaluationStatus.Unscheduled:
                output.WriteLine(texts.Get("Report_Heading", heading, texts.Get("Report_Unscheduled")));
                return;
        }

        var result = outcome.Result!;
        output.WriteLine(texts.Get("Report_Heading", heading, texts.Get("Report_EvaluatedOn", EvaluationTexts.Date(result.AsOf))));
        var why = result.IsUndetermined
            ? texts.Get("Report_Undetermined", string.Join(", ", result.PossibleDecisions.Select(texts.Decision)))
            : result.Rule is { } rule ? texts.Get("Report_ByRule", rule.Text)
            : texts.Get("Report_ByOtherwise");
        output.WriteLine("  " + texts.Get("Report_Decision", texts.Decision(result.Decision)) + " — " + why);
        if (evaluation.Window is { } window)
        {
            output.WriteLine("  " + texts.Window(window, result.AsOf));
        }
        foreach (var criterion in result.Criteria)
        {
            output.WriteLine("  " + texts.Get("Report_Criterion", criterion.Criterion.Text, texts.Outcome(criterion.Outcome)));
            foreach (var site in criterion.Sites)
            {
                var outcomeText = texts.Outcome(site.Outcome);
                output.WriteLine("    " + (site.IsStale
                    ? texts.Get("Report_SiteStale", site.Site.Code, outcomeText)
                    : texts.Get("Report_Site", site.Site.Code, outcomeText, EvaluationTexts.Number(site.Value), EvaluationTexts.Number(site.Baseline.Value), texts.Baseline(site.Baseline.Source), Signed(site.Change))
                      + texts.Summary(site.Summary)
                      + (site.Grade is { } grade ? texts.Get("Report_SiteGrade", grade.Name) : string.Empty)));
            }
        }

        foreach (var effect in result.Effects)
        {
            var interval = effect.Lower is { } lower && effect.Upper is { } upper
                ? texts.Get("Report_EffectInterval", EvaluationTexts.Number(lower), EvaluationTexts.Number(upper))
                : texts.Get(effect.Method == EffectEstimate.SteppedWedgeMethod ? "Report_EffectNoIntervalSteppedWedge" : "Report_EffectNoInterval");
            output.WriteLine("  " + (effect.Method == EffectEstimate.SteppedWedgeMethod
                ? texts.Get("Report_EffectSteppedWedge", effect.Indicator.Name, Signed(effect.Effect), interval, effect.PilotSites, effect.Observations)
                : texts.Get("Report_Effect", effect.Indicator.Name, Signed(effect.Effect), interval, effect.PilotSites, effect.ComparisonSites)));
        }

        foreach (var consequence in result.Consequences)
        {
            output.WriteLine("  " + texts.Get("Report_Consequence", consequence.Consequence.Text, consequence.Consequence.ConditionText));
            output.WriteLine("    " + (consequence.AppliesTo.Count > 0
                ? texts.Get("Report_ConsequenceApplies", string.Join(", ", consequence.AppliesTo.Select(s => s.Code)))
                : texts.Get("Report_ConsequenceAppliesNowhere")));
            if (consequence.Undetermined.Count > 0)
            {
                output.WriteLine("    " + texts.Get("Report_ConsequenceUndetermined", string.Join(", ", consequence.Undetermined.Select(s => s.Code))));
                foreach (var gap in consequence.Gaps)
                {
                    output.WriteLine("      " + texts.Get("Report_Gap", gap.Indicator.Name, gap.Site.Code, texts.Gap(gap.Kind)));
                }
            }
        }

        if (result.IsUndetermined && result.Gaps.Count > 0)
        {
            output.WriteLine("  " + texts.Get("Report_WouldSettle"));
            foreach (var gap in result.Gaps)
            {
                output.WriteLine("    " + texts.Get("Report_Gap", gap.Indicator.Name, gap.Site.Code, texts.Gap(gap.Kind)));
            }
        }
    }

    private static string Signed(decimal? value) => value is > 0 ? "+" + EvaluationTexts.Number(value) : EvaluationTexts.Number(value);
}
