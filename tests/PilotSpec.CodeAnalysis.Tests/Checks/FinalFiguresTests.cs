using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// PS0727 and PS0721 on the schedule's due dates (docs/language.md, "Measurement due dates"):
/// a period's figures are due the day after it closes, so the closing evaluation of a pilot
/// waits for the last period's figures, and may fall after the pilot's end to do so.
/// </summary>
public sealed class FinalFiguresTests
{
    // A pilot of 2024 at two districts, one phase over the whole year. Line 16 holds the evaluation's date.
    private static string Spec(string at, string measured = "monthly", string require = "wait_minutes <= 20 minutes at all sites", string phase = "start: 2024-01-01; end: 2024-12-31; in: all sites", string end = "2024-12-31") => $$"""
        pilot Desk "One-stop service desk" {
            owner: "City Government Office"
            problem: "Citizens visit several offices for one licence"
            start: 2024-01-01
            end: {{end}}
            indicator wait_minutes "Waiting time" {
                unit: minutes
                better: lower
                baseline: 40 minutes on 2023-12-31
                target: 20 minutes by {{end}}
                measured: {{measured}} from "queue system"
            }
            site North "North district" { level: district }
            site South "South district" { level: district }
            phase Trial { {{phase}} }
            evaluation final "Final evaluation" at {{at}} {
                method: before_after
                require: {{require}}
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """;

