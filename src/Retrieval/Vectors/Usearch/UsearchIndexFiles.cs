using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>
/// The files of a saved index and the protocol that keeps one complete save readable at all times:
/// <list type="number">
/// <item>the index is written to <c>X.tmp</c> and flushed to disk; its length and SHA-256 go into <c>X.json.tmp</c>, also flushed;</item>
/// <item><c>X.tmp</c> is renamed over <c>X</c> (one atomic step on the same file system), then <c>X.json.tmp</c> over <c>X.json</c>.</item>
/// </list>
/// A crash before the first rename leaves the old pair intact (the temporary files are removed on open); a crash
/// between the renames leaves the new index with the new sidecar still in <c>X.json.tmp</c>, and open completes the
/// save. Anything else that does not match is reported as <see cref="VectorIndexCorruptException"/>.
/// </summary>
internal static partial class UsearchIndexFiles
{
    public static string TempIndexPath(string path) => path + ".tmp";

    public static string SidecarPath(string path) => path + ".json";

    public static string TempSidecarPath(string path) => path + ".json.tmp";

    /// <summary>Writes a new save and commits it; the caller's cancellation is honoured only before the first rename.</summary>
    public static UsearchSidecar Save(
        string path, Action<string> writeIndex, Func<long, string, UsearchSidecar> describe, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var tempIndex = TempIndexPath(path);
        var tempSidecar = TempSidecarPath(path);
        writeIndex(tempIndex);
        var (length, hash) = FlushAndHash(tempIndex);
        var sidecar = describe(length, hash);
        using (var stream = new FileStream(tempSidecar, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, sidecar, UsearchSidecarJsonContext.Default.UsearchSidecar);
            stream.Flush(flushToDisk: true);
        }
        cancellationToken.ThrowIfCancellationRequested();
        File.Move(tempIndex, path, overwrite: true);
        File.Move(tempSidecar, SidecarPath(path), overwrite: true);
        return sidecar;
    }

    /// <summary>Removes the index file, its sidecar and any half-finished save, so the next open starts empty.</summary>
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, SidecarPath(path), TempIndexPath(path), TempSidecarPath(path) })
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Finds the last complete save of <paramref name="path"/>, finishing or discarding an interrupted one; null when
    /// there is none (a new index). Throws <see cref="VectorIndexCorruptException"/> when the files do not agree.
    /// </summary>
    public static UsearchSidecar? Recover(string path, ILogger logger)
    {
        var sidecarPath = SidecarPath(path);
        var tempIndex = TempIndexPath(path);
        var tempSidecar = TempSidecarPath(path);
        if (!File.Exists(path))
        {
            if (File.Exists(sidecarPath))
            {
                throw new VectorIndexCorruptException(path, $"its sidecar '{sidecarPath}' exists but the index file is missing");
            }
            DeleteLeftovers(logger, path, tempIndex, tempSidecar);
            return null;
        }

        var (length, hash) = Hash(path);
        var committed = TryRead(sidecarPath);
        if (committed is not null && Describes(committed, length, hash))
        {
            DeleteLeftovers(logger, path, tempIndex, tempSidecar);
            return committed;
        }
        var pending = TryRead(tempSidecar);
        if (pending is not null && Describes(pending, length, hash))
        {
            File.Move(tempSidecar, sidecarPath, overwrite: true);
            LogCompletedSave(logger, path);
            return pending;
        }
        var reason = committed is null
            ? $"its sidecar '{sidecarPath}' is missing or unreadable"
            : committed.IndexBytes != length
                ? $"the file has {length:N0} bytes where its sidecar recorded {committed.IndexBytes:N0} (truncated or overwritten)"
                : "the file's SHA-256 differs from the one its sidecar recorded (damaged or overwritten)";
        throw new VectorIndexCorruptException(path, reason);
    }

    private static bool Describes(UsearchSidecar sidecar, long length, string hash) =>
        sidecar.IndexBytes == length && string.Equals(sidecar.IndexSha256, hash, StringComparison.OrdinalIgnoreCase);

    private static UsearchSidecar? TryRead(string sidecarPath)
    {
        if (!File.Exists(sidecarPath))
        {
            return null;
        }
        try
        {
            using var stream = File.OpenRead(sidecarPath);
            return JsonSerializer.Deserialize(stream, UsearchSidecarJsonContext.Default.UsearchSidecar);
        }
        catch (JsonException)
        {
            // A torn or hand-edited sidecar is the same as none: the caller reports the index as unusable.
            return null;
        }
    }

    private static (long Length, string Sha256) FlushAndHash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        stream.Flush(flushToDisk: true);
        var hash = SHA256.HashData(stream);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }

    private static (long Length, string Sha256) Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20);
        return (stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    private static void DeleteLeftovers(ILogger logger, string path, params string[] leftovers)
    {
        foreach (var leftover in leftovers)
        {
            if (File.Exists(leftover))
            {
                File.Delete(leftover);
                LogDiscardedSave(logger, path, leftover);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vector index {Path}: an interrupted save left {Leftover}; removed it and kept the last complete save")]
    private static partial void LogDiscardedSave(ILogger logger, string path, string leftover);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vector index {Path}: completed a save that was interrupted between its two renames")]
    private static partial void LogCompletedSave(ILogger logger, string path);
}
