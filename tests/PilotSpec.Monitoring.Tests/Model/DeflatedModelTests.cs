using System.IO.Compression;
using System.Text;

namespace PilotSpec.Monitoring.Tests.Model;

/// <summary>A large pilot's monitor embeds its model deflated, in base64 parts that each decode alone.</summary>
public sealed class DeflatedModelTests
{
    private const string Model = """
        {
          "format": "pilotspec-model", "version": 1,
          "pilot": { "name": "全国试点" },
          "sites": [ { "code": "安县0", "role": "pilot" }, { "code": "平县1", "role": "comparison" } ],
          "siteSets": { "pilot_sites": [ "安县0" ] },
          "indicators": [], "evaluations": [], "alerts": []
        }
        """;

    [Fact]
    public void Parts_of_deflated_text_read_as_the_text_does()
    {
        var deflated = Deflate(Model);
        // Split after 3 bytes (4 base64 characters): each part decodes alone.
        var parts = new[] { Convert.ToBase64String(deflated, 0, 3), Convert.ToBase64String(deflated, 3, deflated.Length - 3) };

        var definition = PilotModel.ReadDeflated(parts);

        Assert.Equal("全国试点", definition.Name);
        Assert.Equal(new[] { "安县0", "平县1" }, definition.Sites.Select(s => s.Code));
        Assert.Equal(SiteRole.Comparison, definition.FindSite("平县1")?.Role);
    }

    [Fact]
    public void Base64_that_is_not_deflated_text_is_a_format_error()
    {
        // 0xFF 0xFF 0xFF: a deflate block of the reserved type 3.
        Assert.Throws<FormatException>(() => PilotModel.ReadDeflated(new[] { "////" }));
        Assert.Throws<FormatException>(() => PilotModel.ReadDeflated(new[] { "not base64!" }));
    }

    private static byte[] Deflate(string text)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            deflate.Write(bytes, 0, bytes.Length);
        }

        return output.ToArray();
    }
}
