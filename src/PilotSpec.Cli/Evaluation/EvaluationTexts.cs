using System.Globalization;
using PilotSpec.Cli.Output;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary>The words of an evaluation report, in English or Simplified Chinese (EvaluationTexts*.resx).</summary>
public sealed class EvaluationTexts : ReportTexts
{
    public EvaluationTexts(CultureInfo culture)
        : base("PilotSpec.Cli.Evaluation.EvaluationTexts", culture)
    {
    }

    public string Decision(Decision? decision) => Get("Decision_" + DecisionWord(decision));

    public string Outcome(bool? outcome) => Get("Outcome_" + OutcomeWord(outcome));

    public string Gap(DataGapKind kind) => Get("Gap_" + kind);

    public string Baseline(BaselineSource source) => Get("Baseline_" + source);

    /// <summary>What an evaluation's window covers for an evaluation as of <paramref name="asOf"/>.</summary>
    public string Window(EvaluationWindow window, DateTime asOf) =>
        Get("Report_Window", Date(window.StartFor(asOf)), Date(window.EndFor(asOf)));

    /// <summary>"; mean 84.75" after a site's value when its criterion compares a mean or a trend; empty otherwise.</summary>
    public string Summary(SiteSummary? summary) => summary is null ? string.Empty : Get("Report_Site" + summary.Member, Number(summary.Value));

    /// <summary>The JSON word of what a summary summarises (<c>mean</c>, <c>trend</c>, <c>relative_trend</c>).</summary>
    public static string SummaryWord(ValueMember member) => member switch
    {
        ValueMember.Mean => "mean",
        ValueMember.Trend => "trend",
        _ => "relative_trend",
    };

    /// <summary>The line that says what the evaluation rests on: how many observations, from which files or which store.</summary>
    public string Data(EvaluationData data) => data.Store is not { } store
        ? Get("Report_Observations", data.Accepted, data.Files.Count, data.Refused.Count)
        : data.OutsideSpec == 0
            ? Get("Report_StoreObservations", data.Accepted, store)
            : Get("Report_StoreObservationsOutside", data.Accepted, store, data.OutsideSpec);

    public string Row(RefusedRow row) => Get("Row_Refused", row.File, row.Line, Get("Row_" + row.Problem, row.Detail, row.Allowed));

    /// <summary>The spec's word for a decision (<c>scale_up</c>), as JSON writes it.</summary>
    public static string DecisionWord(Decision? decision) => decision switch
    {
        Monitoring.Decision.ScaleUp => "scale_up",
        Monitoring.Decision.Adjust => "adjust",
        Monitoring.Decision.Extend => "extend",
        Monitoring.Decision.Terminate => "terminate",
        Monitoring.Decision.Undetermined => "undetermined",
        _ => "none",
    };

    public static string OutcomeWord(bool? outcome) => outcome switch
    {
        true => "met",
        false => "not_met",
        _ => "unknown",
    };

    /// <summary>A number as the report shows it: invariant, without trailing zeros.</summary>
    public static string Number(decimal? value) =>
        value is { } v ? decimal.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
