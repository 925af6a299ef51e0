using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>workspace/symbol</c>: the functions and types of the index that match the query (lexically), as LSP symbols.</summary>
internal sealed class WorkspaceSymbolHandler(ServerContext context)
{
    public const string Method = "workspace/symbol";

    public async Task<IReadOnlyList<SymbolInformation>> HandleAsync(JsonElement parameters, CancellationToken cancellationToken)
    {
        context.Session.RequireRunning(Method);
        var request = context.Read<WorkspaceSymbolParams>(parameters, Method);
        if (request.Query.Length > WorkspaceSearch.MaxQueryLength)
        {
            throw LspErrors.Invalid($"'{Method}': query is {request.Query.Length} characters; the limit is {WorkspaceSearch.MaxQueryLength}.");
        }
        return await new WorkspaceSearch(context.Indexes).SymbolsAsync(request.Query, cancellationToken).ConfigureAwait(false);
    }
}
