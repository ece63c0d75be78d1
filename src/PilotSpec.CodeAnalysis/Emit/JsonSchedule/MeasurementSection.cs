using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>`measurements`: every due date of every measured indicator at every site (the rule is <see cref="MeasurementPlan"/>'s).</summary>
internal static class MeasurementSection
{
    public static void Write(ScheduleJsonWriter json, MeasurementPlan plan)
    {
        json.StartArray("measurements");
        foreach (var indicator in plan.Indicators)
        {
            json.StartObject();
            json.String("indicator", indicator.Indicator.Name);
            json.String("frequency", JsonWords.Of(indicator.Frequency));
            json.StartArray("sites");
            foreach (var site in indicator.Sites)
            {
                json.StartObject();
                json.String("site", site.Site.Name);
                json.Date("from", site.From);
                json.Date("until", site.Until);
                json.Boolean("truncated", site.IsTruncated);
                json.StartArray("due");
                foreach (var date in site.DueDates)
                {
                    json.DateValue(date);
                }

                json.EndArray();
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
    }
}
