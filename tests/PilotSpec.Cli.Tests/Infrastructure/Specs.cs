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
}
