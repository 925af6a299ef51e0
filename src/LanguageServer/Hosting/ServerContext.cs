using System.Text.Json;
using CodeIntel.LanguageServer.Diagnostics;
using CodeIntel.LanguageServer.Documents;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Translation.Routing;
using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// What the handlers share for one session. The indexes exist from <c>initialize</c> on, since they depend on the
/// model settings the client sends there.
/// </summary>
internal sealed class ServerContext(
    ServerSession session, ServerLog log, ClientChannel channel, TimeProvider time, EngineSettings defaults,
    TranslationRouter translator, DiagnosticsPublisher diagnostics)
{
    private IndexCoordinator? _indexes;

    public ServerSession Session { get; } = session;

    public ServerLog Log { get; } = log;

    public ClientChannel Channel { get; } = channel;

    public TimeProvider Time { get; } = time;

    /// <summary>The composition root's settings, before the client's <c>initializationOptions</c>.</summary>
    public EngineSettings Defaults { get; } = defaults;

    public TranslationRouter Translator { get; } = translator;

    public DiagnosticsPublisher Diagnostics { get; } = diagnostics;

    public DocumentStore Documents { get; } = new();

    public WorkspaceFolders Folders { get; } = new();

    public JsonSerializerOptions Json { get; } = Protocol.LspJson.CreateOptions();

    /// <summary>The folders' indexes; set by <c>initialize</c>.</summary>
    public IndexCoordinator Indexes => _indexes ?? throw new InvalidOperationException("The indexes exist only after 'initialize'.");

    public bool HasIndexes => _indexes is not null;

    public void SetIndexes(IndexCoordinator indexes) => _indexes = indexes;

    public T Read<T>(JsonElement parameters, string method) => Protocol.LspJson.ReadParams<T>(parameters, method, Json);

    /// <summary>
    /// Runs a notification's body: notifications have no response, so a bad one is logged (and dropped, as LSP asks
    /// before <c>initialize</c>) instead of answered.
    /// </summary>
    public void Notification(string method, Action body)
    {
        if (!Session.IsRunning)
        {
            Log.Warn($"'{method}' dropped: {(Session.ShutdownRequested ? "the server is shutting down" : "it came before 'initialize'")}");
            return;
        }
        try
        {
            body();
        }
        catch (LocalRpcException e)
        {
            Log.Warn($"'{method}' ignored: {e.Message}");
        }
    }
}
