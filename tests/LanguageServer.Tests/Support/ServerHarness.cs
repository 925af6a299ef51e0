using System.Text.Json.Nodes;
using CodeIntel.LanguageServer.Bench;

namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>
/// One real server process over stdio with a temp workspace and a temp index folder, pointed at the test model
/// (fp32, so no int8 variant is built per run). Every helper waits for messages; none sleeps.
/// </summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _index = new();
    private readonly TempDirectory _home = new();

    public ServerHarness(ModelFixture model, bool writeFixture = true)
    {
        Model = model;
        if (writeFixture)
        {
            FixtureWorkspace.WriteTo(Workspace);
        }
        // HOME and XDG_CACHE_HOME point at a temp folder so nothing is written to the user's cache.
        Client = LspProcessClient.Start(LspProcessClient.DefaultServerDll, new Dictionary<string, string>
        {
            ["HOME"] = _home.Root,
            ["XDG_CACHE_HOME"] = _home.PathOf("cache"),
        });
    }

    public ModelFixture Model { get; }

    public TempDirectory Workspace { get; } = new();

    public LspProcessClient Client { get; }

    public string WorkspaceUri => Uri(Workspace.Root);

    public static string Uri(string path) => new System.Uri(path).AbsoluteUri;

    public string UriOf(string relative) => Uri(Workspace.PathOf(relative));

    public static object Capabilities(bool progress = true, bool literals = true) => new
    {
        window = new { workDoneProgress = progress },
        workspace = new { workspaceFolders = true, didChangeWatchedFiles = new { dynamicRegistration = true } },
        textDocument = literals
            ? new { codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "refactor" } } } }, publishDiagnostics = new { } }
            : (object)new { publishDiagnostics = new { } },
    };

    /// <summary>initialize + initialized for the given folders (default: the fixture workspace); returns the initialize response.</summary>
    public async Task<JsonObject> StartAsync(IEnumerable<string>? folderPaths = null, object? capabilities = null)
    {
        var folders = (folderPaths ?? [Workspace.Root]).Select(p => new { uri = Uri(p), name = Path.GetFileName(p) }).ToArray();
        var response = await Client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            capabilities = capabilities ?? Capabilities(),
            workspaceFolders = folders,
            initializationOptions = new { modelDirectory = Model.ModelDirectory, quantized = false, indexDirectory = _index.Root },
        }, Patience);
        await Client.NotifyAsync("initialized", new { });
        return response;
    }

    /// <summary>Waits until every folder's index reports <paramref name="state"/> (default ready) with at least <paramref name="minChunks"/> chunks.</summary>
    public Task<JsonObject> WaitForIndexAsync(int folders = 1, string state = "ready", int minChunks = 1) =>
        Client.WaitForNotificationAsync("codeIntel/indexStatus", p =>
        {
            var list = p?["folders"]?.AsArray();
            return list is not null && list.Count == folders && list.All(f => (string?)f?["state"] == state && (long?)f?["chunks"] >= minChunks);
        }, Patience);

    public Task<JsonObject> SearchAsync(string query, string? mode = null, int? k = null, string[]? languages = null) =>
        Client.RequestAsync("codeIntel/search", new { query, mode, k, languages }, Patience);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Workspace.Dispose();
        _index.Dispose();
        _home.Dispose();
    }
}
