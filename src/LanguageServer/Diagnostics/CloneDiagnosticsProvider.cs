using System.Collections.Concurrent;
using CodeIntel.CloneDetection;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Workspace;

namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>
/// The clone rules of <c>codeintel analyze</c> (CI0001 exact and renamed clones, CI0002 near-duplicates) on the
/// document being edited, against the rest of its workspace folder. The folder is scanned once on one thread in the
/// background and the scan is reused for <see cref="MaxScanAge"/> (a stale scan is replaced in the background while
/// the old one keeps answering); the open document's own text always replaces what the scan read from disk for it.
/// The first analysis in a folder waits for its first scan: a newer version of the document cancels the wait.
/// </summary>
internal sealed class CloneDiagnosticsProvider(CloneDetector detector, Func<string, WorkspaceFolder?> folderOf, TimeProvider time) : IDiagnosticsProvider
{
    private static readonly TimeSpan MaxScanAge = TimeSpan.FromMinutes(2);

    private static readonly HashSet<string> Languages =
        ["c", "cpp", "csharp", "java", "javascript", "javascriptreact", "typescript", "typescriptreact", "php", "python"];

    private readonly ConcurrentDictionary<string, FolderScan> _scans = new(StringComparer.Ordinal);

    public string Name => "codeintel";

    public bool Handles(string languageId) => Languages.Contains(languageId);

    public async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(DocumentSnapshot document, CancellationToken cancellationToken = default)
    {
        var folder = folderOf(document.Path);
        if (folder is null)
        {
            return [];
        }
        var workspace = await CurrentScanAsync(folder, cancellationToken).ConfigureAwait(false);
        var relative = Path.GetRelativePath(folder.Path, document.Path);
        var findings = detector.FindInDocument(workspace, relative, document.Text, cancellationToken);
        var lines = document.Text.Split('\n');
        return findings
            .Select(f => new Diagnostic(HeaderRange(lines, f.Unit.StartLine - 1), 2, f.Message, Name, f.Rule.Id))
            .ToList();
    }

    /// <summary>The folder's latest finished scan (waiting for the first one), starting a fresh scan when it is stale.</summary>
    private async Task<CloneScan> CurrentScanAsync(WorkspaceFolder folder, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _scans.GetOrAdd(folder.Path, path => FolderScan.Start(detector, path, now));
        if (now - entry.StartedAt > MaxScanAge && entry.Scan.IsCompleted)
        {
            _scans.TryUpdate(folder.Path, FolderScan.Start(detector, folder.Path, now, entry.Scan), entry);
        }
        return entry.Latest ?? await entry.Scan.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    // The function's first line: where an editor shows the squiggle without covering the whole body.
    private static LspRange HeaderRange(string[] lines, int line)
    {
        line = Math.Clamp(line, 0, Math.Max(0, lines.Length - 1));
        return new LspRange(new Position(line, 0), new Position(line, lines.Length == 0 ? 0 : lines[line].TrimEnd('\r').Length));
    }

    private sealed record FolderScan(DateTimeOffset StartedAt, Task<CloneScan> Scan, Task<CloneScan>? Previous)
    {
        public CloneScan? Latest =>
            Scan.IsCompletedSuccessfully ? Scan.Result : Previous is { IsCompletedSuccessfully: true } ? Previous.Result : null;

        public static FolderScan Start(CloneDetector detector, string path, DateTimeOffset now, Task<CloneScan>? previous = null) =>
            new(now, Task.Run(() => detector.Scan(path, maxParallelism: 1)), previous);
    }
}
