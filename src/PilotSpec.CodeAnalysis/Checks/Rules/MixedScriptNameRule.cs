using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Names;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0117: a declared name that mixes Latin letters with Cyrillic or Greek ones, which look
/// the same (`cаt` with a Cyrillic `а` is not `cat`): it can pass for another name, by mistake
/// (a keyboard layout) or on purpose. Reported on the declaration, naming the first letter of
/// the other script. Names wholly in one script (`东城区`, `район`) and Chinese with Latin
/// (`GDP增长`) are fine.
/// </summary>
internal sealed class MixedScriptNameRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.MixedScriptName);

    internal override void Run(RuleContext context)
    {
        foreach (var symbol in context.Program.Table.Symbols)
        {
            var hasLatin = false;
            var other = (Script: LookAlikeScript.None, Letter: '\0');
            foreach (var c in symbol.Name)
            {
                var script = LookAlikeScripts.Of(c);
                hasLatin |= script == LookAlikeScript.Latin;
                if (script is LookAlikeScript.Cyrillic or LookAlikeScript.Greek && other.Script == LookAlikeScript.None)
                {
                    other = (script, c);
                }
            }

            if (hasLatin && other.Script != LookAlikeScript.None)
            {
                context.Diagnostics.Report(
                    DiagnosticDescriptors.MixedScriptName,
                    symbol.Declaration.Identifier,
                    symbol.Name,
                    new Phrase("Script_" + other.Script),
                    other.Letter.ToString(),
                    ((int)other.Letter).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
    }
}
