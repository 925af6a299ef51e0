namespace CodeIntel.Parsing.Workspace;

/// <summary>Reads a whole file while letting other processes write, rename or delete it meanwhile.</summary>
internal static class FileBytesReader
{
    private const int ChunkSize = 1024 * 1024;

    /// <summary>
    /// The file's bytes, or null with a reason when it is longer than <paramref name="maxBytes"/> (checked before
    /// reading). I/O errors propagate. The length is taken once at open; a file that shrinks meanwhile yields fewer bytes.
    /// </summary>
    public static byte[]? Read(string path, long maxBytes, out string? tooLarge, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(
            path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        if (length > maxBytes)
        {
            tooLarge = SkipReasons.TooLarge(length, maxBytes);
            return null;
        }
        tooLarge = null;
        var bytes = new byte[length];
        var total = 0;
        while (total < bytes.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = RandomAccess.Read(handle, bytes.AsSpan(total, Math.Min(ChunkSize, bytes.Length - total)), total);
            if (read == 0)
            {
                Array.Resize(ref bytes, total);
                break;
            }
            total += read;
        }
        return bytes;
    }
}
