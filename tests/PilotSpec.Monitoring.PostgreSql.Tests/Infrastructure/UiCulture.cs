using System.Globalization;

namespace PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

/// <summary>Sets the current UI culture until disposed: the messages come from it.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
