using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>
/// Pieces of .pilot text, good and bad: random characters alone rarely make the parser do
/// anything interesting, random *tokens* reach deep into its error recovery.
/// </summary>
internal static class LanguageFragments
{
    public static IReadOnlyList<string> Keywords { get; } = SyntaxFacts.Keywords.ToArray();

    public static IReadOnlyList<string> Punctuation { get; } =
        Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsPunctuation).Select(k => SyntaxFacts.GetText(k)!).ToArray();

    public static IReadOnlyList<string> Literals { get; } =
    [
        "\"A City\"", "\"unterminated", "\"bad \\q escape\"", "\"\\u4E2D\\n\\t\\\"\"", "\"\\u12\"", "\"ends in backslash\\\"",
        "62%", "12.5%", "15pp", "1_000_000", "3.5", "0", "2019-03-01", "2019-3-1", "2019-13-01", "2019-02-29",
        "100000000000000000000000000000000", "true", "false",
    ];

    public static IReadOnlyList<string> Names { get; } =
        ["a", "x_1", "clearance_rate", "东城区", "指标", "_", "months", "points", "CNY", "e\u0301"];

    public static IReadOnlyList<string> Trivia { get; } =
        [" ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u00A0", "\u3000", "\uFEFF", "\f", "\v",
         "// note\n", "//", "/* c */", "/*", "*/", "/* unterminated", "/** x **/"];

    /// <summary>Text the lexer has no rule for, and text outside the Basic Multilingual Plane.</summary>
    public static IReadOnlyList<string> Oddities { get; } =
        ["@", "#", "$", "\\", "`", "~", "?", "!", "&", "|", "\0", "\u0001", "\u007F", "\u0085", "𠀀", "😀", "\U0001F1E8\U0001F1F3", "\uFFFD", "\uFFFF"];

    public static IReadOnlyList<string> All { get; } =
        [.. Keywords, .. Punctuation, .. Literals, .. Names, .. Trivia, .. Oddities];

    /// <summary>Lines of real specs, to splice whole statements into texts.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        "pilot P \"Title\" {\n", "}\n", "goal g {\n", "indicator i {\n", "site 东城区 { level: county }\n",
        "wave first = [东城区, 西城区]\n", "phase Launch { start: 2019-03-01; duration: 3 months; in: first }\n",
        "baseline: 62% on 2018-12-31\n", "target: +15 points by 2021-02-28\n", "measured: quarterly from \"system\"\n",
        "when: response_time > 20 minutes for 2 consecutive months at any site\n",
        "require: clearance_rate.change >= +15 points at all sites in first\n",
        "require: security_satisfaction >= 85% at 80% of sites\n", "decide: scale_up when all met\n",
        "evaluation final at end of Implementation {\n", "after: Launch + 9 months\n", "import \"other.pilot\"\n",
        "x: not (a and b) or c\n", "measures: a weight 0.6, b weight 0.4;\n",
    ];
}
