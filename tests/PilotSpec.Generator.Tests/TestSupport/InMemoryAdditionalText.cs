using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.Generator.Tests.TestSupport;

/// <summary>An additional file as the compiler hands it to generators: a path and its text.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
