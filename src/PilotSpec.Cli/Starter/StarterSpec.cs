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
    /// <summary>
    /// The starter for pilot <paramref name="pilotName"/> in file <paramref name="fileName"/>: in
    /// Chinese (names, titles, units, decisions and comments) for a Chinese
    /// <paramref name="culture"/>, in English otherwise.
    /// </summary>
    public static string Create(string pilotName, string fileName, DateTime today, CultureInfo culture)
    {
        var start = new DateTime(today.Year, today.Month, 1).AddMonths(1);
        return culture.TwoLetterISOLanguageName == "zh" ? Chinese(pilotName, fileName, start) : English(pilotName, fileName, start);
    }

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Chinese(string pilotName, string fileName, DateTime start) => $$"""
            // {{pilotName}}：试点方案。请把占位内容换成本试点的实际情况，每次修改后运行
            //     pilotc check {{fileName}} --lang zh-Hans
            // 检查结果中的代码（如 PS0102）可用 `pilotc explain PS0102 --lang zh-Hans` 查看说明。
            //
            // 试点在少数地点推行一项改革，对照目标衡量各项指标，再通过评估决定是否推广。

            pilot {{pilotName}} "试点名称（给人看的标题）" {
                owner: "负责试点的单位"
                problem: "改革要解决的问题"
                start: {{Date(start)}}
                end: {{Date(start.AddMonths(18).AddDays(-1))}}

                // 目标说明试点要达成什么，目标下的指标说明如何衡量。
                goal 服务提速 "试点要达成的目标" {
                    indicator 平均等候时间 "群众办事平均等候时间" {
                        unit: 分钟
                        better: lower                          // 越低越好；越高越好写 higher
                        baseline: 40 分钟 on {{Date(start.AddDays(-1))}}   // 起点数值及其测量日期
                        target: 30 分钟 by {{Date(start.AddMonths(12).AddDays(-1))}}     // 要达到的数值及期限
                        measured: monthly from "数据来源名称"
                    }
                }

                // 试点地点。某地点若维持原有做法、作为对照，加上 `role: comparison`。
                site 第一试点 "第一个试点地点" {
                    level: county
                }

                // 阶段是改革在某些地点推行的一段时间。
                phase 试运行 "试运行阶段" {
                    start: {{Date(start)}}
                    duration: 12 个月
                    in: 第一试点
                }

                // 评估判断结果，并决定下一步：推广、延长、调整或终止。
                evaluation 终期评估 "终期评估" at end of 试运行 {
                    method: before_after
                    require: 平均等候时间 <= 30 分钟 at 第一试点
                    decide: 推广 when all met
                    otherwise: 调整
                }
            }

            """;

    private static string English(string pilotName, string fileName, DateTime start) => $$"""
            // {{pilotName}}: a pilot spec. Replace the placeholders with your pilot's facts and run
            //     pilotc check {{fileName}}
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
