using System.Globalization;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>The schedule is the same bytes whatever culture the machine runs in.</summary>
public sealed class CultureIndependenceTests
{
    // Buddhist-calendar years, decimal commas, Arabic digits and a Turkish dotless i.
    [Theory]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void The_schedule_does_not_change_with_the_current_culture(string cultureName)
    {
        var text = Examples.Read("public-service-efficiency.pilot");
        var invariant = InCulture(CultureInfo.InvariantCulture, () => ScheduleEmit.Json(text));

        var culture = CultureInfo.GetCultureInfo(cultureName);
        var local = InCulture(culture, () => ScheduleEmit.Json(text));

        Assert.Equal(invariant, local);
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
