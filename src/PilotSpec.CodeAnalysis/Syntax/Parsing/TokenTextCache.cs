namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// Shares the strings of short, repeated token texts (indentation, line ends, keywords,
/// punctuation, common names) within one parse: a 100k-line spec has a million tokens and
/// trivia but only a few thousand distinct short texts, and every one of them stays alive
/// in the tree. A fixed table of slots, newest wins on a collision, so it never grows.
/// </summary>
internal sealed class TokenTextCache
{
    private const int MaxLength = 24;
    private const int Slots = 4096; // a power of two

    private readonly string?[] _slots = new string?[Slots];

    public string Substring(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var hash = (uint)length * 2654435761u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot is { } cached && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            return cached;
        }

        return slot = text.Substring(start, length);
    }
}
