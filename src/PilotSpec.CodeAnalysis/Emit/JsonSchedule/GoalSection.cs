using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`goals`: the goal tree, each goal naming the indicators that measure it (described in `indicators`).</summary>
internal static class GoalSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program)
    {
        json.StartArray("goals");
        foreach (var goal in program.Goals)
        {
            json.StartObject();
            json.String("name", goal.Name);
            json.String("title", goal.Title);
            json.String("parent", goal.ParentGoal?.Name);
            json.Strings("indicators", Names.Of(goal.Indicators));
            json.EndObject();
        }

        json.EndArray();
    }
}
