using System.Globalization;
using PilotSpec.LanguageServer.Text;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>A server session as a typical client negotiates it (UTF-16, snippets, markdown), for tests below the protocol.</summary>
public static class TestSessions
{
    public static ServerSession Typical() =>
        new(PositionEncoding.Utf16, CultureInfo.InvariantCulture, rootFolder: null, snippets: true, markdown: true, hierarchicalSymbols: true);
}
