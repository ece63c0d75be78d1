using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// A piece of the spec as written (a criterion, a condition), for people reading the
/// schedule. Line ends become "\n": a spec checked out with CRLF on Windows must give the
/// same bytes as on Linux.
/// </summary>
internal static class SpecText
{
    public static string Of(SyntaxNode node) => Normalize(node.ToString());

    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
