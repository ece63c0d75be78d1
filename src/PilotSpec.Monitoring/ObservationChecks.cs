using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// The checks an <see cref="ObservationStore"/> applies before it takes an observation, for
/// stores outside this library (the pilot office's database): a value a monitor would refuse
/// must not reach an evaluation by another path.
/// </summary>
public static class ObservationChecks
{
    /// <summary>Checks that the indicator and site are <paramref name="pilot"/>'s, the date is not after today, and the value is in range.</summary>
    /// <exception cref="ObservationRejectedException">The observation is refused; <see cref="ObservationRejectedException.Reason"/> says why.</exception>
    public static void Check(PilotDefinition pilot, IndicatorDefinition indicator, Site site, DateTime date, decimal value, IClock clock)
    {
        if (pilot is null)
        {
            throw new ArgumentNullException(nameof(pilot));
        }

        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        ObservationValidation.CheckMember(pilot, indicator, site, date);
        ObservationValidation.CheckValue(indicator, site, date, value, clock ?? throw new ArgumentNullException(nameof(clock)));
    }
}
