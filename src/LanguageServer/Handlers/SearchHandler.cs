using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// <c>codeIntel/search</c>: hybrid, lexical or dense search over every folder's index, answered while indexing
/// runs (lexical results come as soon as files are committed). A newer keystroke's search cancels this one through
/// <c>$/cancelRequest</c>, which reaches the engine through the token.
/// </summary>
internal sealed class SearchHandler(ServerContext context)
{
    public const string Method = "codeIntel/search";

    public async Task<SearchAnswer> HandleAsync(JsonElement parameters, CancellationToken cancellationToken)
    {
        context.Session.RequireRunning(Method);
        var request = context.Read<SearchParams>(parameters, Method);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw LspErrors.Invalid("'codeIntel/search': query is empty; type what you are looking for.");
        }
        if (request.Query.Length > WorkspaceSearch.MaxQueryLength)
        {
            throw LspErrors.Invalid($"'codeIntel/search': query is {request.Query.Length} characters; the limit is {WorkspaceSearch.MaxQueryLength}.");
        }
        if (request.K is < 1 or > WorkspaceSearch.MaxResults)
        {
            throw LspErrors.Invalid($"'codeIntel/search': k must be from 1 to {WorkspaceSearch.MaxResults}, not {request.K}.");
        }
        var answer = await new WorkspaceSearch(context.Indexes).SearchAsync(request, cancellationToken).ConfigureAwait(false);
        context.Log.Trace($"search '{request.Query}': {answer.Results.Count} results in {answer.ElapsedMs:0} ms");
        return answer;
    }
}
