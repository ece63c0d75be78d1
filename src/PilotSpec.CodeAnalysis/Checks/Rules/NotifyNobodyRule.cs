using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0740: `notify: owner, 工作专` — a bare name that is neither one of the pilot's roles
/// (`owner`, `sponsor`, `partners`) nor a declared stakeholder tells nobody, and the alert
/// goes out unheard. (Text in quotes is a free-form addressee and is not checked.) The fix
/// renames it to the closest stakeholder when there is one.
/// </summary>
internal sealed class NotifyNobodyRule : SpecRule
{
    private static readonly string[] Roles = { "owner", "sponsor", "partners" };

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotifyNamesNobody);

    internal override void Run(RuleContext context)
    {
        var stakeholders = context.Program.Stakeholders.Select(s => s.Name).ToList();
        foreach (var alert in context.Program.Alerts)
        {
            foreach (var property in alert.Declaration.Properties.Where(p => p.NameToken.Text == "notify"))
            {
                foreach (var value in property.Values)
                {
                    if (value.Expression is not NameExpressionSyntax { IdentifierToken: { IsMissing: false } token }
                        || Roles.Contains(token.Text)
                        || context.Program.Table.Lookup(token.Text) is StakeholderSymbol)
                    {
                        continue;
                    }

                    var suggestion = NameSuggester.Suggest(token.Text, stakeholders.Concat(Roles));
                    var diagnostic = Diagnostic.Create(DiagnosticDescriptors.NotifyNamesNobody, token.GetLocation(), token.Text, alert.Name);
                    if (suggestion is not null)
                    {
                        diagnostic = diagnostic.WithFix(CodeFix.Replace("Fix_Rename", token.Span, suggestion, suggestion));
                    }

                    context.Diagnostics.Add(diagnostic);
                }
            }
        }
    }
}
