using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>$/setTrace</c>: <c>off</c>, <c>messages</c> or <c>verbose</c>; traced lines go to the client as <c>$/logTrace</c>.</summary>
internal sealed class SetTraceHandler(ServerContext context)
{
    public const string Method = "$/setTrace";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var request = context.Read<Protocol.SetTraceParams>(parameters, Method);
        if (request.Value is not ("off" or "messages" or "verbose"))
        {
            throw Protocol.LspErrors.Invalid($"trace value '{request.Value}' is not off, messages or verbose");
        }
        context.Log.TraceLevel = request.Value;
        context.Log.Info($"trace set to {request.Value}");
    });
}
