using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// Makes the model variants an embedder loads, next to the source model in a model directory:
/// <c>model.exit{N}.onnx</c> (layers 1..N only), <c>model.int8.onnx</c> and <c>model.exit{N}.int8.onnx</c>. Each is
/// built when missing or stale (its sidecar <c>.json</c> records the SHA-256 of the source it came from) and written
/// to a temporary file that is then renamed over the target, so a reader never sees half a file. Builders in
/// several processes take turns through a lock file beside the variant.
/// </summary>
public static class ModelVariants
{
    /// <summary>The source model's usual file name in the common export layout.</summary>
    public const string DefaultSourceFileName = "model.onnx";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The variant's file name: <c>model.exit3.onnx</c>, <c>model.int8.onnx</c>, <c>model.exit3.int8.onnx</c> for the
    /// source <c>model.onnx</c>; the source name itself when neither <paramref name="exit"/> nor <paramref name="quantized"/>.
    /// </summary>
    public static string FileName(int? exit, bool quantized, string sourceFileName = DefaultSourceFileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFileName);
        if (exit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(exit), exit, "An exit is a 1-based layer number.");
        }
        var stem = Path.GetFileNameWithoutExtension(sourceFileName);
        var extension = Path.GetExtension(sourceFileName);
        var name = new StringBuilder(stem);
        if (exit is { } layer)
        {
            name.Append(CultureInfo.InvariantCulture, $".exit{layer}");
        }
        if (quantized)
        {
            name.Append(".int8");
        }
        return name.Append(extension).ToString();
    }

    /// <summary>
    /// Ensures <c>model.exit{exit}.onnx</c> (or <c>model.exit{exit}.int8.onnx</c> when <paramref name="quantized"/>) exists
    /// and matches the source, and returns its path. Its single output <c>last_hidden_state</c> is the hidden state
    /// after layer <paramref name="exit"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The source model is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exit"/> is not a layer of the model.</exception>
    public static string EnsureExitModel(
        string modelDirectory, int exit, bool quantized = false, string sourceFileName = DefaultSourceFileName, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exit, 1);
        return Ensure(modelDirectory, sourceFileName, exit, quantized, cancellationToken);
    }

    /// <summary>Ensures <c>model.int8.onnx</c> exists and matches the source, and returns its path.</summary>
    /// <exception cref="FileNotFoundException">The source model is missing.</exception>
    public static string EnsureInt8Model(
        string modelDirectory, string sourceFileName = DefaultSourceFileName, CancellationToken cancellationToken = default) =>
        Ensure(modelDirectory, sourceFileName, null, true, cancellationToken);

    private static string Ensure(string modelDirectory, string sourceFileName, int? exit, bool quantized, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelDirectory);
        var source = Path.Combine(modelDirectory, sourceFileName);
        if (!File.Exists(source))
        {
            throw new FileNotFoundException(
                $"No source model at {source}: put the model's {sourceFileName} in {modelDirectory} (the model provider extracts or downloads it) before asking for its variants.", source);
        }
        var target = Path.Combine(modelDirectory, FileName(exit, quantized, sourceFileName));
        var stampPath = target + ".json";
        var recipe = (exit is { } e ? $"exit{e}" : "full") + (quantized ? "+int8" : string.Empty);
        var sourceHash = Sha256(source, cancellationToken);
        if (IsFresh(target, stampPath, sourceFileName, sourceHash, recipe))
        {
            return target;
        }

        using (AcquireLock(target + ".lock", cancellationToken))
        {
            // Another process may have built it while this one waited.
            if (IsFresh(target, stampPath, sourceFileName, sourceHash, recipe))
            {
                return target;
            }
            var model = OnnxModel.Load(source);
            if (exit is { } layer)
            {
                ExitTruncation.Truncate(model, layer);
            }
            if (quantized)
            {
                Int8Quantizer.Quantize(model, cancellationToken);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var length = WriteAtomically(target, stream => model.WriteTo(stream));
            var stamp = new ModelVariantStamp(sourceFileName, sourceHash, recipe, ModelVariantStamp.CurrentGenerator, length);
            WriteAtomically(stampPath, stream => stream.Write(Encoding.UTF8.GetBytes(stamp.ToJson())));
        }
        return target;
    }

    private static bool IsFresh(string target, string stampPath, string sourceFileName, string sourceHash, string recipe)
    {
        var stamp = ModelVariantStamp.TryRead(stampPath);
        return stamp is { IsCurrent: true }
            && stamp.Source == sourceFileName && stamp.SourceSha256 == sourceHash && stamp.Recipe == recipe
            && File.Exists(target) && new FileInfo(target).Length == stamp.Length;
    }

    private static long WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            long length;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
                length = stream.Length;
            }
            File.Move(temporary, path, overwrite: true);
            return length;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static FileStream AcquireLock(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock on Unix too; the lock file itself stays, empty.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                cancellationToken.WaitHandle.WaitOne(LockPoll);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static string Sha256(string path, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var sha = SHA256.Create();
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sha.TransformBlock(buffer, 0, read, null, 0);
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
