using System.Text;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// A binary file opened by mistake: 64 KB of random bytes, decoded the ways a tool might
/// decode them. The parser must not throw and must give back the text.
/// </summary>
public sealed class GarbageInputTests
{
    private const int Size = 64 * 1024;

    [Theory]
    [InlineData(1, "utf-8")]
    [InlineData(2, "utf-8")]
    [InlineData(3, "iso-8859-1")]
    [InlineData(4, "utf-16")]
    public void Random_bytes_decoded_as_text_round_trip(int seed, string encoding)
    {
        var bytes = new byte[Size];
        new Random(seed).NextBytes(bytes);
        var text = Encoding.GetEncoding(encoding).GetString(bytes);

        var tree = SyntaxTree.ParseText(text);

        TreeInvariants.AssertHold(text, tree);
        Assert.NotEmpty(tree.GetDiagnostics());
    }
}
