using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

public static class RpcAssert
{
    /// <summary>The request fails with exactly this JSON-RPC error code (StreamJsonRpc maps some codes to their own exception types).</summary>
    public static async Task<RemoteRpcException> FailsWith(int code, Func<Task> request)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(request);
        var actual = error switch
        {
            RemoteInvocationException invocation => invocation.ErrorCode,
            RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
            _ => throw new Xunit.Sdk.XunitException($"Unexpected error {error.GetType().Name}: {error.Message}"),
        };
        Assert.True(code == actual, $"Expected error code {code}, got {actual}: {error.Message}");
        return error;
    }
}
