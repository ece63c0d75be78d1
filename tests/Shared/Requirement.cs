namespace PilotSpec.Tests.Shared;

/// <summary>
/// Something a test needs from outside .NET (a browser, a database server, a terminal tool).
/// Where it is missing the test is skipped, with a reason that says how to provide it, so that
/// a plain <c>dotnet test PilotSpec.sln</c> on a fresh machine passes and says what it did not
/// run. With <see cref="StrictVariable"/>=1 (set by <c>./test.sh</c>, which installs
/// everything, and so in CI) a missing requirement fails the test instead: there no test may
/// go unrun.
/// </summary>
/// <remarks>
/// Check it first thing in a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>
/// (Xunit.SkippableFact: xunit 2 has no skip decided at run time), and give the test class a
/// <see cref="RequirementNotice"/> fixture so the reason shows in dotnet test's usual output.
/// A suite that needs PostgreSQL, for example:
/// <code>
/// public static readonly Requirement Postgres = new(
///     "A PostgreSQL server (PILOTSPEC_TEST_POSTGRES, a connection string)",
///     "set PILOTSPEC_TEST_POSTGRES to the connection string of a server you may write to",
///     () => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PILOTSPEC_TEST_POSTGRES")));
/// </code>
/// </remarks>
/// <param name="What">What is needed, as the start of a sentence ("Headless Chromium").</param>
/// <param name="HowToEnable">How to provide it ("install it with `apt-get install -y chromium`").</param>
/// <param name="IsPresent">Whether it is there (asked each time: cheap, and a test may install it).</param>
public sealed record Requirement(string What, string HowToEnable, Func<bool> IsPresent)
{
    /// <summary>The environment variable that turns every skip for a missing requirement into a failure.</summary>
    public const string StrictVariable = "PILOTSPEC_REQUIRE_ALL_TESTS";

    public static bool IsStrict => Environment.GetEnvironmentVariable(StrictVariable) == "1";

    public string Reason => $"{What} is not available; to run the tests that need it: {HowToEnable}, or run ./test.sh, which installs what the tests need.";

    /// <summary>Returns when present; otherwise skips the test, or fails it in strict mode.</summary>
    public void Check()
    {
        if (IsPresent())
        {
            return;
        }

        if (IsStrict)
        {
            Assert.Fail($"{Reason} ({StrictVariable}=1: a missing requirement fails instead of skipping.)");
        }

        Skip.If(true, Reason);
    }
}
