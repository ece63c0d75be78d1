using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Declarations;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>Where the dates of an indicator and an evaluation are written, so date findings land on the date.</summary>
internal static class DateSyntax
{
    /// <summary>The `by` date of the target, or the indicator's name.</summary>
    public static SyntaxNode Deadline(IndicatorSymbol indicator) => Clause(indicator, "target", SyntaxKind.ByKeyword);

    /// <summary>The `on` date of the baseline, or the indicator's name.</summary>
    public static SyntaxNode BaselineDate(IndicatorSymbol indicator) => Clause(indicator, "baseline", SyntaxKind.OnKeyword);

    /// <summary>The `at ...` of an evaluation, or its name.</summary>
    public static SyntaxNode Timing(EvaluationSymbol evaluation)
    {
        var declaration = (EvaluationDeclarationSyntax)evaluation.Declaration;
        return (SyntaxNode?)declaration.Timing ?? declaration.Identifier;
    }

    private static SyntaxNode Clause(IndicatorSymbol indicator, string property, SyntaxKind keyword)
    {
        var value = IndicatorProperties.Value(indicator, property);
        var clause = value is null ? null : ValueReader.Clause(value, keyword);
        return (SyntaxNode?)clause?.Expression ?? indicator.Declaration.Identifier;
    }
}
