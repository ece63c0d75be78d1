using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// The cases every report format must show, each in text, HTML and JSON: refused rows beside
/// an evaluation that went ahead without them, an undetermined decision, an evaluation not due
/// yet, a window, grades, the mean a criterion compares and consequences left undetermined.
/// </summary>
public sealed class EvaluateReportCasesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Approval => Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.pilot");

    private static string ApprovalObservations => Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.observations.csv");

    private static string Graded => Path.Combine(RepositoryRoot.Path, "examples", "project-grading.pilot");

    private static string GradedObservations => Path.Combine(RepositoryRoot.Path, "examples", "project-grading.observations.csv");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public void Refused_rows_are_listed_above_an_undetermined_decision(string format)
    {
        // One row for a city the spec does not have, evaluated anyway with --skip-invalid; as of
        // 2019-06-30 the satisfaction figures are stale and the decision undetermined.
        var bad = _folder.Write("bad.csv", "indicator,site,date,value\napproval_days,上海,2019-06-30,75\n");
        var result = _folder.Pilotc("evaluate", Approval, "--observations", ApprovalObservations, bad, "--skip-invalid", "--as-of", "2019-06-30", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("bad.csv(2): refused: the spec has no site ‘上海’", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("missing or stale data could still lead to: extend, adjust", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "pending: scheduled on 2031-12-31, after today")]
    [InlineData("html", "pending: scheduled on 2031-12-31, after today")]
    [InlineData("json", "\"status\": \"pending\"")]
    public void An_evaluation_after_today_is_pending(string format, string expected)
    {
        var spec = _folder.Write("future.pilot", """
            pilot Future "A pilot still to come" {
                owner: "Office"
                problem: "Slow approvals"
                start: 2031-01-01
                end: 2031-12-31
                indicator approval_days "Approval time" {
                    unit: days
                    better: lower
                    baseline: 30 days on 2030-12-31
                    target: 20 days by 2031-12-31
                    measured: quarterly from "registry"
                }
                site A "County A" { level: county }
                phase Run "Run" { start: 2031-01-01; end: 2031-12-31; in: all sites }
                evaluation final "Final" at end of Run {
                    method: before_after
                    require: approval_days <= 20 days at all sites
                    decide: scale_up when all met
                    otherwise: adjust
                }
            }
            """);
        var csv = _folder.Write("none.csv", "indicator,site,date,value\n");

        var result = _folder.Pilotc("evaluate", spec, "--observations", csv, "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_shows_the_window_grades_means_and_consequences()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Graded, "--observations", GradedObservations, "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("<p>Means, trends and changes read the window from 2021-01-01 to 2021-12-31</p>", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("<td>88; mean 84.75</td>", result.StdOut, StringComparison.Ordinal); // TeacherTraining's latest and its window mean
        Assert.Contains("<td>89.5 (优)</td>", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("<h3>Consequences per site</h3>", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("TeacherTraining", result.StdOut[result.StdOut.IndexOf("<h3>Consequences per site</h3>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    public void Consequences_without_the_scores_are_undetermined_with_the_data_that_would_settle_them(string format)
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Graded, "--observations", GradedObservations, "--as-of", "2021-11-30", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("RuralSchools, TeacherTraining, CountyHospitals, PublicHealthSubsidy", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("evaluation_score at TeacherTraining (missing)", result.StdOut, StringComparison.Ordinal);
    }
}
