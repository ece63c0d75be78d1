using System.Globalization;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>A number with its unit: 62 percent, 18 minutes, 3,500,000 CNY.</summary>
public readonly record struct Quantity(decimal Value, Unit Unit)
{
    public override string ToString() => Unit.Dimension switch
    {
        Dimension.Scalar => Value.ToString(CultureInfo.InvariantCulture),
        Dimension.Percent => Value.ToString(CultureInfo.InvariantCulture) + "%",
        _ => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit.Name,
    };
}
