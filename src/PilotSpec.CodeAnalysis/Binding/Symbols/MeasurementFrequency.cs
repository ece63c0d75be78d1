using System;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>How often an indicator is measured at each site.</summary>
public enum MeasurementFrequency
{
    Weekly,
    Monthly,
    Quarterly,
    SemiAnnually,
    Annually,
}

public static class MeasurementFrequencyFacts
{
    public static MeasurementFrequency? Parse(string word) => word switch
    {
        "weekly" or "每周" => MeasurementFrequency.Weekly,
        "monthly" or "每月" => MeasurementFrequency.Monthly,
        "quarterly" or "每季度" => MeasurementFrequency.Quarterly,
        "semiannually" or "semi_annually" or "half_yearly" or "每半年" => MeasurementFrequency.SemiAnnually,
        "annually" or "yearly" or "每年" => MeasurementFrequency.Annually,
        _ => null,
    };

    public static string[] Words { get; } = { "weekly", "monthly", "quarterly", "semiannually", "annually" };

    /// <summary>The next due date after <paramref name="date"/>; the calendar's last day when the next one would be past it.</summary>
    public static DateTime Next(this MeasurementFrequency frequency, DateTime date) =>
        Scheduling.DueDates.Nth(date, 1, frequency) ?? DateTime.MaxValue.Date;
}
