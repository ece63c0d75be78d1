using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A server response made fit for a snapshot: file: URIs (in values and as WorkspaceEdit
/// keys) become bare file names, so the snapshot is the same on every machine.
/// </summary>
public static class SnapshotJson
{
    public static JToken From(JsonElement element) => Normalise(JToken.Parse(element.GetRawText()));

    private static JToken Normalise(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                var result = new JObject();
                foreach (var property in obj.Properties())
                {
                    result[FileNameOf(property.Name)] = Normalise(property.Value);
                }

                return result;
            case JArray array:
                return new JArray(array.Select(Normalise));
            case JValue { Type: JTokenType.String } value:
                return new JValue(FileNameOf((string)value!));
            default:
                return token.DeepClone();
        }
    }

    private static string FileNameOf(string text) =>
        text.StartsWith("file:", StringComparison.Ordinal) ? "file:///…/" + System.IO.Path.GetFileName(new Uri(text).LocalPath) : text;
}
