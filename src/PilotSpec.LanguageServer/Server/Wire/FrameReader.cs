using System.Globalization;
using System.Text;

namespace PilotSpec.LanguageServer.Server.Wire;

/// <summary>One LSP frame as it came: its body bytes, and the charset its header named if not UTF-8.</summary>
public readonly record struct Frame(byte[] Body, string? ForeignCharset);

/// <summary>
/// Reads LSP frames (header lines, a blank line, Content-Length bytes of body) from the client,
/// forgiving what a client or a proxy gets wrong instead of giving up on the connection: header
/// names in any case (they are HTTP-style), a header block that makes no sense (skipped, and the
/// reader picks up again at the next <c>Content-Length:</c>), a body larger than the server will
/// hold (read past and dropped). Only the end of the input ends the frames.
/// </summary>
public sealed class FrameReader
{
    /// <summary>The largest body kept: a larger one is read past, not held in memory.</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LengthName = "content-length:"u8.ToArray();

    private readonly Stream _input;
    private readonly Action<string> _warn;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public FrameReader(Stream input, Action<string> warn)
    {
        _input = input;
        _warn = warn;
    }

    /// <summary>The next frame, or null at the end of the input (a frame cut off by it included).</summary>
    public async Task<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var header = await ReadHeaderBlockAsync(cancellationToken).ConfigureAwait(false);
            if (header is null)
            {
                return null;
            }

            if (!TryParseHeader(header, out var length, out var charset, out var problem))
            {
                // "garbage\r\nContent-Length: 52": the lines before the real header are left
                // over from a frame that went wrong; the header after them may still be good.
                var text = Encoding.ASCII.GetString(header);
                var at = text.Length > 1 ? text.IndexOf("Content-Length:", 1, StringComparison.OrdinalIgnoreCase) : -1;
                if (at < 0 || !TryParseHeader(header[at..], out length, out charset, out _))
                {
                    _warn($"Skipped a frame header that is not LSP ({problem}): {Describe(header)}");
                    continue;
                }

                _warn($"Skipped {at} bytes before a frame header: {Describe(header[..at])}");
            }

            if (length > MaxBodyBytes)
            {
                _warn($"Skipped a message of {length} bytes: the server takes at most {MaxBodyBytes}.");
                if (!await SkipAsync(length, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                continue;
            }

            var body = new byte[length];
            if (!await ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new Frame(body, charset);
        }
    }

    // The bytes up to and without the blank line. Garbage before a header (the rest of a body
    // whose Content-Length was wrong, a lost frame) is dropped up to the next "Content-Length:".
    private async Task<byte[]?> ReadHeaderBlockAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var endAt = IndexOf(HeaderEnd, _start);
            if (endAt >= 0)
            {
                var start = _start;
                var lengthAt = IndexOfIgnoreCase(LengthName, start, endAt);
                _start = endAt + HeaderEnd.Length;
                if (lengthAt > start && !IsLineStart(lengthAt, start))
                {
                    // "…garbage…Content-Length: 52": keep the header, drop what ran into it.
                    _warn($"Skipped {lengthAt - start} bytes before a frame header.");
                    start = lengthAt;
                }

                return _buffer.AsSpan(start, endAt - start).ToArray();
            }

            if (_end - _start >= MaxHeaderBytes)
            {
                // No blank line within any sane header size: drop up to the next Content-Length.
                var lengthAt = IndexOfIgnoreCase(LengthName, _start + 1, _end);
                var resume = lengthAt >= 0 ? lengthAt : _end - (LengthName.Length - 1);
                _warn($"Skipped {resume - _start} bytes that are not a frame header.");
                _start = resume;
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end > _start)
                {
                    _warn($"The input ended inside a frame header ({_end - _start} bytes).");
                }

                return null;
            }
        }
    }

    private bool IsLineStart(int at, int blockStart) => at == blockStart || (at >= 2 && _buffer[at - 1] == '\n' && _buffer[at - 2] == '\r');

    private static bool TryParseHeader(byte[] header, out int length, out string? charset, out string problem)
    {
        length = -1;
        charset = null;
        problem = string.Empty;
        var text = Encoding.ASCII.GetString(header);
        foreach (var line in text.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problem = "a line is not 'Name: value'";
                return false;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (length >= 0)
                {
                    problem = "Content-Length appears twice";
                    return false;
                }

                if (value.Length == 0 || value.Length > 10 || !value.All(char.IsAsciiDigit)
                    || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > int.MaxValue)
                {
                    problem = "Content-Length is not a byte count";
                    return false;
                }

                length = (int)parsed;
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                charset = ForeignCharset(value);
            }
        }

        if (length < 0)
        {
            problem = "no Content-Length";
            return false;
        }

        return true;
    }

    // Null for UTF-8 (or no charset: LSP's default), else the charset named.
    private static string? ForeignCharset(string contentType)
    {
        foreach (var part in contentType.Split(';'))
        {
            var pair = part.Trim();
            if (pair.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                var name = pair["charset=".Length..].Trim().Trim('"');
                return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) ? null : name;
            }
        }

        return null;
    }

    private async Task<bool> ReadExactlyAsync(byte[] body, CancellationToken cancellationToken)
    {
        var copied = Math.Min(body.Length, _end - _start);
        Array.Copy(_buffer, _start, body, 0, copied);
        _start += copied;
        while (copied < body.Length)
        {
            var n = await _input.ReadAsync(body.AsMemory(copied), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                _warn($"The input ended inside a message body ({copied} of {body.Length} bytes).");
                return false;
            }

            copied += n;
        }

        return true;
    }

    private async Task<bool> SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var take = (int)Math.Min(count, _end - _start);
            _start += take;
            count -= take;
        }

        return true;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return true; // full: the caller drops bytes first
        }

        var n = await _input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += n;
        return n > 0;
    }

    private int IndexOf(byte[] needle, int from)
    {
        var found = _buffer.AsSpan(from, _end - from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }

    private int IndexOfIgnoreCase(byte[] lowerNeedle, int from, int to)
    {
        for (var i = from; i + lowerNeedle.Length <= to; i++)
        {
            var j = 0;
            while (j < lowerNeedle.Length && SameIgnoringCase(_buffer[i + j], lowerNeedle[j]))
            {
                j++;
            }

            if (j == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameIgnoringCase(byte b, byte lower) =>
        lower is >= (byte)'a' and <= (byte)'z' ? (b | 0x20) == lower : b == lower;

    // A header is ASCII; anything else is shown escaped, never raw, and cut short.
    private static string Describe(byte[] header)
    {
        var text = new StringBuilder();
        foreach (var b in header.Take(120))
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:x2}");
        }

        return header.Length > 120 ? text.Append('…').ToString() : text.ToString();
    }
}
