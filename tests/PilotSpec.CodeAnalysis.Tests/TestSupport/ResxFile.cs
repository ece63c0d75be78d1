using System.Xml.Linq;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>The name/value pairs of a .resx file in the repository, read as plain XML.</summary>
internal static class ResxFile
{
    public const string Folder = "src/PilotSpec.CodeAnalysis/Diagnostics/Resources";

    public static IReadOnlyDictionary<string, string> Read(string fileName)
    {
        var document = XDocument.Load(Repository.PathOf([.. Folder.Split('/'), fileName]));
        return document.Root!.Elements("data").ToDictionary(
            data => (string)data.Attribute("name")!,
            data => (string?)data.Element("value") ?? string.Empty,
            StringComparer.Ordinal);
    }
}
