namespace PilotSpec.LanguageServer.Server;

/// <summary>Sends notifications to the client (diagnostics, log messages).</summary>
public interface IClientNotifier
{
    Task NotifyAsync(string method, object parameters);
}
