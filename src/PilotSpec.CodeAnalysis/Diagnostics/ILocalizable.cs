using System.Globalization;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// A diagnostic argument that is itself words (a token's name, a list of expected
/// tokens), so it is rendered in the culture the message is rendered in.
/// </summary>
public interface ILocalizable
{
    string ToString(CultureInfo culture);
}
