using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Server.Wire;

/// <summary>Parameters of <see cref="ScreenedInput.RefuseMethod"/>.</summary>
public sealed record RefusalParams(int Code, string Message);

/// <summary>Answers a message <see cref="ScreenedInput"/> refused, under its id, with its JSON-RPC error.</summary>
public sealed class RefusalTarget
{
    [JsonRpcMethod(ScreenedInput.RefuseMethod, UseSingleObjectParameterDeserialization = true)]
    public void Refuse(RefusalParams parameters) =>
        throw new LocalRpcException(parameters.Message) { ErrorCode = parameters.Code };
}