    [Fact]
    public void A_final_evaluation_on_the_pilots_end_is_reported_with_the_last_due_date()
    {
        var spec = CheckedSpec.Compile(Spec("2024-12-31"));

        // Monthly from 2024-01-01: the 12th due date is 2024-01-01 + 12 months = 2025-01-01, closing
        // the period from the 11th (2024-01-01 + 11 months = 2024-12-01) to 2025-01-01 - 1 day = 2024-12-31.
        var diagnostic = spec.AssertSingle("PS0727", DiagnosticSeverity.Warning, line: 16, column: 44,
            "The evaluation 'final' on 2024-12-31 cannot see the last figures of 'wait_minutes': those of the period 2024-12-01 to 2024-12-31 are due on 2025-01-01, after the pilot ends on 2024-12-31. Date it 2025-01-01 to judge the whole pilot.");
        Assert.Equal(
            "评估“final”在 2024-12-31 进行，看不到“wait_minutes”的最后一期数据：2024-12-01 至 2024-12-31 这一期的数据在 2025-01-01 报送，晚于试点结束日期 2024-12-31。请把评估日期定为 2025-01-01，才能评估整个试点。",
            diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")));
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void The_fix_dates_the_evaluation_on_the_last_due_date_and_leaves_nothing_to_report()
    {
        var text = Spec("end of Trial");
        var diagnostic = CheckedSpec.Compile(text).AssertSingle("PS0727", DiagnosticSeverity.Warning, line: 16, column: 44,
            "The evaluation 'final' on 2024-12-31 cannot see the last figures of 'wait_minutes': those of the period 2024-12-01 to 2024-12-31 are due on 2025-01-01, after the pilot ends on 2024-12-31. Date it 2025-01-01 to judge the whole pilot.");

        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("Date the evaluation 2025-01-01", fix.GetTitle(CultureInfo.InvariantCulture));
        Assert.Equal("把评估日期改为 2025-01-01", fix.GetTitle(CultureInfo.GetCultureInfo("zh-Hans")));
        var fixedText = CheckedSpec.Apply(fix, text);
        Assert.Contains("evaluation final \"Final evaluation\" at 2025-01-01 {", fixedText, StringComparison.Ordinal);
        CheckedSpec.Compile(fixedText).AssertClean();
    }

    [Theory]
    [InlineData("2025-01-01")] // the day December's figures are due: waiting for them is right, not PS0721
    [InlineData("2024-06-30")] // a mid-term evaluation reads what has come in so far
    public void An_evaluation_that_waits_for_the_last_figures_or_is_mid_term_is_clean(string at)
    {
        CheckedSpec.Compile(Spec(at)).AssertClean();
    }

    [Theory]
    [InlineData("2025-01-02")] // a day after the last due date (2025-01-01)
    [InlineData("2025-01-15")]
    public void An_evaluation_past_the_last_due_date_is_still_after_the_pilots_end(string at)
    {
        CheckedSpec.Compile(Spec(at)).AssertSingle("PS0721", DiagnosticSeverity.Warning, line: 16, column: 44,
            $"The evaluation 'final' takes place on {at}, after the pilot ends on 2024-12-31.");
    }

    [Fact]
    public void Due_dates_stay_on_month_ends_as_the_schedule_counts_them()
    {
        // The worked example of docs/language.md: 6 months from 2024-01-31 end on 2024-07-30, and the
        // due dates are 2024-01-31 + n months: the 6th is 2024-07-31, the 5th 2024-06-30 (not 2024-07-30 - 1 month).
        var spec = CheckedSpec.Compile(Spec("end of Trial", phase: "start: 2024-01-31; duration: 6 months; in: all sites", end: "2024-07-30"));

        spec.AssertSingle("PS0727", DiagnosticSeverity.Warning, line: 16, column: 44,
            "The evaluation 'final' on 2024-07-30 cannot see the last figures of 'wait_minutes': those of the period 2024-06-30 to 2024-07-30 are due on 2024-07-31, after the pilot ends on 2024-07-30. Date it 2024-07-31 to judge the whole pilot.");
    }

    [Fact]
    public void A_part_of_a_period_at_the_end_is_never_due_so_there_is_nothing_to_wait_for()
    {
        // Quarterly from 2024-02-01: 2024-05-01, 08-01, 11-01; the 4th (2025-02-01) is past the span's
        // close (2024-12-31 + 1 day = 2025-01-01), so the last figures are due on 2024-11-01, before the end.
        CheckedSpec.Compile(Spec("2024-12-31", measured: "quarterly", phase: "start: 2024-02-01; end: 2024-12-31; in: all sites")).AssertClean();
    }

    [Fact]
    public void Only_the_sites_the_evaluation_judges_count()
    {
        // North's phase ends 2024-06-30 (figures last due 2024-07-01); South's runs to the pilot's end (due 2025-01-01).
        var spec = Spec("2024-12-31",
            phase: "start: 2024-01-01; end: 2024-06-30; in: North }\n    phase Later { start: 2024-01-01; end: 2024-12-31; in: South",
            require: "wait_minutes <= 20 minutes at North");
        CheckedSpec.Compile(spec).AssertClean();

        var atSouth = spec.Replace("at North\n", "at South\n", StringComparison.Ordinal);
        Assert.Contains(CheckedSpec.Compile(atSouth).Diagnostics, d => d.Id == "PS0727" && d.GetMessage(CultureInfo.InvariantCulture).Contains("due on 2025-01-01", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indicator_computed_by_a_formula_waits_for_the_figures_it_is_computed_from()
    {
        var spec = CheckedSpec.Compile(Spec("2024-12-31", require: "service_score >= 80 score at all sites").Replace(
            "    site North",
            "    indicator service_score \"Service score\" { unit: score; better: higher; formula: 100 - wait_minutes; target: 85 score by 2024-12-31 }\n    site North",
            StringComparison.Ordinal));

        // service_score reads wait_minutes, measured monthly: its last figures are due 2025-01-01 as above.
        Assert.Contains(spec.Diagnostics, d => d.Id == "PS0727" && d.GetMessage(CultureInfo.InvariantCulture).Contains("the last figures of 'wait_minutes'", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_planned_end_nothing_is_reported()
    {
        CheckedSpec.Compile(Spec("2024-12-31").Replace("    end: 2024-12-31\n", "", StringComparison.Ordinal)).AssertClean();
    }
}
