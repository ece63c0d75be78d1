using System.Resources;
using Microsoft.CodeAnalysis;

namespace PilotSpec.Generator;

/// <summary>The generator's own messages (PSG codes), in English and Chinese, from GeneratorMessages.resx.</summary>
internal static class GeneratorMessages
{
    private static readonly ResourceManager Resources = new("PilotSpec.Generator.GeneratorMessages", typeof(GeneratorMessages).Assembly);

    public static LocalizableString Get(string name) => new LocalizableResourceString(name, Resources, typeof(GeneratorMessages));
}
