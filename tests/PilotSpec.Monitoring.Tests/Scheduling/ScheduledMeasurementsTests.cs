using System;
using System.IO;
using System.Linq;
using System.Text;
using PilotSpec.Monitoring.Scheduling;

namespace PilotSpec.Monitoring.Tests.Scheduling;

/// <summary>Reading a format 2 schedule's measurements and expanding them, on a document written by hand.</summary>
public sealed class ScheduledMeasurementsTests
{
    private const string Schedule = """
        {
          "version": 2,
          "measurements": {
            "maxDuePerSite": 10000,
            "indicators": [
              { "indicator": "wait", "frequency": "monthly" },
              { "indicator": "cost", "frequency": "annually" }
            ],
            "windows": [
              {
                "from": "2024-01-31", "until": "2024-04-01", "sites": ["A", "B"],
                "due": [
                  { "frequency": "monthly", "first": "2024-02-29", "last": "2024-03-31", "count": 2, "truncated": false },
                  { "frequency": "annually", "first": null, "last": null, "count": 0, "truncated": false }
                ]
              },
              {
                "from": "2024-03-01", "until": "2025-03-02", "sites": ["东城区"],
                "due": [
                  { "frequency": "monthly", "first": "2024-04-01", "last": "2025-03-01", "count": 12, "truncated": false },
                  { "frequency": "annually", "first": "2025-03-01", "last": "2025-03-01", "count": 1, "truncated": false }
                ]
              }
            ]
          }
        }
        """;

    private static ScheduledMeasurements Read(string json) =>
        ScheduledMeasurements.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Every_site_of_every_window_is_due_count_times_by_the_indicator_s_frequency()
    {
        var wait = Read(Schedule).Expand("wait").ToList();

        Assert.Equal(2 + 2 + 12, wait.Count);
        Assert.Equal([new DateTime(2024, 2, 29), new DateTime(2024, 3, 31)], wait.Where(d => d.Site == "B").Select(d => d.Date));
        Assert.Equal(new DateTime(2025, 3, 1), wait.Last().Date);
        Assert.All(wait, d => Assert.Equal("wait", d.Indicator));
    }

    [Fact]
    public void One_site_and_another_frequency()
    {
        var measurements = Read(Schedule);

        Assert.Equal(["wait", "cost"], measurements.Indicators);
        Assert.Equal([new DueDate("cost", "东城区", new DateTime(2025, 3, 1))], measurements.Expand("cost", "东城区"));
        Assert.Empty(measurements.Expand("cost", "A"));
    }

    [Fact]
    public void An_unmeasured_indicator_and_another_format_version_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Read(Schedule).Expand("nowhere"));
        Assert.Throws<FormatException>(() => Read(Schedule.Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal)));
    }
}
