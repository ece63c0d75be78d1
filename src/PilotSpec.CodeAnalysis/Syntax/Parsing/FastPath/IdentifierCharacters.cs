using System.Globalization;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>How the fast lexer sees a character with respect to names.</summary>
internal enum NameCharacter
{
    /// <summary>May start a name (and continue one).</summary>
    Start,

    /// <summary>May continue a name but not start one (digits, combining marks...).</summary>
    Part,

    /// <summary>Not part of a name.</summary>
    None,

    /// <summary>Not classified here: the file goes to the ANTLR lexer.</summary>
    Unknown,
}

/// <summary>
/// The identifier character classes of grammar/PilotLexer.g4 (IDENTIFIER_START and
/// IDENTIFIER_PART). ANTLR's classes come from the Unicode version of the tool that
/// generated the lexer, .NET's from the runtime's, and newer Unicode versions assign new
/// letters. So this class answers only for scripts whose letters were all assigned long
/// ago (ASCII, Latin, combining marks, Greek, Cyrillic, kana, Hangul, CJK ideographs) and
/// says <see cref="NameCharacter.Unknown"/> for anything else, which sends the file to the
/// ANTLR lexer. A test compares the answers with the ANTLR lexer on every BMP character.
/// </summary>
internal static class IdentifierCharacters
{
    public static NameCharacter Classify(char c)
    {
        if (c < 0x80)
        {
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_')
            {
                return NameCharacter.Start;
            }

            return (uint)(c - '0') <= 9 ? NameCharacter.Part : NameCharacter.None;
        }

        if (c >= 0x4E00 && c <= 0x9FFF)
        {
            return NameCharacter.Start; // CJK Unified Ideographs: all letters since Unicode 14
        }

        switch (c)
        {
            // The separators and punctuation the language itself gives meaning to end a name.
            case '\u2028': case '\u2029': case '\u3000':
            case '（': case '）': case '：': case '；': case '，': case '、': case '“': case '”':
                return NameCharacter.None;
            case '\uFEFF':
                return NameCharacter.Part; // a format character (Cf): whitespace alone, part of a name after one
        }

        return IsLongAssigned(c) ? FromCategory(CharUnicodeInfo.GetUnicodeCategory(c)) : NameCharacter.Unknown;
    }

    private static bool IsLongAssigned(char c) =>
        c < 0x0250                        // Latin-1, Latin Extended-A and -B
        || (c >= 0x0300 && c <= 0x052F)   // combining diacritics, Greek, Cyrillic
        || (c >= 0x3040 && c <= 0x30FF)   // Hiragana, Katakana
        || (c >= 0x3400 && c <= 0x4DBF)   // CJK Extension A
        || (c >= 0xAC00 && c <= 0xD7A3);  // Hangul syllables

    private static NameCharacter FromCategory(UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return NameCharacter.Start;
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.Format:
                return NameCharacter.Part;
            default:
                return NameCharacter.None;
        }
    }
}
