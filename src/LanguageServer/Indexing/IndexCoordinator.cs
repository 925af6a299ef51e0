using System.Collections.Concurrent;
using System.Globalization;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// The indexes of all workspace folders: starts them in the background, shows the first indexing as one
/// cancellable work-done progress, tells the client each folder's state (<c>codeIntel/indexStatus</c>, for the
/// status bar), and routes re-index requests to the folder they concern.
/// </summary>
internal sealed class IndexCoordinator(
    EngineFactory factory, ClientChannel channel, ServerSession session, ServerLog log, TimeProvider time) : IAsyncDisposable
{
    public const string StatusNotification = "codeIntel/indexStatus";

    private readonly ConcurrentDictionary<string, FolderIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private WorkDoneProgress? _progress;
    private int _progressCount;
    private long _lastStatus;

    public IReadOnlyList<FolderIndex> Indexes => [.. _indexes.Values.OrderBy(i => i.Folder.Path, StringComparer.Ordinal)];

    public IReadOnlyList<IndexStatus> Statuses => [.. Indexes.Select(i => i.Status)];

    public FolderIndex? Get(WorkspaceFolder folder) => _indexes.GetValueOrDefault(folder.Path);

    /// <summary>Starts indexing <paramref name="folders"/> in the background under one progress; returns at once.</summary>
    public void Start(IEnumerable<WorkspaceFolder> folders)
    {
        var started = new List<FolderIndex>();
        foreach (var folder in folders)
        {
            var index = new FolderIndex(folder, factory, log, time, OnChanged);
            if (_indexes.TryAdd(folder.Path, index))
            {
                index.Start();
                index.RequestUpdate();
                started.Add(index);
            }
        }
        if (started.Count > 0)
        {
            _ = Task.Run(() => ShowProgressAsync(started));
        }
    }

    public async Task RemoveAsync(WorkspaceFolder folder)
    {
        if (_indexes.TryRemove(folder.Path, out var index))
        {
            await index.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void RequestUpdate(WorkspaceFolder folder) => Get(folder)?.RequestUpdate();

    /// <summary>Cancels the indexing shown under <paramref name="token"/>; false when no such progress is running.</summary>
    public bool Cancel(string token)
    {
        lock (_gate)
        {
            if (_progress?.Token != token)
            {
                return false;
            }
        }
        foreach (var index in _indexes.Values)
        {
            index.CancelRun();
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var index in _indexes.Values)
        {
            await index.DisposeAsync().ConfigureAwait(false);
        }
        _indexes.Clear();
    }

    private async Task ShowProgressAsync(IReadOnlyList<FolderIndex> indexes)
    {
        var token = string.Create(CultureInfo.InvariantCulture, $"codeintel-index-{Interlocked.Increment(ref _progressCount)}");
        WorkDoneProgress? progress;
        try
        {
            progress = await WorkDoneProgress.BeginAsync(channel, session, token, "CodeIntel: indexing", cancellable: true, time).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StreamJsonRpc.RemoteInvocationException)
        {
            log.Warn($"the client refused a progress token ({e.Message}); indexing goes on without progress");
            progress = null;
        }
        if (progress is null)
        {
            return;
        }
        lock (_gate)
        {
            _progress = progress;
        }
        await using (progress.ConfigureAwait(false))
        {
            await Task.WhenAll(indexes.Select(i => i.FirstRun)).ConfigureAwait(false);
            lock (_gate)
            {
                _progress = null;
            }
            progress.EndMessage = Summary(indexes);
        }
    }

    private void OnChanged(FolderIndex index)
    {
        WorkDoneProgress? progress;
        lock (_gate)
        {
            progress = _progress;
        }
        if (progress is not null && index.Progress is { } p)
        {
            _ = progress.ReportAsync(Describe(index, p), Percentage(p));
        }
        // Final states always go out; in-run updates at most every 250 ms.
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastStatus);
        var final = index.Status.State is "ready" or "failed" or "cancelled" or "queued";
        if (final || last == 0 || time.GetElapsedTime(last, now) >= TimeSpan.FromMilliseconds(250))
        {
            Interlocked.Exchange(ref _lastStatus, now);
            _ = channel.NotifyAsync(StatusNotification, new { folders = Statuses });
        }
    }

    private static string Describe(FolderIndex index, IndexProgress p) => p.Phase switch
    {
        IndexPhase.Files => string.Create(CultureInfo.InvariantCulture, $"{index.Folder.Name}: {p.FilesScanned} files scanned, {p.ChunksWritten} chunks written"),
        IndexPhase.Embedding => string.Create(CultureInfo.InvariantCulture, $"{index.Folder.Name}: embedding {p.ChunksEmbedded}/{p.ChunksToEmbed} chunks ({p.ChunksPerSecond:0}/s); lexical search is ready"),
        _ => $"{index.Folder.Name}: updating the vector index",
    };

    private static int? Percentage(IndexProgress p) =>
        p.Phase == IndexPhase.Embedding && p.ChunksToEmbed > 0 ? (int)Math.Min(100, 100L * p.ChunksEmbedded / p.ChunksToEmbed) : null;

    private static string Summary(IReadOnlyList<FolderIndex> indexes) =>
        string.Join("; ", indexes.Select(i => i.Status.State switch
        {
            "ready" => string.Create(CultureInfo.InvariantCulture, $"{i.Folder.Name}: {i.Status.Chunks} chunks indexed"),
            _ => $"{i.Folder.Name}: {i.Status.State}{(i.Status.Message is { } m ? $" ({m})" : string.Empty)}",
        }));
}
