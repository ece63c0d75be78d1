using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Bound;

/// <summary>`all` or `all sites` in a site list: every pilot site.</summary>
public sealed class BoundAllSites : BoundExpression
{
    internal BoundAllSites(ExpressionSyntax syntax)
        : base(syntax, PilotType.SiteSet)
    {
    }
}
