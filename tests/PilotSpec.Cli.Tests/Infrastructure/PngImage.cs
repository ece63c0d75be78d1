using System.Buffers.Binary;
using System.IO.Compression;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>
/// Just enough of a PNG decoder to look at a browser screenshot: 8-bit RGB or RGBA,
/// not interlaced (what Chromium writes). System.Drawing is Windows-only, and the tests
/// need no image package for this: the chunks are read by hand, IDAT is inflated with
/// ZLibStream and the scanline filters are undone as the PNG specification says.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The colour at (x, y) as 0xRRGGBB (alpha ignored: screenshots are opaque).</summary>
    public int Rgb(int x, int y)
    {
        var i = ((y * Width) + x) * _channels;
        return (_pixels[i] << 16) | (_pixels[i + 1] << 8) | _pixels[i + 2];
    }

    public static PngImage Decode(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file: the signature is missing.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        var offset = Signature.Length;
        while (offset + 12 <= file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    if (bitDepth != 8 || (colourType != 2 && colourType != 6) || interlace != 0)
                    {
                        throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, colour type {colourType}, interlace {interlace}.");
                    }

                    channels = colourType == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    return new PngImage(width, height, channels, Unfilter(compressed.ToArray(), width, height, channels));
            }

            offset += 12 + length;
        }

        throw new InvalidDataException("The PNG ends before its IEND chunk.");
    }

    private static byte[] Unfilter(byte[] zlib, int width, int height, int channels)
    {
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        if (raw.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"The image data has {raw.Length} bytes; {width}x{height}x{channels} needs {height * (stride + 1)}.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? row[i - channels] : 0, b = above[i], c = i >= channels ? above[i - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                };
                row[i] = (byte)(source[i] + predicted);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
