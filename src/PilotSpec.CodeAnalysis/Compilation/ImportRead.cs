namespace PilotSpec.CodeAnalysis;

/// <summary>Why an import was not read.</summary>
public enum ImportRefusal
{
    /// <summary>It was read.</summary>
    None,

    /// <summary>No such file (PS0105).</summary>
    NotFound,

    /// <summary>Outside every folder the project lets a spec read (PS0801).</summary>
    OutsideProjectRoot,

    /// <summary>A directory, a device, a FIFO or a socket, not a regular file (PS0802).</summary>
    NotARegularFile,

    /// <summary>Larger than a spec may be (PS0803).</summary>
    TooLarge,

    /// <summary>Not UTF-8 (PS0804).</summary>
    NotUtf8,
}

/// <summary>An import's text, or why it was refused, with what the diagnostic shows (a folder, a limit, a byte offset: never the file's content).</summary>
public readonly struct ImportRead
{
    private ImportRead(string? text, ImportRefusal refusal, string detail)
    {
        Text = text;
        Refusal = refusal;
        Detail = detail;
    }

    public string? Text { get; }

    public ImportRefusal Refusal { get; }

    public string Detail { get; }

    public static ImportRead Read(string text) => new(text, ImportRefusal.None, string.Empty);

    public static ImportRead Refused(ImportRefusal refusal, string detail = "") => new(null, refusal, detail);
}

/// <summary>
/// A resolver that checks what a spec may read (<see cref="FileSystemSourceResolver"/>): only
/// regular files inside the project, of a bounded size, in UTF-8. The compilation calls it
/// instead of <see cref="ISourceResolver.TryReadText"/> to say why an import was refused.
/// </summary>
public interface ICheckedSourceResolver : ISourceResolver
{
    /// <summary>Reads <paramref name="path"/>, imported (directly or not) by the spec <paramref name="rootSpec"/>.</summary>
    ImportRead ReadImport(string rootSpec, string path);
}
