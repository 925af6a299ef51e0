using System.Threading.Channels;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// One workspace folder's index: opens its engine, then runs incremental updates one at a time whenever asked
/// (startup, saves, watched-file changes). Requests that arrive during a run are coalesced into one more run after
/// a short quiet period, so a burst of saves costs one update. Searches read the engine while a run writes.
/// </summary>
internal sealed class FolderIndex : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly EngineFactory _factory;
    private readonly ServerLog _log;
    private readonly TimeProvider _time;
    private readonly Action<FolderIndex> _changed;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<SearchEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private CancellationTokenSource? _run;
    private bool _cancelBeforeStart;
    private Task _loop = Task.CompletedTask;

    public FolderIndex(WorkspaceFolder folder, EngineFactory factory, ServerLog log, TimeProvider time, Action<FolderIndex> changed)
    {
        Folder = folder;
        _factory = factory;
        _log = log;
        _time = time;
        _changed = changed;
        Status = new IndexStatus(folder.Uri, "queued", 0, 0, 0, 0);
    }

    public WorkspaceFolder Folder { get; }

    public IndexStatus Status { get; private set; }

    /// <summary>The latest progress of the running update, for progress reports.</summary>
    public IndexProgress? Progress { get; private set; }

    /// <summary>Completes when the first update has ended (done, cancelled or failed).</summary>
    public Task FirstRun => _firstRun.Task;

    public void Start() => _loop = Task.Run(() => LoopAsync(_lifetime.Token));

    /// <summary>Asks for an update; several requests before it starts make one update.</summary>
    public void RequestUpdate() => _requests.Writer.TryWrite(true);

    /// <summary>
    /// Stops the running update, or the one about to start while the model loads (the user cancelled the progress);
    /// what was committed stays and the next update resumes.
    /// </summary>
    public void CancelRun()
    {
        lock (_gate)
        {
            if (_run is null)
            {
                _cancelBeforeStart = true;
            }
            _run?.Cancel();
        }
    }

    /// <summary>The opened engine; waits while the model loads. Throws the reason when the engine could not be opened.</summary>
    public Task<SearchEngine> GetEngineAsync(CancellationToken cancellationToken = default) => _engine.Task.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _requests.Writer.TryComplete();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation when the folder is closed.
        }
        if (_engine.Task.IsCompletedSuccessfully)
        {
            _engine.Task.Result.Dispose();
        }
        _engine.TrySetCanceled();
        _firstRun.TrySetResult();
        _lifetime.Dispose();
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        SearchEngine engine;
        try
        {
            engine = await _factory.OpenAsync(Folder, cancellationToken).ConfigureAwait(false);
            foreach (var note in engine.Notes)
            {
                _log.Warn($"{Folder.Path}: {note}");
            }
            _engine.TrySetResult(engine);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = $"the index of {Folder.Path} could not be opened: {e.Message}";
            _log.Error(message);
            _engine.TrySetException(new InvalidOperationException(message, e));
            SetStatus("failed", message);
            _firstRun.TrySetResult();
            return;
        }

        var first = true;
        while (await _requests.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!first)
            {
                await Task.Delay(Quiet, _time, cancellationToken).ConfigureAwait(false);
            }
            _requests.Reader.TryRead(out _);
            await RunOnceAsync(engine, cancellationToken).ConfigureAwait(false);
            if (first)
            {
                first = false;
                _firstRun.TrySetResult();
            }
        }
    }

    private async Task RunOnceAsync(SearchEngine engine, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            _run = run;
            if (_cancelBeforeStart)
            {
                _cancelBeforeStart = false;
                run.Cancel();
            }
        }
        SetStatus("indexing", null, engine.State);
        try
        {
            run.Token.ThrowIfCancellationRequested();
            var summary = await engine.IndexAsync(Folder.Path, new CallbackProgress<IndexProgress>(OnProgress), run.Token).ConfigureAwait(false);
            if (summary.ResetReason is { } reset)
            {
                _log.Warn($"{Folder.Path}: index rebuilt from scratch: {reset}");
            }
            _log.Info($"{Folder.Path}: indexed in {summary.FilesElapsed.TotalSeconds:0.0} s (files) + {summary.EmbeddingElapsed.TotalSeconds:0.0} s (embedding) ({summary.FilesAdded} files added, {summary.FilesChanged} changed, {summary.FilesDeleted} deleted, {summary.ChunksEmbedded} chunks embedded; {summary.State.Chunks} chunks)");
            SetStatus("ready", summary.Skipped.Count > 0 ? $"{summary.Skipped.Count} files skipped" : null, summary.State);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _log.Info($"{Folder.Path}: indexing cancelled by the user; the next change resumes it");
            SetStatus("cancelled", "indexing was cancelled; lexical search covers what was indexed so far", engine.State);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Error($"{Folder.Path}: indexing failed: {e}");
            SetStatus("failed", $"indexing failed: {e.Message}", engine.State);
        }
        finally
        {
            lock (_gate)
            {
                _run = null;
            }
            Progress = null;
        }
    }

    /// <summary>Counts come from the run's progress, not the store: reading store-wide counts per report would slow the run.</summary>
    private void OnProgress(IndexProgress progress)
    {
        Progress = progress;
        Status = Status with
        {
            State = progress.Phase == IndexPhase.Files ? "indexing" : "embedding",
            Files = Math.Max(Status.Files, progress.FilesScanned),
            Chunks = Math.Max(Status.Chunks, progress.ChunksWritten),
            PendingEmbeddings = Math.Max(0, progress.ChunksToEmbed - progress.ChunksEmbedded),
        };
        _changed(this);
    }

    private void SetStatus(string state, string? message, IndexState? counts = null)
    {
        var c = counts ?? default;
        Status = new IndexStatus(Folder.Uri, state, c.Files, c.Chunks, c.ChunksEmbedded, c.PendingEmbeddings, message);
        _changed(this);
    }
}
