using System.Globalization;
using System.Text;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Cli.Starter;

/// <summary>
/// The spec `pilotc new` writes: small, complete, commented line by line for someone who has
/// never seen a .pilot file, and clean (no diagnostic at all), so the first `pilotc check`
/// passes and every later message is about the writer's own changes. Its dates start next
/// month, so the starter never describes a pilot that is already over.
/// </summary>
public static class StarterSpec
{
    public static string Create(string pilotName, DateTime today)
    {
        var start = new DateTime(today.Year, today.Month, 1).AddMonths(1);
        string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        return $$"""
            // {{pilotName}}: a pilot spec. Replace the placeholders with your pilot's facts and run
            //     pilotc check {{pilotName}}.pilot
            // after each change. `pilotc explain PS0102` explains any code that check reports.
            //
            // A pilot tries a reform at a few sites, measures indicators against targets, and
            // evaluates the results to decide whether to scale the reform up.

            pilot {{pilotName}} "Title of the pilot, for people" {
                owner: "The body that runs the pilot"
                problem: "The problem the reform should solve"
                start: {{Date(start)}}
                end: {{Date(start.AddMonths(18).AddDays(-1))}}

                // A goal says what the pilot wants to achieve; its indicators say how that is measured.
                goal Goal "What the pilot wants to achieve" {
                    indicator waiting_time "Average waiting time" {
                        unit: minutes
                        better: lower                               // or higher
                        baseline: 40 minutes on {{Date(start.AddDays(-1))}}   // where you start, and when it was measured
                        target: 30 minutes by {{Date(start.AddMonths(12).AddDays(-1))}}     // where you want to be, and by when
                        measured: monthly from "name of the data source"
                    }
                }

                // Sites are the places that take part. Add `role: comparison` to a site that
                // keeps working the old way, as a yardstick.
                site FirstSite "First pilot site" {
                    level: county
                }

                // A phase is a stretch of time during which the reform runs at some sites.
                phase Trial "Trial run" {
                    start: {{Date(start)}}
                    duration: 12 months
                    in: FirstSite
                }

                // An evaluation judges the results and decides what happens next.
                evaluation final "Final evaluation" at end of Trial {
                    method: before_after
                    require: waiting_time <= 30 minutes at FirstSite
                    decide: scale_up when all met
                    otherwise: adjust
                }
            }

            """;
    }

    /// <summary>
    /// A pilot name from a file name: letters, digits and `_` kept, other characters start a
    /// new word (`water-reform` becomes `WaterReform`); a name that would not be a valid,
    /// non-reserved identifier gets a `Pilot` prefix.
    /// </summary>
    public static string PilotNameFrom(string fileStem)
    {
        var builder = new StringBuilder();
        var newWord = true;
        foreach (var c in fileStem)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(newWord ? char.ToUpperInvariant(c) : c);
                newWord = false;
            }
            else
            {
                newWord = true;
            }
        }

        var name = builder.ToString();
        var tree = SyntaxTree.ParseText($"pilot {name} {{}}");
        var valid = name.Length > 0 && !char.IsDigit(name[0]) && tree.GetDiagnostics().IsEmpty;
        return valid ? name : "Pilot" + name;
    }
}
