using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// A type in words, with its article ("a number in days", 以days计的数值), in the culture the
/// message is rendered in: what PS0203 and PS0211 say a value is.
/// </summary>
internal static class TypeDescription
{
    public static ILocalizable Of(PilotType type) => type switch
    {
        NumberType { Unit.Dimension: Dimension.Scalar } => new LocalizedWord("Type_Number"),
        NumberType number => new LocalizedWord("Type_NumberIn", number.Unit.ToString()),
        ChangeType change => new LocalizedWord("Type_Change", change.IndicatorUnit.ToString()),
        BooleanType { PerSite: true } => new LocalizedWord("Type_ConditionPerSite"),
        BooleanType => new LocalizedWord("Type_Condition"),
        DateType => new LocalizedWord("Type_Date"),
        DurationType duration => new LocalizedWord("Type_Duration", duration.Unit.ToString()),
        StringType => new LocalizedWord("Type_Text"),
        SiteSetType => new LocalizedWord("Type_SiteSet"),
        WordType => new LocalizedWord("Type_Word"),
        _ => new LocalizedWord("Type_Unknown"),
    };
}
