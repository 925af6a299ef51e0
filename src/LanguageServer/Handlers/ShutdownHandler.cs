using CodeIntel.LanguageServer.Hosting;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>shutdown</c>: stops indexing (what was committed stays) and closes the indexes; then only <c>exit</c> is accepted.</summary>
internal sealed class ShutdownHandler(ServerContext context)
{
    public const string Method = "shutdown";

    public async Task<object?> HandleAsync(CancellationToken cancellationToken)
    {
        context.Session.RequireRunning(Method);
        context.Session.Shutdown();
        if (context.HasIndexes)
        {
            await context.Indexes.DisposeAsync().ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        context.Log.Info("shut down");
        return null;
    }
}
