using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// Answers a message <see cref="FrameSanitizer"/> could not accept: an error response under the request's id when
/// it had one, else a visible log line for the user (there is no id to answer).
/// </summary>
internal sealed class RejectMessageHandler(ServerContext context)
{
    public const string Method = FrameSanitizer.RejectMethod;
    public const string NoticeMethod = FrameSanitizer.RejectNoticeMethod;

    public object? Handle(JsonElement parameters, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var rejected = context.Read<RejectedMessageParams>(parameters, Method);
        throw new LocalRpcException(rejected.Message) { ErrorCode = rejected.Code };
    }

    /// <summary>The same message without an id: nothing to answer, so the user is told through the log channel.</summary>
    public void HandleNotification(JsonElement parameters)
    {
        var rejected = context.Read<RejectedMessageParams>(parameters, NoticeMethod);
        _ = context.Channel.NotifyAsync("window/logMessage", new { type = 1, message = $"CodeIntel: a message from the client was rejected: {rejected.Message}" });
    }
}
