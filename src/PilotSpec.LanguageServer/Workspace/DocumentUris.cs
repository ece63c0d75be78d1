namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// Document URIs as the client sends them, and the file paths the compiler works with. A
/// file: URI becomes its full local path; any other scheme (untitled:) keeps its URI as
/// its "path", so every open document has a distinct one.
/// </summary>
public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            try
            {
                return Path.GetFullPath(parsed.LocalPath);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return uri;
            }
        }

        return uri;
    }

    public static string FromPath(string path) =>
        Path.IsPathRooted(path) && Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.IsFile ? uri.AbsoluteUri : path;

    public static bool IsFilePath(string path) => Path.IsPathRooted(path) && !path.Contains("://", StringComparison.Ordinal) && !path.StartsWith("untitled:", StringComparison.Ordinal);
}
