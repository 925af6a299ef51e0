using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel search "QUERY"</c>: searches an indexed repository.</summary>
internal static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("query") { Description = "What you are looking for, in words or identifiers." };
        var repo = new Option<string>("--repo") { Description = "The indexed repository.", DefaultValueFactory = _ => "." };
        var limit = new Option<int>("-k", "--limit") { Description = "Number of results.", DefaultValueFactory = _ => 10 };
        var mode = new Option<SearchMode>("--mode") { Description = "hybrid (default), dense or lexical.", DefaultValueFactory = _ => SearchMode.Hybrid };
        var languages = new Option<string[]>("--lang") { Description = "Only these languages (csharp, python, ...); repeatable.", AllowMultipleArgumentsPerToken = true };
        var glob = new Option<string?>("--path") { Description = "Only paths matching this glob (src/**/*.cs)." };
        var json = new Option<bool>("--json") { Description = "Write the results as JSON." };
        var model = new ModelArguments();
        var command = new Command("search",
            "Search an indexed repository (run 'codeintel index' first). Hybrid search fuses BM25 and embeddings; " +
            "lexical results are served while embeddings are still being computed. Exit codes: 0 done, 1 no index, 2 invalid arguments.")
        {
            query, repo, limit, mode, languages, glob, json,
        };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo)!);
            var indexDirectory = parse.GetValue(model.IndexDir) ?? RetrievalSetup.IndexDirectoryFor(root);
            if (!File.Exists(Path.Combine(indexDirectory, "index.db")))
            {
                await stderr.WriteLineAsync($"codeintel: {root} has no index yet; run 'codeintel index {parse.GetValue(repo)}' first").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var options = await model.EngineOptionsAsync(parse, root, stderr, cancellationToken).ConfigureAwait(false);
            using var engine = SearchEngine.Open(options, cancellationToken);
            if (engine.StaleReason is { } stale)
            {
                await stderr.WriteLineAsync($"codeintel: the index does not match these options ({stale}); run 'codeintel index' with the same options").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var filter = new SearchFilter(parse.GetValue(languages), parse.GetValue(glob));
            var response = await engine.SearchAsync(new SearchRequest(parse.GetValue(query)!, parse.GetValue(limit), parse.GetValue(mode), filter), cancellationToken).ConfigureAwait(false);
            foreach (var note in response.Notes)
            {
                await stderr.WriteLineAsync($"note: {note}").ConfigureAwait(false);
            }
            if (parse.GetValue(json))
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(response.Results, Json)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            var rank = 0;
            foreach (var r in response.Results)
            {
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{++rank,2}. {r.Path}:{r.StartLine}-{r.EndLine}  {r.SymbolPath} ({r.Kind.ToString().ToLowerInvariant()})  score {r.Score:0.000}")).ConfigureAwait(false);
                foreach (var line in r.Snippet.Split('\n').Take(4))
                {
                    await stdout.WriteLineAsync("      " + line).ConfigureAwait(false);
                }
            }
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{response.Results.Count} results in {response.Elapsed.TotalMilliseconds:0} ms ({parse.GetValue(mode).ToString().ToLowerInvariant()})")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
