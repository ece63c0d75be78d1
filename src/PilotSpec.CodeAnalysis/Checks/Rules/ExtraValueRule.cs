using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0705: a property that takes one value (`owner:`, `duration:`, `require:`...) reads its
/// first value and silently ignored the rest: `duration: 12 months, 6 months` runs for 12.
/// Reported on the second value; the fix deletes the extra values. `target:` and `baseline:`
/// are not checked here (compound targets and per-site baselines list several values), nor
/// a value that is a thousands separator (PS0706 says that).
/// </summary>
internal sealed class ExtraValueRule : SpecRule
{
    // Properties that take one value, by declaration kind; the others list values (`in:`, `partners:`...).
    private static readonly Dictionary<SymbolKind, HashSet<string>> SingleValued = new()
    {
        [SymbolKind.Pilot] = new() { "owner", "sponsor", "problem", "description", "start", "end" },
        [SymbolKind.Goal] = new() { "parent", "description" },
        [SymbolKind.Indicator] = new() { "unit", "better", "measured", "source", "responsible", "formula", "weight", "stale_after", "description" },
        [SymbolKind.Site] = new() { "level", "region", "role", "parent", "population", "description" },
        [SymbolKind.Wave] = new() { "description" },
        [SymbolKind.Phase] = new() { "start", "after", "duration", "end", "stagger", "lag", "entry", "exit", "description" },
        [SymbolKind.Alert] = new() { "when", "severity", "description" },
        [SymbolKind.Evaluation] = new() { "require", "decide", "otherwise", "description" },
        [SymbolKind.Stakeholder] = new() { "role", "contact", "description" },
    };

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExtraValueIgnored);

    internal override void Run(RuleContext context)
    {
        foreach (var symbol in Declared.All(context.Program))
        {
            if (!SingleValued.TryGetValue(symbol.Kind, out var names))
            {
                continue;
            }

            foreach (var property in symbol.Declaration.Properties)
            {
                if (property.ValueCount < 2)
                {
                    continue; // the usual case, known without making the list of values
                }

                var values = property.Values;
                if (values.Count < 2 || !names.Contains(property.NameToken.Text) || DigitGroupingRule.Groups(property).Any()
                    || values.Any(v => Binding.Declarations.ValueReader.IsMissing(v.Expression)))
                {
                    continue;
                }

                var extra = values[1];
                var removed = TextSpan.FromBounds(values[0].Span.End, values[values.Count - 1].Span.End);
                var fix = CodeFix.Replace("Fix_RemoveExtraValues", removed, string.Empty);
                context.Diagnostics.Report(DiagnosticDescriptors.ExtraValueIgnored, extra, fix, property.NameToken.Text, OneLine(values[0].ToString()));
            }
        }
    }

    // The value as the message quotes it: its text on one line. A value that runs over a line
    // break (a forgotten `,` or `;`) must not put the file's indentation into the message, nor
    // make the message change when the file is reformatted (found by the formatting property).
    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s+", " ");
}
