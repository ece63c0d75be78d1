using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`pilot`: who runs it, why, and its planned span.</summary>
internal static class PilotSection
{
    public static void Write(ScheduleJsonWriter json, PilotSymbol pilot)
    {
        json.StartObject("pilot");
        json.String("name", pilot.Name);
        json.String("title", pilot.Title);
        json.String("owner", pilot.Owner);
        json.String("sponsor", pilot.Sponsor);
        json.Strings("partners", pilot.Partners);
        json.String("problem", pilot.Problem);
        json.String("description", pilot.Description);
        json.Date("start", pilot.Start);
        json.Date("plannedEnd", pilot.PlannedEnd);
        json.EndObject();
    }
}
