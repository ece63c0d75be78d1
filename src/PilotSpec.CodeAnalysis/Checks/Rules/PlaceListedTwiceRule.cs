using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0712: `in: w1, w1, w2` — a wave (or site) listed twice in one phase. The second is
/// dropped, so every later wave starts one stagger earlier than the list suggests. The fix
/// removes the repetition.
/// </summary>
internal sealed class PlaceListedTwiceRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.PlaceListedTwice);

    internal override void Run(RuleContext context)
    {
        foreach (var phase in context.Program.Phases)
        {
            foreach (var property in phase.Declaration.Properties)
            {
                if (property.NameToken.Text != "in")
                {
                    continue;
                }

                var values = property.Values;
                var seen = new HashSet<string>(System.StringComparer.Ordinal);
                for (var i = 0; i < values.Count; i++)
                {
                    if (values[i].Expression is not NameExpressionSyntax { IdentifierToken.IsMissing: false } name || seen.Add(name.IdentifierToken.Text))
                    {
                        continue;
                    }

                    // The comma before it and the name: `, w1`.
                    var start = values.GetSeparator(i - 1) is { } comma ? comma.Span.Start : values[i].Span.Start;
                    var fix = CodeFix.Replace("Fix_RemoveRepetition", TextSpan.FromBounds(start, values[i].Span.End), string.Empty, name.IdentifierToken.Text);
                    context.Diagnostics.Report(DiagnosticDescriptors.PlaceListedTwice, name, fix, name.IdentifierToken.Text, phase.Name);
                }
            }
        }
    }
}
