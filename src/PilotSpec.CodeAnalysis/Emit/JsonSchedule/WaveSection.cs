using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`waves`: waves of a staged rollout and other named groups of sites.</summary>
internal static class WaveSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program)
    {
        json.StartArray("waves");
        foreach (var wave in program.Waves)
        {
            json.StartObject();
            json.String("name", wave.Name);
            json.String("title", wave.Title);
            json.String("kind", wave.IsGroup ? "group" : "wave");
            json.Strings("sites", Names.Of(wave.Sites));
            json.EndObject();
        }

        json.EndArray();
    }
}
