using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>initialize</c>: records the client's capabilities and folders, and answers what the server offers in return.</summary>
internal sealed class InitializeHandler(ServerContext context)
{
    public const string Method = "initialize";

    public object Handle(JsonElement parameters, CancellationToken cancellationToken)
    {
        var request = context.Read<InitializeParams>(parameters, Method);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = Merge(context.Defaults, request.InitializationOptions);
        var folders = request.WorkspaceFolders ?? (request.RootUri is { } root ? [new WorkspaceFolderItem(root, Path.GetFileName(root.TrimEnd('/')))] : []);
        foreach (var folder in folders)
        {
            // Checked before any state changes, so a refused initialize can be sent again corrected.
            _ = Workspace.FileUris.ToPath(folder.Uri);
        }
        var capabilities = new ClientCapabilities(parameters.TryGetProperty("capabilities", out var c) ? c.Clone() : default);
        context.Session.Initialize(capabilities);
        foreach (var folder in folders)
        {
            context.Folders.Add(folder.Uri, folder.Name);
        }
        if (request.Trace is ("off" or "messages" or "verbose") and var trace)
        {
            context.Log.TraceLevel = trace;
        }
        context.SetIndexes(new IndexCoordinator(new EngineFactory(settings), context.Channel, context.Session, context.Log, context.Time));
        context.Log.Info($"initialized for {string.Join(", ", context.Folders.All.Select(f => f.Path))}; indexes under {settings.IndexRoot}");
        return new
        {
            capabilities = new
            {
                positionEncoding = "utf-16",
                textDocumentSync = new { openClose = true, change = 2, save = new { includeText = false } },
                workspaceSymbolProvider = true,
                codeActionProvider = capabilities.CodeActionLiterals ? (object)new { codeActionKinds = new[] { CodeActionHandler.Kind } } : true,
                workspace = new { workspaceFolders = new { supported = true, changeNotifications = true } },
                experimental = new { codeIntel = new { search = SearchHandler.Method, translate = TranslateHandler.Method, indexStatus = IndexCoordinator.StatusNotification } },
            },
            serverInfo = new { name = "codeintel", version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString() ?? "0" },
        };
    }

    private static EngineSettings Merge(EngineSettings defaults, ServerInitializationOptions? options)
    {
        if (options is null)
        {
            return defaults;
        }
        if (options.EmbeddingThreads is < 1 or > 64)
        {
            throw new LocalRpcException($"initializationOptions.embeddingThreads must be from 1 to 64, not {options.EmbeddingThreads}.") { ErrorCode = LspErrors.InvalidParams };
        }
        Uri? qdrant = null;
        if (!string.IsNullOrWhiteSpace(options.QdrantUrl) && !Uri.TryCreate(options.QdrantUrl, UriKind.Absolute, out qdrant))
        {
            throw new LocalRpcException($"initializationOptions.qdrantUrl '{options.QdrantUrl}' is not an absolute URL (e.g. http://localhost:6334).") { ErrorCode = LspErrors.InvalidParams };
        }
        return defaults with
        {
            ModelDirectory = string.IsNullOrWhiteSpace(options.ModelDirectory) ? defaults.ModelDirectory : options.ModelDirectory,
            ExitLayer = options.ExitLayer ?? defaults.ExitLayer,
            Quantized = options.Quantized ?? defaults.Quantized,
            QdrantUrl = qdrant ?? defaults.QdrantUrl,
            IndexRoot = string.IsNullOrWhiteSpace(options.IndexDirectory) ? defaults.IndexRoot : Path.GetFullPath(options.IndexDirectory),
            EmbeddingThreads = options.EmbeddingThreads ?? defaults.EmbeddingThreads,
        };
    }
}
