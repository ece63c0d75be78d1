using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`alerts`: conditions watched during the pilot, who is told and how loudly.</summary>
internal static class AlertSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program, PilotSchedule schedule)
    {
        json.StartArray("alerts");
        foreach (var alert in program.Alerts)
        {
            json.StartObject();
            json.String("name", alert.Name);
            json.String("title", alert.Title);
            if (alert.Condition is { } condition)
            {
                BoundExpressionJson.WriteCondition(json, "condition", condition, schedule);
            }
            else
            {
                json.Null("condition");
            }

            json.Strings("notify", alert.Notify);
            json.String("severity", alert.Severity);
            json.EndObject();
        }

        json.EndArray();
    }
}
