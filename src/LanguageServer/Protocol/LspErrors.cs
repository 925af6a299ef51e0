using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>JSON-RPC and LSP error codes, and the exceptions that StreamJsonRpc turns into error responses with them.</summary>
internal static class LspErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int RequestCancelled = -32800;

    public static LocalRpcException Invalid(string message) => new(message) { ErrorCode = InvalidParams };

    public static LocalRpcException Failed(string message) => new(message) { ErrorCode = RequestFailed };

    public static LocalRpcException NotInitialized(string method) =>
        new($"'{method}' was sent before 'initialize': send 'initialize' first and wait for its answer.") { ErrorCode = ServerNotInitialized };

    public static LocalRpcException AfterShutdown(string method) =>
        new($"'{method}' was sent after 'shutdown': the server only accepts 'exit' now.") { ErrorCode = InvalidRequest };
}
