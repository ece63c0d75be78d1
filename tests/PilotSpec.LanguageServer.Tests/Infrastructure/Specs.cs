namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>Spec texts the tests share.</summary>
public static class Specs
{
    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    public static string Policing => Example("policing-reform.pilot");

    /// <summary>A small, valid pilot that uses every kind of reference.</summary>
    public const string Small = """
        pilot Reform "A small reform" {
            owner: "Bureau"
            problem: "Slow service"
            start: 2019-03-01
            end: 2021-02-28

            goal Speed {
                indicator clearance_rate "Case clearance rate" {
                    unit: percent
                    better: higher
                    baseline: 62% on 2018-12-31
                    target: +15 points by 2020-12-31
                    measured: quarterly from "case system"
                }
                indicator cost "Cost per case" {
                    unit: CNY
                    better: lower
                    baseline: 4_800 CNY on 2018-12-31
                    target: -10% by 2020-12-31
                    measured: annually from "accounts"
                }
            }

            site east "East district" { level: county }
            site west "West district" { level: county; role: comparison }
            site south "South district" { level: county }

            wave first = [east]
            wave second = [south]
            group control = [west]

            phase Launch {
                start: 2019-03-01
                duration: 3 months
                in: first
            }
            phase Rollout {
                after: Launch
                duration: 12 months
                in: first, second
                stagger: 3 months
            }

            evaluation final at end of Rollout {
                method: difference_in_differences against control
                require: clearance_rate.change >= +15 points at all sites
                require: cost.change <= -10% at all sites
                decide: scale_up when all met
                otherwise: terminate
            }
        }
        """;
}
