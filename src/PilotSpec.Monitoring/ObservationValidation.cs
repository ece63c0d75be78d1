using System;
using System.Globalization;

namespace PilotSpec.Monitoring;

/// <summary>The checks an observation passes before the store takes it.</summary>
internal static class ObservationValidation
{
    public static void CheckMember(PilotDefinition pilot, IndicatorDefinition indicator, Site site, DateTime date)
    {
        if (!ReferenceEquals(pilot.FindIndicator(indicator.Name), indicator))
        {
            throw new ObservationRejectedException(
                RejectionReason.UnknownIndicator, indicator.Name, site.Code, date, null,
                $"The indicator '{indicator.Name}' is not one of pilot {pilot.Name}.", nameof(indicator));
        }

        if (pilot.FindSite(site.Code) is null)
        {
            throw new ObservationRejectedException(
                RejectionReason.UnknownSite, indicator.Name, site.Code, date, null,
                $"The site '{site.Code}' is not one of pilot {pilot.Name}.", nameof(site));
        }
    }

    public static void CheckValue(IndicatorDefinition indicator, Site site, DateTime date, decimal value, IClock clock)
    {
        var today = clock.Today.Date;
        if (date.Date > today)
        {
            throw new ObservationRejectedException(
                RejectionReason.FutureDate, indicator.Name, site.Code, date, value,
                $"Refused {ObservationRejectedException.Describe(indicator.Name, site.Code, date)}: the date is after today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).",
                nameof(date));
        }

        if (indicator.IsPercent && (value < 0m || value > 100m))
        {
            throw new ObservationRejectedException(
                RejectionReason.OutOfRange, indicator.Name, site.Code, date, value,
                $"Refused {ObservationRejectedException.Describe(indicator.Name, site.Code, date)}: {value.ToString(CultureInfo.InvariantCulture)} is not a percentage between 0 and 100 (record 62 for 62%).",
                nameof(value));
        }

        if (value < indicator.Lowest || value > indicator.Highest)
        {
            throw new ObservationRejectedException(
                RejectionReason.OutOfRange, indicator.Name, site.Code, date, value,
                $"Refused {ObservationRejectedException.Describe(indicator.Name, site.Code, date)}: {value.ToString(CultureInfo.InvariantCulture)} is outside the indicator's range, {Bound(indicator.Lowest)} to {Bound(indicator.Highest)}.",
                nameof(value));
        }
    }

    private static string Bound(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static decimal Finite(IndicatorDefinition indicator, Site site, DateTime date, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ObservationRejectedException(
                RejectionReason.NotFinite, indicator.Name, site.Code, date, null,
                $"Refused {ObservationRejectedException.Describe(indicator.Name, site.Code, date)}: only finite values can be recorded, not {value.ToString(CultureInfo.InvariantCulture)}.",
                nameof(value));
        }

        try
        {
            return (decimal)value;
        }
        catch (OverflowException)
        {
            throw new ObservationRejectedException(
                RejectionReason.OutOfRange, indicator.Name, site.Code, date, null,
                $"Refused {ObservationRejectedException.Describe(indicator.Name, site.Code, date)}: {value.ToString(CultureInfo.InvariantCulture)} is too large to record.",
                nameof(value));
        }
    }
}
