using System.Collections.Generic;
using System.Text;

namespace PilotSpec.CodeAnalysis.Names;

/// <summary>
/// A name with each Cyrillic or Greek letter that looks like a Latin one replaced by that
/// letter, in the spirit of Unicode's confusable skeletons (UTS #39): `аре` (Cyrillic) and
/// `ape` (Latin) have one skeleton. Only the look-alikes of the Latin letters are listed — the
/// cases a spec meets — because no served package offers the full confusables table to a
/// netstandard2.0 compiler (ICU4N's is an alpha release the size of the compiler).
/// </summary>
public static class LookAlikeSkeleton
{
    private static readonly Dictionary<char, char> Latin = Build(
        // Cyrillic small and capital letters that pass for Latin ones.
        "аa вb еe іi јj кk оo рp сc уy хx ѕs ԁd ԛq ԝw һh ӏl"
        + " АA ВB ЕE ІI ЈJ КK МM НH ОO РP СC ТT УY ХX ЅS ԚQ ԜW"
        // Greek.
        + " αa οo ρp νv υu ιi κk τt χx"
        + " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");

    public static string Of(string name)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < name.Length; i++)
        {
            if (Latin.TryGetValue(name[i], out var latin))
            {
                builder ??= new StringBuilder(name, 0, i, name.Length);
                builder.Append(latin);
            }
            else
            {
                builder?.Append(name[i]);
            }
        }

        return builder?.ToString() ?? name;
    }

    private static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        foreach (var pair in pairs.Split(' '))
        {
            if (pair.Length == 2 && pair[1] < '\u0080')
            {
                map[pair[0]] = pair[1];
            }
        }

        return map;
    }
}
