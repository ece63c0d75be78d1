namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>Small spec texts the tests share, with the diagnostics the compiler gives them (complete enough that no hygiene check fires).</summary>
public static class Specs
{
    public const string Clean = """
        pilot Reform "A reform" {
            owner: "City bureau"
            problem: "Slow and uneven service"
            start: 2019-03-01
            site 东城区 "East district" { level: county }
        }

        """;

    /// <summary>The value of <c>owner:</c> is missing: the '}' on line 3 is where a value was expected.</summary>
    public const string MissingValue = "pilot P \"t\" { problem: \"p\"; start: 2019-01-01\n    owner:\n}\n";

    public const string MissingValueMessage = "(3,1): error PS0001: Found '}' where a value was expected.";

    public const string MissingValueMessageZh = "(3,1): error PS0001: 此处不应出现“}”；应为值。";

    /// <summary>An impossible month at column 18 of line 1.</summary>
    public const string BadDate = "pilot X { start: 2019-13-01; owner: \"o\"; problem: \"p\" }\n";

    public const string BadDateMessage = "(1,18): error PS0006: '2019-13-01' is not a valid date; write dates as YYYY-MM-DD, for example 2019-03-01.";

    /// <summary>A clean pilot with a schedule: two waves staggered, a phase after another, a comparison site.</summary>
    public const string Scheduled = """
        pilot Reform "A <reform> & more" {
            owner: "City bureau"
            problem: "Slow service"
            start: 2019-03-01
            end: 2020-12-31
            site 东城区 "East district" { level: county }
            site 西城区 "West district" { level: county }
            wave first = [东城区]
            wave second = [西城区]
            phase Launch "Launch: training" { start: 2019-03-01; duration: 3 months; in: first }
            phase Rollout { after: Launch; duration: 6 months; in: first, second; stagger: 2 months }
        }

        """;

    /// <summary>'东城' is not declared; the compiler suggests '东城区' with a fix.</summary>
    public const string UndeclaredName = "pilot P \"t\" {\n    owner: \"o\"; problem: \"p\"; start: 2019-01-01\n    site 东城区 { level: county }\n    wave first = [东城]\n    phase Launch { start: 2019-01-01; duration: 3 months; in: first }\n}\n";

    public const string UndeclaredNameMessage = "(4,19): error PS0102: '东城' is not declared; did you mean '东城区'?";

    /// <summary>An indicator without a target: a warning (PS0201) at line 3, column 15.</summary>
    public const string Warning = "pilot P \"t\" {\n    owner: \"o\"; problem: \"p\"; start: 2019-01-01\n    indicator rate { unit: percent; better: higher; baseline: 50% on 2018-12-31; measured: monthly from \"s\" }\n}\n";
}
