using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Names;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0116: an invisible character that changes what a reader sees. A bidirectional control
/// anywhere (a comment or string can reorder a line so that it reads unlike what the compiler
/// reads); any invisible format character inside a name (`a` + U+200D + `b` is not `ab`).
/// Once per line for the controls, once per name for the rest: a hostile file must not
/// become millions of warnings.
/// </summary>
internal sealed class HiddenCharacterRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.HiddenCharacter);

    internal override void Run(RuleContext context)
    {
        foreach (var tree in context.Trees)
        {
            var reported = new HashSet<int>(); // lines
            var text = tree.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (HiddenCharacters.IsBidirectionalControl(text[i]) && reported.Add(text.Lines.GetLineFromPosition(i).LineNumber))
                {
                    Report(context, tree, i, text[i]);
                }
            }

            foreach (var token in tree.Root.DescendantTokens())
            {
                if (token.Kind != SyntaxKind.IdentifierToken || reported.Contains(text.Lines.GetLineFromPosition(token.Position).LineNumber))
                {
                    continue;
                }

                var name = token.Text;
                for (var i = 0; i < name.Length; i++)
                {
                    if (HiddenCharacters.IsInvisibleInName(name[i]))
                    {
                        Report(context, tree, token.Position + i, name[i]);
                        break;
                    }
                }
            }
        }
    }

    private static void Report(RuleContext context, SyntaxTree tree, int position, char c) =>
        context.Diagnostics.Report(
            DiagnosticDescriptors.HiddenCharacter,
            new SourceLocation(tree, new TextSpan(position, 1)),
            ((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
