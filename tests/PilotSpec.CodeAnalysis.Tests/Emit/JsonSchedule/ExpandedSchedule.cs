using System.Text;
using System.Text.Json;
using PilotSpec.Monitoring.Scheduling;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// Reads a format 2 schedule back the way a consumer does (docs/schedule.md): due dates
/// through PilotSpec.Monitoring's reference reader, phase steps and quantifier ranges by the
/// documented rules, from the JSON alone.
/// </summary>
internal static class ExpandedSchedule
{
    public static ScheduledMeasurements Measurements(string json) =>
        ScheduledMeasurements.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    /// <summary>Each phase's window per site, as format 1 listed them: (site, start, end, step, via).</summary>
    public static Dictionary<string, List<(string Site, string Start, string? End, int Step, string? Via)>> PhaseWindows(JsonElement root)
    {
        var phases = new Dictionary<string, List<(string, string, string?, int, string?)>>();
        foreach (var phase in root.GetProperty("phases").EnumerateArray())
        {
            var windows = new List<(string, string, string?, int, string?)>();
            var step = 0;
            foreach (var entry in phase.GetProperty("steps").EnumerateArray())
            {
                var via = entry.GetProperty("via").GetString();
                var except = entry.GetProperty("except").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
                foreach (var site in SitesOf(root, via).Where(s => !except.Contains(s)))
                {
                    windows.Add((site, entry.GetProperty("start").GetString()!, entry.GetProperty("end").GetString(), step, via));
                }

                step++;
            }

            phases[phase.GetProperty("name").GetString()!] = windows;
        }

        return phases;
    }

    /// <summary>The sites a name of `in:` or a quantifier's scope stands for; every pilot site for null.</summary>
    public static IEnumerable<string> SitesOf(JsonElement root, string? name)
    {
        if (name is null)
        {
            return root.GetProperty("sites").EnumerateArray()
                .Where(s => s.GetProperty("role").GetString() == "pilot")
                .Select(s => s.GetProperty("name").GetString()!);
        }

        var wave = root.GetProperty("waves").EnumerateArray().FirstOrDefault(w => w.GetProperty("name").GetString() == name);
        return wave.ValueKind == JsonValueKind.Object
            ? wave.GetProperty("sites").EnumerateArray().Select(s => s.GetString()!)
            : [name];
    }
}
