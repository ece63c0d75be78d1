using System.CommandLine;
using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Evaluation;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Power;
using PilotSpec.Monitoring.Design;

namespace PilotSpec.Cli.Commands;

/// <summary>
/// <c>pilotc power SPEC</c>: a design diagnosis before the pilot starts — for each evaluation
/// that compares pilot with comparison sites, the smallest effect it can be expected to see,
/// set beside the change its target asks for.
/// </summary>
public static class PowerCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var spec = new Argument<string>("SPEC")
        {
            Description = "The spec whose comparing evaluations to diagnose.",
        };
        spec.Validators.Add(UnknownOptionValidator.Reject);
        var variation = new Option<double>("--cv")
        {
            Description = "How much sites differ, as a share of the baseline, where --sd gives no spread (default 0.2: a site typically 20% above or below the baseline).",
            HelpName = "share",
            DefaultValueFactory = _ => PowerAssumptions.DefaultVariation,
        };
        var correlation = new Option<double>("--correlation")
        {
            Description = "How much a site's level before the pilot predicts its level after it, 0 to below 1 (default 0.5).",
            HelpName = "r",
            DefaultValueFactory = _ => PowerAssumptions.DefaultCorrelation,
        };
        var spreads = new Option<string[]>("--sd")
        {
            Description = "The standard deviation between sites of an indicator, in its unit, from earlier data: --sd approval_days=40 (repeatable).",
            HelpName = "indicator=value",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (a report for a person) or json (docs/schemas/power.schema.json).",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command(
            "power",
            """
            Diagnose a pilot's design before it starts: for each evaluation that compares pilot
            with comparison sites (difference_in_differences against a group), the minimum
            detectable effect on each indicator its criteria read — at 5% significance and 80%
            power, on the interval evaluate reports — beside the change the target asks for, and
            how many sites would be needed when there are too few. What cannot be known before the
            pilot (how much sites differ) is assumed and said; give it with --sd when known.
            Exit code: 0 diagnosed, 1 the spec has errors, 2 pilotc could not run.

            Examples:
              pilotc power examples/approval-reform.pilot
              pilotc power reform.pilot --sd approval_days=40 --correlation 0.7 --format json
            """)
        {
            spec,
            variation,
            correlation,
            spreads,
            format,
        };

        command.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var path = parseResult.GetRequiredValue(spec);
            if (CheckedPilot.Load(path, "power", culture, output) is not var (compilation, pilotSymbol))
            {
                return ExitCodes.DiagnosticErrors;
            }

            var pilot = EvaluationRun.DefinitionOf(pilotSymbol, compilation.Program, compilation.Schedule);
            var assumptions = Assumptions(parseResult.GetValue(variation), parseResult.GetValue(correlation), parseResult.GetValue(spreads) ?? [], name => pilot.FindIndicator(name) is not null);
            var diagnosis = EvaluationPower.Of(pilot, assumptions);
            if (parseResult.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                PowerJsonWriter.Write(buffer, pilot, assumptions, diagnosis);
                output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else
            {
                PowerTextWriter.Write(output, pilot, assumptions, diagnosis, new PowerTexts(culture));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Bad values are the user's to fix: a tool failure with the reason, never an exception's text.
    private static PowerAssumptions Assumptions(double variation, double correlation, string[] spreads, Func<string, bool> isIndicator)
    {
        if (!(variation > 0 && variation <= 10))
        {
            throw new ToolFailureException($"--cv {variation.ToString(CultureInfo.InvariantCulture)}: a share above 0 and at most 10 (0.2 for sites 20% apart).");
        }

        if (!(correlation >= 0 && correlation < 1))
        {
            throw new ToolFailureException($"--correlation {correlation.ToString(CultureInfo.InvariantCulture)}: from 0 up to, not including, 1.");
        }

        var known = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in spreads)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !double.TryParse(item[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || double.IsInfinity(value))
            {
                throw new ToolFailureException($"--sd {item}: write INDICATOR=VALUE with a positive number, e.g. --sd approval_days=40.");
            }

            var name = item[..equals];
            if (!isIndicator(name))
            {
                throw new ToolFailureException($"--sd {item}: the spec has no indicator '{name}'.");
            }

            known[name] = value;
        }

        return new PowerAssumptions(variation, correlation, known);
    }
}
