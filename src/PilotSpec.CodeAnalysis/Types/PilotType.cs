namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// The type of an expression in a criterion, alert or property. Small on purpose: numbers
/// carry units, a change carries the unit of the indicator it changes, conditions are
/// booleans (per site until quantified), and the rest are the values a schedule needs.
/// </summary>
public abstract record PilotType
{
    public static PilotType Boolean { get; } = new BooleanType(PerSite: false);
    public static PilotType SiteBoolean { get; } = new BooleanType(PerSite: true);
    public static PilotType Date { get; } = new DateType();
    public static PilotType String { get; } = new StringType();
    public static PilotType SiteSet { get; } = new SiteSetType();
    public static PilotType Error { get; } = new ErrorType();
    public static PilotType Word { get; } = new WordType();

    public static PilotType Number(Unit unit, bool perSite = false) => new NumberType(unit, perSite);

    /// <summary>True for values that differ per site (an indicator's latest value) until a quantifier folds them.</summary>
    public virtual bool IsPerSite => false;

    public abstract string Display { get; }

    public override string ToString() => Display;
}

public sealed record NumberType(Unit Unit, bool PerSite) : PilotType
{
    public override bool IsPerSite => PerSite;

    public override string Display => Unit.Dimension == Dimension.Scalar ? "number" : $"number in {Unit}";
}

/// <summary>
/// An indicator's change from its baseline. It compares with a relative change (`+15%`)
/// or with an absolute difference in the indicator's own unit (`+15 points` for a rate,
/// `-3 minutes` for a time).
/// </summary>
public sealed record ChangeType(Unit IndicatorUnit, bool PerSite) : PilotType
{
    public override bool IsPerSite => PerSite;

    public override string Display => $"change of a {IndicatorUnit} indicator";
}

public sealed record BooleanType(bool PerSite) : PilotType
{
    public override bool IsPerSite => PerSite;

    public override string Display => PerSite ? "condition per site" : "condition";
}

public sealed record DateType : PilotType
{
    public override string Display => "date";
}

public sealed record DurationType(Unit Unit) : PilotType
{
    public override string Display => $"duration in {Unit}";
}

public sealed record StringType : PilotType
{
    public override string Display => "text";
}

public sealed record SiteSetType : PilotType
{
    public override string Display => "set of sites";
}

/// <summary>A bare word that names a value of a property's vocabulary: `quarterly`, `higher`, `scale_up`.</summary>
public sealed record WordType : PilotType
{
    public override string Display => "word";
}

public sealed record ErrorType : PilotType
{
    public override string Display => "?";
}
