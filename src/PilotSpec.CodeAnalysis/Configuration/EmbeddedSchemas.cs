using System.IO;

namespace PilotSpec.CodeAnalysis.Configuration;

/// <summary>The JSON Schemas of docs/schemas, embedded so `pilotc schema` prints exactly the shipped files.</summary>
public static class EmbeddedSchemas
{
    public static string Read(string fileName)
    {
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream("PilotSpec.Schemas." + fileName)
            ?? throw new FileNotFoundException("The schema is not embedded.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
