using System.Security.Cryptography;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Decides, for one scanned file, whether it changed since the last run, and chunks it when it did. Thread-safe:
/// the file phase runs it on many files at once.
/// </summary>
internal sealed class FileExaminer(
    WorkspaceChunker chunker, WorkspaceOptions options, IReadOnlyDictionary<string, StoredFile> stored, DateTimeOffset runStart)
{
    /// <summary>
    /// A file written this close to the run's start may be written again within the same timestamp tick without
    /// its size or time changing ("racily clean", in git's words). Its time is stored as 0, so the next run hashes
    /// it instead of trusting the time. Two seconds covers the coarsest common timestamps (FAT, some network shares).
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    public FileOutcome Examine(ScanResult item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (item.File is not { } file)
        {
            return new FileOutcome(FileOutcomeKind.ScanSkipped, item.Skipped!.RelativePath, IsNew: false, SkipReason: item.Skipped.Reason);
        }
        var path = file.RelativePath;
        var info = new FileInfo(file.FullPath);
        if (!info.Exists)
        {
            return new FileOutcome(FileOutcomeKind.Vanished, path, IsNew: false);
        }
        var size = info.Length;
        var mtime = info.LastWriteTimeUtc.Ticks;
        var previous = stored.GetValueOrDefault(path);
        if (previous is not null && previous.MtimeTicks != 0 && previous.Size == size && previous.MtimeTicks == mtime)
        {
            return new FileOutcome(FileOutcomeKind.Unchanged, path, IsNew: false, size, mtime, previous.Sha256, SkipReason: previous.SkipReason);
        }
        var trustedMtime = mtime >= (runStart - RacyWindow).UtcTicks ? 0 : mtime;
        var sha = size <= options.MaxFileBytes ? HashOrNull(file.FullPath, size, cancellationToken) : null;
        if (previous is not null && sha is not null && previous.Sha256 == sha)
        {
            return new FileOutcome(FileOutcomeKind.Touched, path, IsNew: false, size, trustedMtime, sha, SkipReason: previous.SkipReason);
        }
        var result = chunker.ChunkFile(file with { Length = size }, cancellationToken);
        if (result.File is { } chunks)
        {
            return new FileOutcome(FileOutcomeKind.Chunked, path, previous is null, size, trustedMtime, sha, chunks);
        }
        // A file skipped without its content being hashed (too large, unreadable) is looked at again next run:
        // deciding by length costs nothing, and a file made readable again keeps its old time.
        return new FileOutcome(
            FileOutcomeKind.Skipped, path, previous is null, size, sha is null ? 0 : trustedMtime, sha, SkipReason: result.Skipped!.Reason);
    }

    private static string? HashOrNull(string fullPath, long size, CancellationToken cancellationToken)
    {
        if (size == 0)
        {
            // Not opened: a FIFO also reports length 0, and opening one blocks until a writer appears.
            return Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty));
        }
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            cancellationToken.ThrowIfCancellationRequested();
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The loader reads the file next and reports why it cannot, as a skipped file.
            return null;
        }
    }
}
