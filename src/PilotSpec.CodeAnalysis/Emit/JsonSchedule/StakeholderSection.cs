using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`stakeholders`: evaluators, data providers, working groups.</summary>
internal static class StakeholderSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program)
    {
        json.StartArray("stakeholders");
        foreach (var stakeholder in program.Stakeholders)
        {
            json.StartObject();
            json.String("name", stakeholder.Name);
            json.String("title", stakeholder.Title);
            json.String("role", stakeholder.Role);
            json.EndObject();
        }

        json.EndArray();
    }
}
