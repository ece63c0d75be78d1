using System;
using System.Collections.Generic;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// A unit of measure. Units of the same dimension convert through <see cref="ToBase"/>
/// (time in minutes, so 1 hour = 60); calendar units (months, quarters, years) have no
/// fixed length and convert only among themselves.
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    private Unit(string name, Dimension dimension, decimal toBase, bool isCalendar = false, string? family = null)
    {
        Name = name;
        Dimension = dimension;
        ToBase = toBase;
        IsCalendar = isCalendar;
        Family = family ?? name;
    }

    public string Name { get; }

    public Dimension Dimension { get; }

    /// <summary>How many base units (minutes for time, months for calendar time) one of this unit is.</summary>
    public decimal ToBase { get; }

    /// <summary>Months, quarters, years: lengths that vary with the calendar.</summary>
    public bool IsCalendar { get; }

    /// <summary>Units of one family convert into each other (all CNY scales; all custom "people").</summary>
    public string Family { get; }

    public static Unit Scalar { get; } = new("", Dimension.Scalar, 1);
    public static Unit Percent { get; } = new("percent", Dimension.Percent, 1);
    public static Unit Points { get; } = new("points", Dimension.Points, 1);
    public static Unit Minutes { get; } = new("minutes", Dimension.Time, 1, family: "time");
    public static Unit Hours { get; } = new("hours", Dimension.Time, 60, family: "time");
    public static Unit Days { get; } = new("days", Dimension.Time, 60 * 24, family: "time");
    public static Unit WorkingDays { get; } = new("working days", Dimension.Time, 60 * 24, family: "working-time");
    public static Unit Weeks { get; } = new("weeks", Dimension.Time, 60 * 24 * 7, family: "time");
    public static Unit Months { get; } = new("months", Dimension.Time, 1, isCalendar: true, family: "calendar");
    public static Unit Quarters { get; } = new("quarters", Dimension.Time, 3, isCalendar: true, family: "calendar");
    public static Unit Years { get; } = new("years", Dimension.Time, 12, isCalendar: true, family: "calendar");
    public static Unit Cny { get; } = new("CNY", Dimension.Currency, 1, family: "CNY");

    private static readonly Dictionary<string, Unit> Known = new(StringComparer.Ordinal)
    {
        ["percent"] = Percent, ["%"] = Percent, ["百分比"] = Percent,
        ["points"] = Points, ["point"] = Points, ["pp"] = Points, ["个百分点"] = Points, ["百分点"] = Points,
        ["minute"] = Minutes, ["minutes"] = Minutes, ["分钟"] = Minutes,
        ["hour"] = Hours, ["hours"] = Hours, ["小时"] = Hours,
        ["day"] = Days, ["days"] = Days, ["天"] = Days, ["日"] = Days,
        ["working_day"] = WorkingDays, ["working_days"] = WorkingDays, ["工作日"] = WorkingDays,
        ["week"] = Weeks, ["weeks"] = Weeks, ["周"] = Weeks,
        ["month"] = Months, ["months"] = Months, ["个月"] = Months, ["月"] = Months,
        ["quarter"] = Quarters, ["quarters"] = Quarters, ["季度"] = Quarters,
        ["year"] = Years, ["years"] = Years, ["年"] = Years,
        ["CNY"] = Cny, ["yuan"] = Cny, ["元"] = Cny, ["RMB"] = Cny,
        ["number"] = Scalar, ["ratio"] = Scalar, ["score"] = Scalar, ["index"] = Scalar,
    };

    /// <summary>Words that scale a number: `3.5 million CNY`.</summary>
    public static decimal? GetScale(string word) => word switch
    {
        "thousand" or "千" => 1_000m,
        "million" or "百万" => 1_000_000m,
        "billion" or "十亿" => 1_000_000_000m,
        "万" => 10_000m,
        "亿" => 100_000_000m,
        _ => null,
    };

    /// <summary>The unit a word names: a known unit, or a custom counted unit (`people`, `cases`).</summary>
    public static Unit FromName(string name) =>
        Known.TryGetValue(name, out var unit) ? unit : new Unit(name, Dimension.Count, 1, family: Singular(name));

    public static bool IsKnownName(string name) => Known.ContainsKey(name);

    /// <summary>The time unit a frequency or period word names (`months` in `for 2 consecutive months`).</summary>
    public static Unit? TimeUnit(string name) => Known.TryGetValue(name, out var unit) && unit.Dimension == Dimension.Time ? unit : null;

    /// <summary>True when quantities in the two units can be compared or added.</summary>
    public bool IsCompatibleWith(Unit other) => Family == other.Family
        || (Dimension == Dimension.Time && other.Dimension == Dimension.Time && !IsCalendar && !other.IsCalendar && Family == other.Family);

    public bool Equals(Unit? other) => other is not null && Name == other.Name && Dimension == other.Dimension;

    public override bool Equals(object? obj) => Equals(obj as Unit);

    public override int GetHashCode() => Name.GetHashCode() ^ (int)Dimension;

    public override string ToString() => Dimension == Dimension.Scalar ? "number" : Name;

    public static IEnumerable<string> KnownNames => Known.Keys.OrderBy(k => k, StringComparer.Ordinal);

    private static string Singular(string name) =>
        name.Length > 3 && name.EndsWith("s", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
}
