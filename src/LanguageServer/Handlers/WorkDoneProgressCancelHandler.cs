using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>window/workDoneProgress/cancel</c>: the user cancelled the indexing progress; the run stops and what was committed stays.</summary>
internal sealed class WorkDoneProgressCancelHandler(ServerContext context)
{
    public const string Method = "window/workDoneProgress/cancel";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var token = context.Read<WorkDoneProgressCancelParams>(parameters, Method).Token;
        var text = token.ValueKind == JsonValueKind.String ? token.GetString()! : token.GetRawText();
        if (!context.Indexes.Cancel(text))
        {
            context.Log.Info($"cancel for progress '{text}' ignored: no such progress is running");
        }
    });
}
