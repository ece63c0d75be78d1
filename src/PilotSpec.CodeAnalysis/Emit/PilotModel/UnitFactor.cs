using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.PilotModel;

/// <summary>How a value in one unit is read in another of the same family: 2 hours against minutes is 120.</summary>
internal static class UnitFactor
{
    /// <summary>The factor from one unit to another of the same family, or null when values pass unchanged.</summary>
    public static decimal? Between(Unit from, Unit to)
    {
        if (from.Dimension == Dimension.Scalar || to.Dimension == Dimension.Scalar || !from.IsCompatibleWith(to) || from.ToBase == to.ToBase)
        {
            return null;
        }

        return from.ToBase / to.ToBase;
    }
}
