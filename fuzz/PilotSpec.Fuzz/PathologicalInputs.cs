namespace PilotSpec.Fuzz;

/// <summary>
/// Inputs built to hurt a compiler: 64 KiB of garbage, deep or unclosed brackets, strings and
/// comments, very long lines, many tokens. Each must go through the whole pipeline in well
/// under a second. Shared (as a linked file) by `pilotfuzz pathological`, which times them,
/// and by the tests, which bound their time and their allocations. Deterministic.
/// </summary>
public static class PathologicalInputs
{
    public static IReadOnlyDictionary<string, string> All { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var random = new Random(42);
        const string Alphabet = "{}[]()\";:,.%/*+-<>=!\\ \nax19";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["64 KiB of random characters"] = new string(Enumerable.Range(0, 64 * 1024).Select(_ => (char)random.Next(1, 0x3000)).ToArray()),
            ["64 KiB of the language's punctuation"] = new string(Enumerable.Range(0, 64 * 1024).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()),
            ["64 Ki open braces"] = new string('{', 64 * 1024),
            ["64 Ki open parentheses"] = new string('(', 64 * 1024),
            ["64 Ki quotes"] = new string('"', 64 * 1024),
            ["32 Ki comment openers"] = string.Concat(Enumerable.Repeat("/*", 32 * 1024)),
            ["50,000 operators on one line"] = "pilot P { x: " + string.Join(" + ", Enumerable.Range(0, 50_000).Select(i => "a" + i)) + " }",
            ["20,000 sites on one line"] = string.Concat(Enumerable.Repeat("site s; ", 20_000)),
            ["a 1 MB string"] = "pilot P { description: \"" + new string('y', 1_000_000) + "\" }",
            ["5,000 indicators"] = string.Concat(Enumerable.Repeat("indicator i { baseline: 1 on 2019-01-01 } ", 5_000)),
            ["a 64 KiB line of 13,000 identifiers"] = "pilot P { description: " + string.Join(" ", Enumerable.Range(0, 13_000).Select(i => "w" + i % 1000)) + " }",
            ["10,000 nested blocks"] = string.Concat(Enumerable.Repeat("goal g { ", 10_000)) + new string('}', 10_000),
        };
    }
}
