using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>initialized</c>: starts background indexing and, where the client allows it, watches the workspace's files.</summary>
internal sealed class InitializedHandler(ServerContext context)
{
    public const string Method = "initialized";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        _ = parameters;
        context.Indexes.Start(context.Folders.All);
        if (context.Session.Capabilities.WatchedFilesRegistration)
        {
            _ = context.Channel.RequestAsync<object>("client/registerCapability", new
            {
                registrations = new[]
                {
                    new
                    {
                        id = "codeintel-watched-files",
                        method = DidChangeWatchedFilesHandler.Method,
                        registerOptions = new { watchers = new[] { new { globPattern = "**/*" } } },
                    },
                },
            });
        }
    });
}
