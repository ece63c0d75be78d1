using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc evaluate` on examples/project-grading.pilot: per-site baselines, a compound target,
/// a roll-up by budget, grades with a rounding rule, a window and consequences, checked against
/// numbers worked out by hand from examples/project-grading.observations.csv.
/// </summary>
public sealed class GradedEvaluationTests
{
    private static string Example => Path.Combine(RepositoryRoot.Path, "examples", "project-grading.pilot");

    private static string Observations => Path.Combine(RepositoryRoot.Path, "examples", "project-grading.observations.csv");

    private static JsonElement Evaluate(params string[] more)
    {
        var result = Pilotc.Run(RepositoryRoot.Path, ["evaluate", Example, "--observations", Observations, "--format", "json", .. more]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];
    }

    private static JsonElement Site(JsonElement criterion, string site) =>
        criterion.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == site);

    [Fact]
    public void The_window_mean_fails_one_project_and_the_decision_is_extend()
    {
        var annual = Evaluate();
        Assert.Equal("2021-12-31", annual.GetProperty("asOf").GetString());
        Assert.Equal(("2021-01-01", "2021-12-31"), (annual.GetProperty("window").GetProperty("from").GetString(), annual.GetProperty("window").GetProperty("to").GetString()));

        // 1. Mean of the four 2021 quarters, the 2020-12-31 value being outside the window:
        //    TeacherTraining (80 + 85 + 86 + 88) / 4 = 84.75 < 85: not met, although its latest is 88.
        //    RuralSchools (84 + 88 + 91 + 93) / 4 = 89.
        var mean = annual.GetProperty("criteria")[0];
        Assert.Equal("not_met", mean.GetProperty("outcome").GetString());
        var teacher = Site(mean, "TeacherTraining");
        Assert.Equal(("not_met", 88m, "mean", 84.75m), (teacher.GetProperty("outcome").GetString(), teacher.GetProperty("value").GetDecimal(), teacher.GetProperty("summary").GetProperty("of").GetString(), teacher.GetProperty("summary").GetProperty("value").GetDecimal()));
        Assert.Equal(89m, Site(mean, "RuralSchools").GetProperty("summary").GetProperty("value").GetDecimal());

        // 2. +8 points from each project's own start: TeacherTraining 88 - 70 (stated in the spec) = 18;
        //    PublicHealthSubsidy 94 - 85 (observed 2020-12-31) = 9.
        var change = annual.GetProperty("criteria")[1];
        Assert.Equal("met", change.GetProperty("outcome").GetString());
        Assert.Equal((18m, "spec"), (Site(change, "TeacherTraining").GetProperty("change").GetDecimal(), Site(change, "TeacherTraining").GetProperty("baselineSource").GetString()));
        Assert.Equal((9m, "observed"), (Site(change, "PublicHealthSubsidy").GetProperty("change").GetDecimal(), Site(change, "PublicHealthSubsidy").GetProperty("baselineSource").GetString()));

        // 3. Departments rolled up by budget: Education (93 x 1200 + 88 x 85) / 1285 = 119080 / 1285 = 92.6693;
        //    Health (95 x 950 + 94 x 310) / 1260 = 119390 / 1260 = 94.754: both >= 90%, met.
        var departments = annual.GetProperty("criteria")[2];
        Assert.Equal("met", departments.GetProperty("outcome").GetString());
        Assert.Equal(92.6693m, decimal.Round(Site(departments, "Education").GetProperty("value").GetDecimal(), 4));
        Assert.Equal(94.754m, decimal.Round(Site(departments, "Health").GetProperty("value").GetDecimal(), 4));

        // 4. Grades 优 / 差 / 良 / 良: three of four projects (75%) are 良 or better: met.
        var grades = annual.GetProperty("criteria")[3];
        Assert.Equal("met", grades.GetProperty("outcome").GetString());

        // Criteria 2-4 met, 1 not: "all met" fails, "any met" holds.
        Assert.Equal("extend", annual.GetProperty("decision").GetString());
    }

    [Fact]
    public void Scores_are_rounded_to_whole_points_before_they_are_graded()
    {
        var grades = Evaluate().GetProperty("criteria")[3];

        // 89.5 rounds (half away from zero) to 90: 优; 89.49 rounds to 89: 良; 58.4 to 58: 差; 79.5 to 80: 良.
        Assert.Equal("优", Site(grades, "RuralSchools").GetProperty("grade").GetString());
        Assert.Equal("良", Site(grades, "CountyHospitals").GetProperty("grade").GetString());
        Assert.Equal("差", Site(grades, "TeacherTraining").GetProperty("grade").GetString());
        Assert.Equal("良", Site(grades, "PublicHealthSubsidy").GetProperty("grade").GetString());
    }

    [Fact]
    public void Consequences_name_the_projects_they_apply_to()
    {
        var consequences = Evaluate().GetProperty("consequences");
        Assert.Equal(2, consequences.GetArrayLength());
        Assert.Equal("2022 budget cut by 10%", consequences[0].GetProperty("text").GetString());
        Assert.Equal(["TeacherTraining"], consequences[0].GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Named a model project", consequences[1].GetProperty("text").GetString());
        Assert.Equal(["RuralSchools"], consequences[1].GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, consequences[0].GetProperty("undetermined").GetArrayLength());
    }

    [Fact]
    public void A_missing_score_leaves_its_consequence_undetermined_and_names_the_gap()
    {
        // Before the scores exist (as of 2021-11-30) no project has a grade: no consequence applies
        // to any, each is undetermined, and the report names the data that would settle it.
        var early = Evaluate("--as-of", "2021-11-30");
        var cut = early.GetProperty("consequences")[0];
        Assert.Equal(0, cut.GetProperty("sites").GetArrayLength());
        Assert.Equal(4, cut.GetProperty("undetermined").GetArrayLength());
        Assert.Contains(cut.GetProperty("missing").EnumerateArray(), gap => gap.GetProperty("indicator").GetString() == "evaluation_score");
    }

    [Fact]
    public void A_score_beyond_the_range_of_its_scale_is_refused_with_the_range()
    {
        // evaluation_score has `range: 0, 100`: a score of 120 is a typing slip, never a 优.
        using var folder = new TempFolder();
        var csv = folder.Write("scores.csv", "indicator,site,date,value\nevaluation_score,RuralSchools,2021-12-31,120\nevaluation_score,TeacherTraining,2021-12-31,-1\n");

        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([csv + "(2): refused: ‘120’ is outside the range the spec gives this indicator (0 – 100)", csv + "(3): refused: ‘-1’ is outside the range the spec gives this indicator (0 – 100)"], result.StdOutLines);
    }

    [Fact]
    public void Where_lower_is_better_the_lowest_band_is_the_best_grade()
    {
        using var folder = new TempFolder();
        var spec = Path.Combine(folder.Path, "errors.pilot");
        File.WriteAllText(spec, ErrorGradesSpec);
        var csv = Path.Combine(folder.Path, "errors.csv");
        File.WriteAllText(csv, "indicator,site,date,value\nerror_rate,X,2021-12-31,3\nerror_rate,Y,2021-12-31,7.5\nerror_rate,Z,2021-12-31,12\n");

        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", spec, "--observations", csv, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        var final = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];

        // Error rates 3% (A), 7.5% rounded to 8% (B), 12% (C). `>= B` is "B or better": A and B
        // meet it, C does not. Ranked by bound as for a score, A would be the worst and fail.
        var sites = final.GetProperty("criteria")[0].GetProperty("sites").EnumerateArray()
            .Select(s => (s.GetProperty("site").GetString(), s.GetProperty("grade").GetString(), s.GetProperty("outcome").GetString())).ToArray();
        Assert.Equal([("X", "A", "met"), ("Y", "B", "met"), ("Z", "C", "not_met")], sites);
        Assert.Equal("adjust", final.GetProperty("decision").GetString());
    }

    private const string ErrorGradesSpec = """
        pilot ErrorGrades "Audit error grades" {
            start: 2021-01-01
            end: 2021-12-31

            indicator error_rate "Share of files with an error" {
                unit: percent
                better: lower
                baseline: 10% on 2020-12-31
                measured: annually from "audit"
                grades: A from 0%, B from 5%, C from 10%
                round_to: 0
            }

            site X "County X" { level: county }
            site Y "County Y" { level: county }
            site Z "County Z" { level: county }

            phase Run "Run" { start: 2021-01-01; end: 2021-12-31; in: all sites }

            evaluation final "Final" at end of Run {
                method: before_after
                require: error_rate.grade >= B at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """;

    [Fact]
    public void The_text_report_reads_in_Chinese_with_grades_means_and_consequences()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  均值、趋势和变化按 2021-01-01 至 2021-12-31 的时间窗计算", result.StdOutLines);
        Assert.Contains("    TeacherTraining：未达成；数值 88，基线 70（方案规定），变化 +18；均值 84.75", result.StdOutLines);
        Assert.Contains("    RuralSchools：达成；数值 89.5，基线 75（项目基线），变化 +14.5；等级 优", result.StdOutLines);
        Assert.Contains("  后果“2022 budget cut by 10%”，条件 evaluation_score.grade == 差 in projects：", result.StdOutLines);
        Assert.Contains("    适用于 TeacherTraining", result.StdOutLines);
    }
}
