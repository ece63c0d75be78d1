using System.Text;

namespace PilotSpec.Cli.Inputs;

/// <summary>
/// Reads spec files as UTF-8. A leading byte order mark is dropped before parsing, so it
/// neither shifts the first line's columns nor shows up as an invalid character. Bytes that
/// are not UTF-8 are a tool failure rather than U+FFFD in the text: a spec silently changed
/// by decoding would be checked as something other than what is on disk.
/// </summary>
public static class SpecFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads every file; if any cannot be read, reports all of them.</summary>
    /// <exception cref="ToolFailureException">At least one file could not be read or is not UTF-8.</exception>
    public static IReadOnlyList<SpecSource> ReadAll(IEnumerable<SpecInput> inputs)
    {
        var sources = new List<SpecSource>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            if (TryRead(input, out var source, out var problem))
            {
                sources.Add(source);
            }
            else
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new ToolFailureException(problems);
        }

        return sources;
    }

    public static bool TryRead(SpecInput input, out SpecSource source, out string problem)
    {
        source = null!;
        problem = "";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(input.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"{input.DisplayPath}: cannot read the file: {e.Message}";
            return false;
        }

        return TryDecode(input.DisplayPath, bytes, out source, out problem);
    }

    public static bool TryDecode(string displayPath, byte[] bytes, out SpecSource source, out string problem)
    {
        source = null!;
        problem = "";
        var content = bytes.AsSpan();
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }

        try
        {
            source = new SpecSource(displayPath, StrictUtf8.GetString(content));
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" (byte offset {e.Index + (bytes.Length - content.Length)})" : "";
            problem = $"{displayPath}: the file is not valid UTF-8{offset}; save it as UTF-8.";
            return false;
        }
    }
}
