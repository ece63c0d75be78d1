using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0706: `population: 120,000 people` and `baseline: 1,200 minutes` are read as two values
/// (`120` and `000 people`), because a comma separates values. A number of one to three
/// digits, a comma with no space around it and a number of exactly three digits is a
/// thousands separator; the fix writes `120_000`. `target:` is left to its own reading
/// (a compound target lists several values there).
/// </summary>
internal sealed class DigitGroupingRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.DigitGroupingComma);

    internal override void Run(RuleContext context)
    {
        foreach (var symbol in Declared.All(context.Program))
        {
            foreach (var property in symbol.Declaration.Properties)
            {
                // A group needs two values: most properties have one, and need no look.
                if (property.ValueCount > 1 && property.NameToken.Text != "target")
                {
                    Check(context, property);
                }
            }
        }
    }

    /// <summary>The groups of a property: runs of values joined by tight commas, e.g. `1`,`200`,`000 people`.</summary>
    public static IEnumerable<(int First, int Last)> Groups(PropertySyntax property)
    {
        var values = property.Values;
        var index = 0;
        while (index < values.Count - 1)
        {
            var last = index;
            if (Leading(values[index]))
            {
                while (last + 1 < values.Count && values.GetSeparator(last) is { } comma && comma.Text == ","
                    && comma.Span.Start == values[last].Span.End && values[last + 1].Span.Start == comma.Span.End
                    && Following(values[last + 1]) && (last == index || values[last].Expression is QuantityLiteralExpressionSyntax { UnitTokens.Length: 0 }))
                {
                    last++;
                }
            }

            if (last > index)
            {
                yield return (index, last);
            }

            index = last + 1;
        }
    }

    private static void Check(RuleContext context, PropertySyntax property)
    {
        var values = property.Values;
        foreach (var (first, last) in Groups(property))
        {
            var number = string.Concat(Enumerable.Range(first, last - first + 1).Select(i => Digits(values[i])));
            var grouped = Grouped(number);
            var start = values[first].Span.Start;
            var end = ((QuantityLiteralExpressionSyntax)values[last].Expression).NumberToken.Span.End;
            var written = property.SyntaxTree.Text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start));
            var fix = CodeFix.Replace("Fix_UseUnderscoreGrouping", Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end), grouped, grouped);
            context.Diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.DigitGroupingComma,
                new SourceLocation(property.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end)),
                written, property.NameToken.Text, grouped).WithFix(fix));
        }
    }

    // `1` to `999`, no unit, no sign: the part before the first comma.
    private static bool Leading(PropertyValueSyntax value) =>
        value.Clauses.IsEmpty && value.Expression is QuantityLiteralExpressionSyntax { UnitTokens.Length: 0 } q
        && q.NumberToken.Text.Length is >= 1 and <= 3 && q.NumberToken.Text.All(IsDigit);

    // Exactly three digits, then perhaps the unit and clauses (`000 people`, `200 minutes on 2019-12-31`).
    private static bool Following(PropertyValueSyntax value) =>
        value.Expression is QuantityLiteralExpressionSyntax q && q.NumberToken.Text.Length == 3 && q.NumberToken.Text.All(IsDigit);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Digits(PropertyValueSyntax value) => ((QuantityLiteralExpressionSyntax)value.Expression).NumberToken.Text;

    private static string Grouped(string digits)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append('_');
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }
}
