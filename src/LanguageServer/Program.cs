using CodeIntel.LanguageServer.Bench;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.Retrieval.Embedding;

// Composition root: the only place that reads the command line and the environment.
//   CodeIntel.LanguageServer --stdio [--log FILE]       the language server (what VS Code starts)
//   CodeIntel.LanguageServer bench lsp WORKSPACE [...]   editor-side latency figures (see Bench/LspBenchmark.cs)
if (args.Length > 0 && args[0] == "bench")
{
    return await LspBenchmark.RunAsync(args[1..], Console.Out, Console.Error).ConfigureAwait(false);
}

string? logFile = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--stdio":
            break;
        case "--log" when i + 1 < args.Length:
            logFile = args[++i];
            break;
        case "--help" or "-h":
            Console.Error.WriteLine("usage: CodeIntel.LanguageServer --stdio [--log FILE] | bench lsp WORKSPACE [--queries N] [--index-root DIR] [--model DIR]");
            return 0;
        default:
            // Clients add their own flags (e.g. --clientProcessId); they are noted, not fatal.
            Console.Error.WriteLine($"codeintel language server: ignoring unknown argument '{args[i]}'");
            break;
    }
}

var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
var models = PackagedModelProvider.DefaultCacheDirectory(xdg, home);
var cacheRoot = Path.GetDirectoryName(models)!;
var qdrant = Environment.GetEnvironmentVariable("CODEINTEL_QDRANT_URL");
var defaults = new EngineSettings
{
    IndexRoot = Path.Combine(cacheRoot, "indexes"),
    ModelCacheDirectory = models,
    QdrantUrl = string.IsNullOrWhiteSpace(qdrant) ? null : new Uri(qdrant),
};

using var log = new ServerLog(Console.Error, logFile, TimeProvider.System);
using var stdin = Console.OpenStandardInput();
using var stdout = Console.OpenStandardOutput();
try
{
    return await ServerHost.RunAsync(stdin, stdout, defaults, log, TimeProvider.System).ConfigureAwait(false);
}
catch (Exception e)
{
    log.Error($"the server stopped on an unexpected error: {e}");
    return 1;
}
