namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>
/// One random edit of a text, the kind a person makes while typing. Places are given in
/// per mille of the text's length so that an edit applies to whatever text it meets, and
/// they never fall inside a surrogate pair: lone surrogates have their own tests, and an
/// edit that made one would hide every other kind of failure behind that one.
/// </summary>
internal abstract record Edit
{
    public abstract string Apply(string text);

    protected static int Place(string text, int perMille)
    {
        var position = (int)((long)text.Length * perMille / 1000);
        return position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1])
            ? position - 1
            : position;
    }
}

internal sealed record DeleteRange(int AtPerMille, int Length) : Edit
{
    public override string Apply(string text)
    {
        var start = Place(text, AtPerMille);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && char.IsLowSurrogate(text[end]) && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return text.Remove(start, end - start);
    }
}

internal sealed record Insert(int AtPerMille, string Fragment) : Edit
{
    public override string Apply(string text) => text.Insert(Place(text, AtPerMille), Fragment);
}

internal sealed record DuplicateLine(int LinePerMille) : Edit
{
    public override string Apply(string text)
    {
        var lines = text.Split('\n');
        var index = (int)((long)(lines.Length - 1) * LinePerMille / 1000);
        return string.Join('\n', lines.Take(index + 1).Append(lines[index]).Concat(lines.Skip(index + 1)));
    }
}

internal sealed record SwapCharacters(int FirstPerMille, int SecondPerMille) : Edit
{
    public override string Apply(string text)
    {
        var first = Place(text, FirstPerMille);
        var second = Place(text, SecondPerMille);
        if (first >= text.Length || second >= text.Length || char.IsSurrogate(text[first]) || char.IsSurrogate(text[second]))
        {
            return text;
        }

        var characters = text.ToCharArray();
        (characters[first], characters[second]) = (characters[second], characters[first]);
        return new string(characters);
    }
}

internal sealed record Truncate(int AtPerMille) : Edit
{
    public override string Apply(string text) => text.Substring(0, Place(text, AtPerMille));
}
