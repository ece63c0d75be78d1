using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// A type in words, with its article ("a number in days", 以days计的数值), in the culture the
/// message is rendered in: what PS0203 and PS0211 say a value is.
/// </summary>
internal static class TypeDescription
{
    /// <summary>What a value is, with the unit word it is written with when that is a plain number's (`80 score`: a number in score).</summary>
    public static ILocalizable Of(Binding.Bound.BoundExpression value) =>
        Binding.BinaryTyping.DimensionlessWord(value) is { } word ? new Phrase("Type_NumberIn", word) : Of(value.Type);

    public static ILocalizable Of(PilotType type) => type switch
    {
        NumberType { Unit.Dimension: Dimension.Scalar } => new Phrase("Type_Number"),
        NumberType number => new Phrase("Type_NumberIn", number.Unit.ToString()),
        ChangeType { IndicatorUnit.Dimension: Dimension.Scalar } => new Phrase("Type_ChangeOfNumber"),
        ChangeType change => new Phrase("Type_Change", change.IndicatorUnit.ToString()),
        BooleanType { PerSite: true } => new Phrase("Type_ConditionPerSite"),
        BooleanType => new Phrase("Type_Condition"),
        DateType => new Phrase("Type_Date"),
        DurationType duration => new Phrase("Type_Duration", duration.Unit.ToString()),
        StringType => new Phrase("Type_Text"),
        SiteSetType => new Phrase("Type_SiteSet"),
        WordType => new Phrase("Type_Word"),
        _ => new Phrase("Type_Unknown"),
    };
}
