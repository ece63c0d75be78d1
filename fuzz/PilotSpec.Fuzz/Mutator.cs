using System.Text;

namespace PilotSpec.Fuzz;

/// <summary>
/// Text mutations for a language whose lexer works on characters: structure-aware enough
/// (keywords, literals at their limits, brackets, escapes, comments) to get past the lexer,
/// random enough (deletions, splices, noise) to reach error recovery. Deterministic for a seed.
/// </summary>
internal sealed class Mutator(Random random)
{
    // Tokens and edge-case literals the grammar knows; hostile ones on purpose.
    private static readonly string[] Dictionary =
    [
        "pilot ", "goal ", "indicator ", "site ", "wave ", "group ", "phase ", "alert ", "evaluation ", "stakeholder ",
        "import \"x.pilot\"", "{", "}", "[", "]", "(", ")", ";", ",", ":", ".", "=", "+", "-", "*", "/", "%",
        "<", "<=", ">", ">=", "==", "!=", " on ", " by ", " from ", " against ", " weight ", " when ",
        " at all sites", " at any site", " at 80% of sites", " at 3 of sites", " in wave1", " for 2 consecutive months",
        " not ", " and ", " or ", "start of ", "end of ", "all met", "any met", "none met", " after ", " + ",
        "baseline: 62% on 2018-12-31;", "target: +15 points by 2021-02-28;", "duration: 9 months;", "after: Launch + 9 months;",
        "start: 2019-03-01;", "end: 9999-12-31;", "start: 0001-01-01;", "2019-02-30", "2019-13-01", "0000-00-00", "99999-01-01",
        "79228162514264337593543950335", "79228162514264337593543950336", "99999999999999999999999999999999", "0.0000000000000000000000000001",
        "2147483647 months", "9999999999 years", "-2147483648 days", "1e309", "1.", ".5", "100000000%", "-0",
        "\"", "\"\"", "\"\\u0000\"", "\"\\uD800\"", "\"\\uXYZ\"", "\"\\", "\"*/\"", "\"\\\"); System.Environment.Exit(1); //\"",
        "\"</script>\"", "\"${x}\"", "\"{0}\"", "\"../../etc/passwd\"", "\"C:\\\\x\"",
        "//", "/*", "*/", "/* a */", "\n", "\r\n", "\r", "\t", "\u00A0", "\u3000", "\uFEFF", "\u2028", "\0",
        "东城区", "指标", "\uD800", "\uDC00", "𝒳", "e\u0301", "class", "namespace", "@event", "__x", "_", "1abc",
        "true", "false", "higher", "lower", "quarterly", "monthly", "scale_up", "terminate",
    ];

    public string Mutate(string input, IReadOnlyList<string> corpus)
    {
        var text = new StringBuilder(input);
        var count = 1 + random.Next(random.Next(8) == 0 ? 16 : 4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(text, corpus);
        }

        return text.ToString();
    }

    private void MutateOnce(StringBuilder text, IReadOnlyList<string> corpus)
    {
        switch (random.Next(10))
        {
            case 0 when text.Length > 0: // delete a range
                {
                    var at = random.Next(text.Length);
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(40)));
                    break;
                }

            case 1 when text.Length > 0: // duplicate a range
                {
                    var at = random.Next(text.Length);
                    var length = Math.Min(text.Length - at, 1 + random.Next(80));
                    text.Insert(random.Next(text.Length + 1), text.ToString(at, length));
                    break;
                }

            case 2 when text.Length > 0: // replace a character with noise
                text[random.Next(text.Length)] = RandomChar();
                break;

            case 3 when text.Length > 1: // swap two characters
                {
                    var a = random.Next(text.Length);
                    var b = random.Next(text.Length);
                    (text[a], text[b]) = (text[b], text[a]);
                    break;
                }

            case 4 when corpus.Count > 0: // splice a piece of another input
                {
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var at = random.Next(other.Length);
                        var length = Math.Min(other.Length - at, 1 + random.Next(200));
                        text.Insert(random.Next(text.Length + 1), other.AsSpan(at, length));
                    }

                    break;
                }

            case 5: // repeat a bracket or token many times: nesting and token-count limits
                {
                    var token = Dictionary[random.Next(Dictionary.Length)];
                    var times = random.Next(4) == 0 ? 1 + random.Next(2000) : 1 + random.Next(20);
                    text.Insert(random.Next(text.Length + 1), string.Concat(Enumerable.Repeat(token, times)));
                    break;
                }

            case 6 when text.Length > 0: // truncate
                text.Length = random.Next(text.Length);
                break;

            default: // insert a dictionary token
                text.Insert(random.Next(text.Length + 1), Dictionary[random.Next(Dictionary.Length)]);
                break;
        }
    }

    private char RandomChar() => random.Next(4) switch
    {
        0 => (char)random.Next(0, 0x80),
        1 => (char)random.Next(0, 0x10000),
        2 => "{}[]();:,.\"\\%/*+-<>=!\n"[random.Next(22)],
        _ => (char)random.Next('0', '9' + 1),
    };
}
