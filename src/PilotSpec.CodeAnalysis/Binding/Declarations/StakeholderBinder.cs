namespace PilotSpec.CodeAnalysis.Binding.Declarations;

internal static class StakeholderBinder
{
    public static void Bind(StakeholderSymbol stakeholder, PropertySet properties, ValueReader values) =>
        stakeholder.Role = values.Text(properties.Single("role"));
}
