using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// A stepped-wedge roll-out judged by `pilotc evaluate` on hand-computed data: three waves of two
/// districts, a two-month step, a one-month lag. Each district's change is its value minus its
/// own baseline (2023-12-31). The data are built as change = month number (a trend every district
/// shares) + the district's own drift (A1 +1, A2 −1, B1 +2, B2 −2, C1 0, C2 0) + 5 points once
/// exposed, + 20 in the transition month (a disruption that the lag must keep out).
///
/// Waves: w1 starts 2024-02-01 (transition February, exposed from March), w2 2024-04-01
/// (transition April, exposed from May), w3 2024-06-01 (transition June, exposed from July); the
/// roll-out ends 2024-07-31 for all. Periods that compare exposed with not-yet-exposed districts:
///   March: exposed A1 9, A2 7 (mean 8); control B1 5, B2 1, C1 3, C2 3 (mean 3): d = 5, w = 2·4/6 = 4/3
///   April: exposed A1 10, A2 8 (mean 9); control C1 4, C2 4 (mean 4); B in transition: d = 5, w = 2·2/4 = 1
///   May:   exposed A1 11, A2 9, B1 12, B2 8 (mean 10); control C1 5, C2 5 (mean 5): d = 5, w = 4·2/6 = 4/3
///   (January and February have no exposed district, June no control, July every district exposed.)
/// Effect = (4/3·5 + 1·5 + 4/3·5) / (4/3 + 1 + 4/3) = 5 points.
/// Jackknife, leaving one district out: A1 → 4.3, A2 → 5.7, any other → 5 (their drifts cancel
/// within their period means); mean 5; SE = √(5/6 · (0.7² + 0.7²)) = √0.816667 = 0.903696;
/// t(0.975, 5) = 2.570582: half-width 2.323025, interval [2.676975, 7.323025].
/// </summary>
public sealed class SteppedWedgeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly (string Site, int Wave, int Baseline, int Drift)[] Districts =
    [
        ("A1", 0, 50, 1), ("A2", 0, 54, -1), ("B1", 1, 46, 2), ("B2", 1, 50, -2), ("C1", 2, 52, 0), ("C2", 2, 48, 0),
    ];

    // Month m of 2024 (1-7); a wave w starts in month 2 + 2w, its transition is that month.
    private static string Observations()
    {
        var lines = new List<string> { "indicator,site,date,value" };
        foreach (var (site, wave, baseline, drift) in Districts)
        {
            lines.Add($"clearance,{site},2023-12-31,{baseline}");
            var start = 2 + (2 * wave);
            for (var month = 1; month <= 7; month++)
            {
                var change = month + drift + (month > start ? 5 : 0) + (month == start ? 20 : 0);
                var last = DateTime.DaysInMonth(2024, month);
                lines.Add($"clearance,{site},2024-{month:00}-{last:00},{baseline + change}");
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private JsonElement Evaluate(string spec, string asOf = "2024-08-15")
    {
        var path = _folder.Write("wedge.pilot", spec);
        var csv = _folder.Write("wedge.csv", Observations());
        var result = _folder.Pilotc("evaluate", path, "--observations", csv, "--as-of", asOf, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];
    }

    [Fact]
    public void Three_waves_with_a_one_month_lag_give_an_effect_of_5_points_with_its_jackknife_interval()
    {
        var final = Evaluate(Spec(lag: "lag: 1 month"));

        var effect = final.GetProperty("effects")[0];
        Assert.Equal("stepped_wedge", effect.GetProperty("method").GetString());
        Assert.Equal(5m, effect.GetProperty("effect").GetDecimal());
        Assert.Equal(2.676975m, effect.GetProperty("lower").GetDecimal());
        Assert.Equal(7.323025m, effect.GetProperty("upper").GetDecimal());
        Assert.Equal("jackknife_t_95", effect.GetProperty("interval").GetString());
        Assert.Equal(6, effect.GetProperty("sites").GetInt32());
        // March 6 + April 4 + May 6 district-months.
        Assert.Equal(16, effect.GetProperty("observations").GetInt32());
        Assert.False(effect.GetProperty("partial").GetBoolean());
        // 5 >= 3 points and the lower end 2.68 > 0: both requirements met.
        Assert.Equal(["met", "met"], final.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("outcome").GetString()));
        Assert.Equal("scale_up", final.GetProperty("decision").GetString());
    }

    [Fact]
    public void Without_the_lag_the_transition_months_count_as_exposed_and_move_the_estimate()
    {
        // With no lag, each wave's first month (carrying the +20 disruption) counts as exposed:
        // February compares A (23, 21) with B, C; April adds B's 26, 22; June adds C's 26, 26 with no
        // control left. Weighted as above, the estimate is 10.625: the lag is what keeps it at 5.
        var final = Evaluate(Spec(lag: string.Empty));

        Assert.Equal(10.625m, final.GetProperty("effects")[0].GetProperty("effect").GetDecimal());
    }

    [Fact]
    public void A_district_that_has_not_reported_narrows_the_estimate_and_the_report_says_so()
    {
        // Without C2 (a control district in every compared month), March, April and May each lose
        // one control value: March control B1 5, B2 1, C1 3 (mean 3), April C1 4, May C1 5. Every
        // period still differs by 5, so the effect stays 5, now resting on 5 districts (partial).
        var path = _folder.Write("wedge.pilot", Spec(lag: "lag: 1 month"));
        var csv = _folder.Write("wedge.csv", string.Join("\n", Observations().Split('\n').Where(l => !l.Contains(",C2,", StringComparison.Ordinal))));
        var result = _folder.Pilotc("evaluate", path, "--observations", csv, "--as-of", "2024-08-15", "--format", "json");
        var effect = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0].GetProperty("effects")[0];

        Assert.Equal(5m, effect.GetProperty("effect").GetDecimal());
        Assert.Equal(5, effect.GetProperty("sites").GetInt32());
        Assert.True(effect.GetProperty("partial").GetBoolean());
    }

    [Fact]
    public void The_text_report_names_the_method_the_interval_and_what_it_rests_on()
    {
        var path = _folder.Write("wedge.pilot", Spec(lag: "lag: 1 month"));
        var csv = _folder.Write("wedge.csv", Observations());

        var result = _folder.Pilotc("evaluate", path, "--observations", csv, "--as-of", "2024-08-15");

        Assert.Contains("Effect on clearance (stepped wedge): +5 95% interval [2.677, 7.323], from 6 sites over 16 site-periods", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedule_shows_each_waves_control_transition_and_exposed_periods()
    {
        // 2024 is a leap year: w1's transition is February 1-29.
        var path = _folder.Write("wedge.pilot", Spec(lag: "lag: 1 month"));
        var result = _folder.Pilotc("build", path, "-o", System.IO.Path.Combine(_folder.Path, "out"));
        Assert.True(result.ExitCode == 0, result.ToString());
        var schedule = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(_folder.Path, "out"), "*.schedule.json").Single())).RootElement;
        var rollout = schedule.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Rollout");
        var waves = rollout.GetProperty("wedge").EnumerateArray().Select(w => string.Join(" ",
            w.GetProperty("via").GetString(),
            w.GetProperty("controlUntil").GetString(),
            w.GetProperty("transitionFrom").GetString(),
            w.GetProperty("transitionUntil").GetString(),
            w.GetProperty("exposedFrom").GetString(),
            w.GetProperty("exposedUntil").GetString()));

        Assert.Equal(
            [
                "w1 2024-01-31 2024-02-01 2024-02-29 2024-03-01 2024-07-31",
                "w2 2024-03-31 2024-04-01 2024-04-30 2024-05-01 2024-07-31",
                "w3 2024-05-31 2024-06-01 2024-06-30 2024-07-01 2024-07-31",
            ],
            waves);
        Assert.Equal("Rollout", schedule.GetProperty("evaluations")[0].GetProperty("rollout").GetString());
    }

    private static string Spec(string lag) => $$"""
        pilot Policing "Community policing, rolled out district by district" {
            owner: "Provincial Public Security Department"
            problem: "Few reported thefts are cleared"
            start: 2024-01-01
            end: 2024-12-31

            indicator clearance "Share of reported thefts cleared" {
                unit: percent
                better: higher
                baseline: 50% on 2023-12-31
                target: +5 points by 2024-07-31
                measured: monthly from "case management system"
            }

            site A1 "District A1" { level: district }
            site A2 "District A2" { level: district }
            site B1 "District B1" { level: district }
            site B2 "District B2" { level: district }
            site C1 "District C1" { level: district }
            site C2 "District C2" { level: district }
            wave w1 = [A1, A2]
            wave w2 = [B1, B2]
            wave w3 = [C1, C2]

            phase Rollout "District by district" {
                start: 2024-02-01
                end: 2024-07-31
                in: w1, w2, w3
                stagger: 2 months
                {{lag}}
            }

            evaluation final "Did community policing raise clearance?" at 2024-08-15 {
                method: stepped_wedge
                require: clearance.effect >= 3 points
                require: clearance.effect_lower > 0 points
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """;
}
