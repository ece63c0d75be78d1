using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// One band of an indicator's grades: `良 from 80` holds every value from 80 up to the next
/// band's bound; a band without `from` (`差`) holds every value below the lowest bound.
/// </summary>
/// <param name="Name">The grade's name.</param>
/// <param name="From">Its lower bound; null for the band below every bound.</param>
/// <param name="Syntax">Where the spec writes it.</param>
public sealed record GradeBand(string Name, Quantity? From, ExpressionSyntax Syntax);
