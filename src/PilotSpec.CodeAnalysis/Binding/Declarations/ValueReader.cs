using System;
using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>
/// Reads typed values out of properties (text, dates, durations, vocabulary words, names),
/// reporting a value of the wrong shape once, in words a policy designer understands.
/// </summary>
internal sealed class ValueReader
{
    private readonly BindingContext _context;

    public ValueReader(BindingContext context) => _context = context;

    private DiagnosticBag Diagnostics => _context.Diagnostics;

    public static ExpressionSyntax? First(PropertySyntax? property) => property is { Values.Count: > 0 } ? property.Values[0].Expression : null;

    public string? Text(PropertySyntax? property)
    {
        var expression = First(property);
        switch (expression)
        {
            case null:
                return null;
            case StringLiteralExpressionSyntax text:
                return text.StringToken.Value as string;
            case NameExpressionSyntax name when !name.IdentifierToken.IsMissing:
                return name.IdentifierToken.Text; // `role: third_party_evaluator`
            case var _ when IsMissing(expression):
                return null; // already a syntax error
            default:
                Expect(property!, expression, new Phrase("Expect_Text"));
                return null;
        }
    }

    public IEnumerable<string> Texts(PropertySyntax? property)
    {
        if (property is null)
        {
            yield break;
        }

        foreach (var value in property.Values)
        {
            switch (value.Expression)
            {
                case StringLiteralExpressionSyntax text when text.StringToken.Value is string s:
                    yield return s;
                    break;
                case NameExpressionSyntax name when !name.IdentifierToken.IsMissing:
                    if (_context.Table.Lookup(Names.NameText.Of(name.IdentifierToken.Text)) is { } symbol)
                    {
                        _context.RecordReference(name.IdentifierToken, symbol);
                    }

                    yield return name.IdentifierToken.Text;
                    break;
                case NameExpressionSyntax:
                    break;
                default:
                    Expect(property, value.Expression, new Phrase("Expect_Texts"));
                    break;
            }
        }
    }

    public DateTime? Date(PropertySyntax? property) => Date(property, First(property));

    public DateTime? Date(PropertySyntax? property, ExpressionSyntax? expression)
    {
        switch (expression)
        {
            case null:
                return null;
            case DateLiteralExpressionSyntax date:
                return date.DateToken.Value as DateTime?;
            default:
                if (!IsMissing(expression))
                {
                    Expect(property!, expression, new Phrase("Expect_Date"));
                }

                return null;
        }
    }

    public CalendarDuration? Duration(PropertySyntax property, ExpressionSyntax? expression)
    {
        if (expression is null || IsMissing(expression))
        {
            return null;
        }

        if (ExpressionBinder.QuantityOf(expression) is { Unit.Dimension: Dimension.Time } quantity)
        {
            if (quantity.Value <= 0)
            {
                Diagnostics.Report(DiagnosticDescriptors.NonPositiveDuration, expression, expression.ToString());
                return null;
            }

            return new CalendarDuration(quantity.Value, quantity.Unit);
        }

        Expect(property, expression, new Phrase("Expect_Duration"));
        return null;
    }

    /// <summary>A word from a closed vocabulary (`better: higher`), or null after reporting.</summary>
    /// <summary>
    /// The word a property's value is: one of <paramref name="vocabulary"/> (which the message lists
    /// when it is not), or one of <paramref name="synonyms"/>, accepted as well (`推广` for `scale_up`).
    /// </summary>
    public string? Word(PropertySyntax? property, IReadOnlyCollection<string>? vocabulary, IReadOnlyCollection<string>? synonyms = null)
    {
        var expression = First(property);
        if (expression is null || IsMissing(expression))
        {
            return null;
        }

        if (expression is not NameExpressionSyntax name)
        {
            Expect(property!, expression, vocabulary is null ? new Phrase("Expect_Word") : new Phrase("Expect_OneOf", string.Join(", ", vocabulary)));
            return null;
        }

        var word = name.IdentifierToken.Text;
        if (vocabulary is not null && !vocabulary.Contains(word) && synonyms?.Contains(word) != true)
        {
            // A slip of the keyboard (`scaleup`, `推行` for 推广) is offered its word as a quick fix.
            // The words listed are every accepted one: the Chinese decisions as well as the English.
            var accepted = synonyms is null ? vocabulary : vocabulary.Concat(synonyms);
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.UnknownWord, name.GetLocation(), word, property!.NameToken.Text, string.Join(", ", accepted));
            if (NameSuggester.Suggest(word, accepted) is { } suggestion)
            {
                diagnostic = diagnostic.WithFix(CodeFix.Replace("Fix_Rename", name.IdentifierToken.Span, suggestion, suggestion));
            }

            Diagnostics.Add(diagnostic);
            return null;
        }

        return word;
    }

    public T? Reference<T>(PropertySyntax property, ExpressionSyntax? expression, params SymbolKind[] kinds)
        where T : Symbol
    {
        switch (expression)
        {
            case null:
                return null;
            case NameExpressionSyntax name:
                return _context.Resolve(name.IdentifierToken, kinds) as T;
            default:
                if (!IsMissing(expression))
                {
                    Expect(property, expression, new ExpectedKinds(kinds));
                }

                return null;
        }
    }

    public void Expect(PropertySyntax property, ExpressionSyntax expression, ILocalizable what) =>
        Diagnostics.Report(DiagnosticDescriptors.InvalidPropertyValue, expression, property.NameToken.Text, what);

    /// <summary>A value the parser had to invent: already reported as a syntax error.</summary>
    public static bool IsMissing(ExpressionSyntax expression) => expression is NameExpressionSyntax { IdentifierToken.IsMissing: true };

    public static ValueClauseSyntax? Clause(PropertyValueSyntax value, SyntaxKind keyword) =>
        value.Clauses.FirstOrDefault(c => c.Keyword.Kind == keyword);
}
