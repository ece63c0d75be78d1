using System;
using System.Globalization;

namespace PilotSpec.Monitoring;

/// <summary>
/// An observation the store refused: nothing was recorded or written. It derives from
/// <see cref="ArgumentException"/> because, like the store's other refusals, it is a bad
/// argument; <see cref="Reason"/> says which check failed.
/// </summary>
public sealed class ObservationRejectedException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ObservationRejectedException(RejectionReason reason, string indicator, string site, DateTime date, decimal? value, string message, string? paramName)
        : base(message, paramName)
    {
        Reason = reason;
        Indicator = indicator;
        Site = site;
        Date = date;
        Value = value;
    }

    /// <summary>Which check failed.</summary>
    public RejectionReason Reason { get; }

    /// <summary>The indicator's name.</summary>
    public string Indicator { get; }

    /// <summary>The site's code.</summary>
    public string Site { get; }

    /// <summary>The date given.</summary>
    public DateTime Date { get; }

    /// <summary>The value given, when it is a number at all.</summary>
    public decimal? Value { get; }

    internal static string Describe(string indicator, string site, DateTime date) =>
        $"{indicator} at {site} on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}

/// <summary>Why an observation was refused.</summary>
public enum RejectionReason
{
    /// <summary>The indicator is not one of the pilot's.</summary>
    UnknownIndicator,

    /// <summary>The site is not one of the pilot's.</summary>
    UnknownSite,

    /// <summary>The observation is dated after today: nobody has measured tomorrow.</summary>
    FutureDate,

    /// <summary>The value cannot be one of the indicator's (a percentage outside 0..100).</summary>
    OutOfRange,

    /// <summary>The value is NaN or infinite.</summary>
    NotFinite,
}
