using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// `measurements`: which indicators are measured how often, and each distinct measurement
/// window once, with the sites that share it and, per frequency in use, the recurrence of
/// due dates over it (<see cref="Recurrence"/>). An indicator is due at every site of every
/// window by its frequency's recurrence there; no date is listed, so the section is
/// O(sites + windows × frequencies) where listing them was sites × indicators × dates.
/// docs/schedule.md says how a reader expands it.
/// </summary>
internal static class MeasurementSection
{
    public static void Write(ScheduleJsonWriter json, MeasurementWindows plan)
    {
        json.StartObject("measurements");
        json.Integer("maxDuePerSite", DueDates.MaxPerSite);
        // Objects, not bare names: what else is known per measured indicator belongs here.
        json.StartArray("indicators");
        foreach (var indicator in plan.Indicators)
        {
            json.StartObject();
            json.String("indicator", indicator.Name);
            json.String("frequency", JsonWords.Of(indicator.Frequency!.Value));
            json.EndObject();
        }

        json.EndArray();
        var frequencies = new System.Collections.Generic.List<Binding.MeasurementFrequency>(plan.Frequencies());
        json.StartArray("windows");
        foreach (var window in plan.Windows)
        {
            json.StartObject();
            json.Date("from", window.From);
            json.Date("until", window.Until);
            json.Strings("sites", Names.Of(window.Sites));
            json.StartArray("due");
            foreach (var frequency in frequencies)
            {
                var due = window.Due(frequency);
                json.StartObject();
                json.String("frequency", JsonWords.Of(frequency));
                json.Date("first", due.First);
                json.Date("last", due.Last);
                json.Integer("count", due.Count);
                json.Boolean("truncated", due.IsTruncated);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }
}
