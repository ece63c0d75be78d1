using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0604–PS0606: grade bands that do not grade every value once and predictably. Bands run
/// from their bound to the next one, so the gaps and overlaps left are: two bands from the
/// same bound (the second is never given), nothing below the lowest bound (a poor score gets
/// no grade, and a consequence of 差 never reaches it), and no rule for values such as 89.5
/// that the regulations round (the grade, and with it a budget, turns on it).
/// </summary>
internal sealed class GradeBandsRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GradeBandsOverlap, DiagnosticDescriptors.ValuesBelowEveryGrade, DiagnosticDescriptors.GradesWithoutRounding);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Grades.IsEmpty || indicator.GradesSyntax is not { } syntax)
            {
                continue;
            }

            // Bands are ordered highest bound first: equal bounds are neighbours.
            for (var i = 1; i < indicator.Grades.Length; i++)
            {
                var higher = indicator.Grades[i - 1];
                var band = indicator.Grades[i];
                if (higher.From is { } a && band.From is { } b && a.Value == b.Value)
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.GradeBandsOverlap, band.Syntax, higher.Name, band.Name, Format(b.Value));
                }
            }

            var lowest = indicator.Grades[indicator.Grades.Length - 1];
            if (lowest.From is { } bound && bound.Value > 0)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.ValuesBelowEveryGrade, lowest.Syntax, indicator.Name, Format(bound.Value));
            }

            if (!indicator.HasRoundingRule)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.GradesWithoutRounding, syntax.NameToken, indicator.Name);
            }
        }
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
