namespace PilotSpec.CodeAnalysis.Binding.Declarations;

internal static class PilotBinder
{
    public static void Bind(PilotSymbol pilot, PropertySet properties, ValueReader values)
    {
        pilot.Owner = values.Text(properties.Single("owner"));
        pilot.Sponsor = values.Text(properties.Single("sponsor"));
        pilot.Partners = System.Collections.Immutable.ImmutableArray.CreateRange(values.Texts(properties.Single("partners")));
        pilot.Problem = values.Text(properties.Single("problem"));
        pilot.Description = values.Text(properties.Single("description"));
        pilot.Start = values.Date(properties.Single("start"));
        pilot.PlannedEnd = values.Date(properties.Single("end"));
    }
}
