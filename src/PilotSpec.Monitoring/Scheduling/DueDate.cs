using System;

namespace PilotSpec.Monitoring.Scheduling;

/// <summary>One measurement due: an indicator at a site on a date.</summary>
public readonly struct DueDate : IEquatable<DueDate>
{
    /// <summary>Creates a due date.</summary>
    public DueDate(string indicator, string site, DateTime date)
    {
        Indicator = indicator;
        Site = site;
        Date = date;
    }

    /// <summary>The indicator's name.</summary>
    public string Indicator { get; }

    /// <summary>The site's name.</summary>
    public string Site { get; }

    /// <summary>The day the measurement falls due.</summary>
    public DateTime Date { get; }

    /// <inheritdoc />
    public bool Equals(DueDate other) => Indicator == other.Indicator && Site == other.Site && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DueDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Indicator?.GetHashCode() ?? 0) * 31 + (Site?.GetHashCode() ?? 0)) * 31 + Date.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Indicator} {Site} {Date:yyyy-MM-dd}";
}
