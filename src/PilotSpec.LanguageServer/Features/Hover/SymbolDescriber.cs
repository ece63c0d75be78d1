using System.Text;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Hover;

/// <summary>
/// What a hover says about a symbol, in Markdown: its declaration line, then the facts the
/// compiler resolved (an indicator's target as an absolute value, a phase's dates at each
/// site), which the source alone does not show.
/// </summary>
public static class SymbolDescriber
{
    public static string Describe(Symbol symbol, DocumentAnalysis analysis)
    {
        var text = new StringBuilder();
        text.Append("```pilot\n").Append(SymbolWords.KindWord(symbol)).Append(' ').Append(symbol.Name);
        if (symbol.Title is { } title)
        {
            text.Append(" \"").Append(title).Append('"');
        }

        text.Append("\n```\n");
        var facts = new List<string>();
        var program = analysis.Compilation.Program;
        var schedule = analysis.Compilation.Schedule;
        switch (symbol)
        {
            case IndicatorSymbol indicator:
                DescribeIndicator(indicator, facts);
                break;
            case PhaseSymbol phase:
                DescribePhase(phase, schedule, facts, text);
                break;
            case SiteSymbol site:
                DescribeSite(site, program, schedule, facts);
                break;
            case WaveSymbol wave:
                facts.Add((wave.IsGroup ? "group of " : "wave of ") + (wave.Sites.IsEmpty ? "no sites" : string.Join(", ", wave.Sites.Select(s => s.Name))));
                break;
            case GoalSymbol goal:
                if (goal.ParentGoal is { } parent)
                {
                    facts.Add($"part of goal {parent.Name}");
                }

                facts.Add("measured by " + (goal.Indicators.IsEmpty ? "no indicators" : string.Join(", ", goal.Indicators.Select(i => i.Weight is { } w ? $"{i.Name} (weight {ValueText.Number(w)})" : i.Name))));
                break;
            case EvaluationSymbol evaluation:
                DescribeEvaluation(evaluation, schedule, facts);
                // Only a spec without errors lowers to a model (as for `pilotc power`).
                if (!analysis.Diagnostics.Any(d => d.Severity == PilotSpec.CodeAnalysis.Diagnostics.DiagnosticSeverity.Error))
                {
                    facts.AddRange(EvaluationDesign.Describe(evaluation, program, schedule));
                }

                break;
            case AlertSymbol alert:
                if (alert.Severity is { } severity)
                {
                    facts.Add($"severity: {severity}");
                }

                if (!alert.Notify.IsEmpty)
                {
                    facts.Add("notifies " + string.Join(", ", alert.Notify));
                }

                break;
            case StakeholderSymbol stakeholder when stakeholder.Role is { } role:
                facts.Add($"role: {role}");
                break;
            case PilotSymbol pilot:
                if (pilot.Owner is { } owner)
                {
                    facts.Add($"owner: {owner}");
                }

                if (pilot.Start is { } start)
                {
                    facts.Add($"runs {ValueText.Date(start)} → {(pilot.PlannedEnd is { } end ? ValueText.Date(end) : "open")}");
                }

                if (pilot.Problem is { } problem)
                {
                    facts.Add($"problem: {problem}");
                }

                break;
        }

        foreach (var fact in facts)
        {
            text.Append("- ").Append(fact).Append('\n');
        }

        if (symbol.Location.FilePath != analysis.Document.Path)
        {
            text.Append("\n*declared in ").Append(Path.GetFileName(symbol.Location.FilePath)).Append("*\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void DescribeIndicator(IndicatorSymbol indicator, List<string> facts)
    {
        var unit = indicator.Unit is { } u ? $"unit: {u}" : "unit not given";
        var direction = indicator.Direction switch
        {
            Direction.HigherIsBetter => "; higher is better",
            Direction.LowerIsBetter => "; lower is better",
            _ => string.Empty,
        };
        facts.Add(unit + direction);

        if (indicator.Baseline is { } baseline)
        {
            facts.Add($"baseline: {ValueText.Quantity(baseline)}" + (indicator.BaselineDate is { } on ? $" on {ValueText.Date(on)}" : string.Empty));
        }

        if (indicator.Target is { } target)
        {
            var written = indicator.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "target") is { Values.Count: > 0 } property
                ? property.Values[0].Expression.ToString()
                : ValueText.Quantity(target.Amount);
            var deadline = target.Deadline is { } by ? $" by {ValueText.Date(by)}" : string.Empty;
            var absolute = ValueText.AbsoluteTarget(indicator);
            facts.Add(indicator.Baseline is { } from && absolute is not null
                ? $"target: **{ValueText.Quantity(from)} → {absolute}{deadline}**" + (target.Kind == TargetKind.Absolute ? string.Empty : $" ({written})")
                : $"target: {written}{deadline}");
        }

        if (!indicator.SiteBaselines.IsEmpty)
        {
            // Each of these sites is measured from its own baseline; the others from data on the baseline date, else the programme's.
            facts.Add("own baselines: " + string.Join(", ", indicator.SiteBaselines.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {ValueText.Quantity(p.Value)}")));
        }

        if (indicator.Targets.Length > 1
            && indicator.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "target") is { } targets)
        {
            facts.Add("every part must hold: " + string.Join("; ", targets.Values.Select(v => v.ToString().Trim())));
        }

        if (indicator.Range is var (lowest, highest))
        {
            facts.Add($"range: {ValueText.Quantity(lowest)} to {ValueText.Quantity(highest)}");
        }

        if (!indicator.Grades.IsEmpty)
        {
            // Best band first, as written; the rounding rule decides which band an edge value falls in.
            var bands = string.Join(", ", indicator.Grades.Select(b => b.From is { } from ? $"{b.Name} from {ValueText.Quantity(from)}" : b.Name));
            var rounding = !indicator.HasRoundingRule ? "no rounding rule"
                : indicator.RoundTo is 0 ? "rounded to a whole number first"
                : indicator.RoundTo is { } digits ? $"rounded to {digits} decimal{(digits == 1 ? string.Empty : "s")} first"
                : "graded as recorded";
            facts.Add($"grades: {bands} ({rounding})");
        }

        if (indicator.RollUp is { } rollUp)
        {
            facts.Add("a parent without data of its own: " + rollUp.Kind + " of its children" + (rollUp.Weight is { } weight ? $" weighted by {weight}" : string.Empty));
        }

        if (indicator.Frequency is { } frequency)
        {
            facts.Add($"measured {frequency.ToString().ToLowerInvariant()}" + (indicator.Source is { } source ? $" from \"{source}\"" : string.Empty));
        }
        else if (indicator.Source is { } source)
        {
            facts.Add($"source: \"{source}\"");
        }

        if (indicator.Goal is { } goal)
        {
            facts.Add($"goal: {goal.Name}" + (indicator.Weight is { } weight ? $" (weight {ValueText.Number(weight)})" : string.Empty));
        }
    }

    private static void DescribePhase(PhaseSymbol phase, PilotSchedule schedule, List<string> facts, StringBuilder text)
    {
        var resolved = schedule.Of(phase);
        if (resolved is not { IsResolved: true })
        {
            facts.Add("not scheduled: its start is not known (give `start:` or `after:`)");
            return;
        }

        facts.Add($"runs {ValueText.Date(resolved.Start!.Value)} → {(resolved.End is { } end ? ValueText.Date(end) : "open")}");
        foreach (var fact in facts)
        {
            text.Append("- ").Append(fact).Append('\n');
        }

        facts.Clear();
        if (!resolved.Sites.IsEmpty)
        {
            text.Append("\n| site | start | end |\n| --- | --- | --- |\n");
            foreach (var window in resolved.Sites)
            {
                text.Append("| ").Append(window.Site.Name)
                    .Append(" | ").Append(ValueText.Date(window.Start))
                    .Append(" | ").Append(window.End is { } siteEnd ? ValueText.Date(siteEnd) : "open")
                    .Append(" |\n");
            }
        }
    }

    private static void DescribeSite(SiteSymbol site, BoundProgram program, PilotSchedule schedule, List<string> facts)
    {
        var profile = new List<string>();
        if (site.Level is { } level)
        {
            profile.Add($"level: {level}");
        }

        profile.Add(site.Role == SiteRole.Comparison ? "role: comparison" : "role: pilot");
        if (site.Region is { } region)
        {
            profile.Add($"region: {region}");
        }

        facts.Add(string.Join("; ", profile));
        if (site.ParentSite is { } parent)
        {
            facts.Add($"part of {parent.Name}");
        }

        var waves = program.Waves.Where(w => w.Sites.Contains(site)).Select(w => w.Name).ToList();
        facts.Add(waves.Count == 0 ? "in no wave or group" : "in " + string.Join(", ", waves));
        foreach (var phase in schedule.Phases)
        {
            if (phase.At(site) is { } window)
            {
                facts.Add($"{phase.Phase.Name}: {ValueText.Date(window.Start)} → {(window.End is { } end ? ValueText.Date(end) : "open")}");
            }
        }
    }

    private static void DescribeEvaluation(EvaluationSymbol evaluation, PilotSchedule schedule, List<string> facts)
    {
        if (schedule.DateOf(evaluation) is { } date)
        {
            facts.Add($"on {ValueText.Date(date)}");
        }

        if (!evaluation.Methods.IsEmpty)
        {
            facts.Add("method: " + string.Join(", ", evaluation.Methods) + (evaluation.ComparedAgainst is { } against ? $" against {against.Name}" : string.Empty));
        }

        if (evaluation.Window is { } window)
        {
            facts.Add("window: " + window.Syntax.Values[0].ToString().Trim() + string.Concat(window.Syntax.Values.Skip(1).Select(v => ", " + v.ToString().Trim())));
        }

        facts.Add($"{evaluation.Criteria.Length} {(evaluation.Criteria.Length == 1 ? "criterion" : "criteria")}");
        foreach (var rule in evaluation.Decisions)
        {
            facts.Add($"decide: {rule.Decision.Word()} when {rule.Syntax.Values[0].Clauses.FirstOrDefault(c => c.Keyword.Kind == SyntaxKind.WhenKeyword)?.Expression}");
        }

        if (evaluation.Otherwise is { } otherwise)
        {
            facts.Add($"otherwise: {otherwise.Word()}");
        }

        foreach (var consequence in evaluation.Consequences)
        {
            facts.Add("consequence: " + consequence.Syntax.ToString().Trim());
        }
    }
}
