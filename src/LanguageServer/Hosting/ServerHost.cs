using System.IO.Pipelines;
using System.Reflection;
using CodeIntel.LanguageServer.Diagnostics;
using CodeIntel.LanguageServer.Handlers;
using CodeIntel.LanguageServer.Indexing;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace CodeIntel.LanguageServer.Hosting;

/// <summary>
/// One LSP session over a pair of streams: the sanitizer in front, StreamJsonRpc with header-delimited framing and
/// System.Text.Json, one handler per method. Returns the process exit code when the client sends <c>exit</c> or
/// closes the stream.
/// </summary>
internal static class ServerHost
{
    public static async Task<int> RunAsync(Stream input, Stream output, EngineSettings defaults, ServerLog log, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var incoming = new Pipe();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions = Protocol.LspJson.CreateOptions();
        using var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(output), incoming.Reader, formatter);
        using var rpc = new JsonRpc(handler)
        {
            // Notifications run in arrival order (didOpen before didChange); async handlers overlap once they await.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        rpc.ExceptionStrategy = ExceptionProcessing.CommonErrorData;
        var channel = new ClientChannel(rpc, log);
        log.TraceSink = (message, verbose) => _ = channel.NotifyAsync("$/logTrace", new { message, verbose });

        using var detector = new LanguageDetector();
        using var parsers = new ParserPool();
        using var chunker = new SourceChunker();
        ServerContext? context = null;
        var providers = BuiltInDiagnostics.Create(
            chunker, detector, parsers, path => context?.Folders.All.FirstOrDefault(f => f.Contains(path)), time);
        context = new ServerContext(
            new ServerSession(), log, channel, time, defaults, BuiltInTranslators.CreateRouter(detector),
            new DiagnosticsPublisher(providers, channel, log, time));
        Register(rpc, context);

        var sanitizer = new FrameSanitizer(input, incoming.Writer, log);
        rpc.StartListening();
        // Not awaited: after 'exit' the reader may still be blocked on the client's stream, and the process ends anyway.
        _ = Task.Run(() => sanitizer.RunAsync(cancellationToken), CancellationToken.None);
        log.Info("codeintel language server listening on stdio");

        var ended = await Task.WhenAny(context.Session.Exited, rpc.Completion).ConfigureAwait(false);
        int code;
        if (ended == context.Session.Exited)
        {
            code = await context.Session.Exited.ConfigureAwait(false);
            log.Info($"exit received; exiting with code {code}");
        }
        else
        {
            code = context.Session.ShutdownRequested ? 0 : 1;
            log.Info(context.Session.ShutdownRequested
                ? "the client closed the connection after shutdown"
                : "the client closed the connection without shutdown; stopping");
        }
        if (context.HasIndexes)
        {
            await context.Indexes.DisposeAsync().ConfigureAwait(false);
        }
        return code;
    }

    private static void Register(JsonRpc rpc, ServerContext context)
    {
        Add(rpc, InitializeHandler.Method, new InitializeHandler(context), nameof(InitializeHandler.Handle));
        Add(rpc, InitializedHandler.Method, new InitializedHandler(context), nameof(InitializedHandler.Handle));
        Add(rpc, ShutdownHandler.Method, new ShutdownHandler(context), nameof(ShutdownHandler.HandleAsync));
        Add(rpc, ExitHandler.Method, new ExitHandler(context), nameof(ExitHandler.Handle));
        Add(rpc, SetTraceHandler.Method, new SetTraceHandler(context), nameof(SetTraceHandler.Handle));
        Add(rpc, DidOpenHandler.Method, new DidOpenHandler(context), nameof(DidOpenHandler.Handle));
        Add(rpc, DidChangeHandler.Method, new DidChangeHandler(context), nameof(DidChangeHandler.Handle));
        Add(rpc, DidCloseHandler.Method, new DidCloseHandler(context), nameof(DidCloseHandler.Handle));
        Add(rpc, DidSaveHandler.Method, new DidSaveHandler(context), nameof(DidSaveHandler.Handle));
        Add(rpc, DidChangeWatchedFilesHandler.Method, new DidChangeWatchedFilesHandler(context), nameof(DidChangeWatchedFilesHandler.Handle));
        Add(rpc, DidChangeWorkspaceFoldersHandler.Method, new DidChangeWorkspaceFoldersHandler(context), nameof(DidChangeWorkspaceFoldersHandler.Handle));
        Add(rpc, WorkDoneProgressCancelHandler.Method, new WorkDoneProgressCancelHandler(context), nameof(WorkDoneProgressCancelHandler.Handle));
        Add(rpc, SearchHandler.Method, new SearchHandler(context), nameof(SearchHandler.HandleAsync));
        Add(rpc, WorkspaceSymbolHandler.Method, new WorkspaceSymbolHandler(context), nameof(WorkspaceSymbolHandler.HandleAsync));
        Add(rpc, CodeActionHandler.Method, new CodeActionHandler(context), nameof(CodeActionHandler.Handle));
        Add(rpc, TranslateHandler.Method, new TranslateHandler(context), nameof(TranslateHandler.HandleAsync));
        var reject = new RejectMessageHandler(context);
        Add(rpc, RejectMessageHandler.Method, reject, nameof(RejectMessageHandler.Handle));
        Add(rpc, RejectMessageHandler.NoticeMethod, reject, nameof(RejectMessageHandler.HandleNotification));
    }

    /// <summary>LSP passes params as one object: each handler takes it whole (as a JsonElement) and reads it itself.</summary>
    private static void Add(JsonRpc rpc, string method, object handler, string handlerMethod)
    {
        var info = handler.GetType().GetMethod(handlerMethod, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{handler.GetType().Name} has no method {handlerMethod}.");
        rpc.AddLocalRpcMethod(info, handler, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }
}
