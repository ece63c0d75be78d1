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

    /// <summary>The next due date after <paramref name="date"/>.</summary>
    public static DateTime Next(this MeasurementFrequency frequency, DateTime date) => frequency switch
    {
        MeasurementFrequency.Weekly => date.AddDays(7),
        MeasurementFrequency.Monthly => date.AddMonths(1),
        MeasurementFrequency.Quarterly => date.AddMonths(3),
        MeasurementFrequency.SemiAnnually => date.AddMonths(6),
        _ => date.AddYears(1),
    };
}
