using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>A type in a message: "a number in minutes" / "以 minutes 为单位的数字".</summary>
public sealed class TypePhrase : ILocalizable
{
    public TypePhrase(PilotType type) => Type = type;

    public PilotType Type { get; }

    public string ToString(CultureInfo culture)
    {
        var phrase = Type switch
        {
            NumberType { Unit.Dimension: Dimension.Scalar } => new Phrase("Type_Number"),
            NumberType number => new Phrase("Type_NumberIn", number.Unit.ToString()),
            ChangeType change => new Phrase("Type_Change", change.IndicatorUnit.ToString()),
            BooleanType { PerSite: true } => new Phrase("Type_ConditionPerSite"),
            BooleanType => new Phrase("Type_Condition"),
            DateType => new Phrase("Type_Date"),
            DurationType duration => new Phrase("Type_NumberIn", duration.Unit.ToString()),
            StringType => new Phrase("Type_Text"),
            SiteSetType => new Phrase("Type_Sites"),
            WordType => new Phrase("Type_Word"),
            _ => new Phrase("Type_Unknown"),
        };
        return phrase.ToString(culture);
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
