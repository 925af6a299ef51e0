using System.Security.Cryptography;
using System.Text;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Engine;

namespace CodeIntel.Cli.Retrieval;

/// <summary>
/// Where the CLI keeps models and indexes, and how it opens a <see cref="SearchEngine"/>. Part of the composition
/// root: the only retrieval code that reads the environment (XDG_CACHE_HOME, HOME, CODEINTEL_QDRANT_URL).
/// </summary>
internal static class RetrievalSetup
{
    public const string QdrantVariable = "CODEINTEL_QDRANT_URL";

    public static string CacheRoot() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "codeintel")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "codeintel");

    /// <summary>The index folder of a repository: one per absolute path, named so a person can tell which is which.</summary>
    public static string IndexDirectoryFor(string repository)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repository));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var name = Path.GetFileName(full);
        return Path.Combine(CacheRoot(), "indexes", $"{(name.Length > 0 ? name : "root")}-{hash}");
    }

    /// <summary>The model directory: a user's own export, or a built-in model (the offline default when none is
    /// named), extracted on first use.</summary>
    public static async Task<string> ModelDirectoryAsync(string? userModel, TextWriter stderr, CancellationToken cancellationToken)
    {
        var extraction = await BuiltInModels.ResolveAsync(userModel, Path.Combine(CacheRoot(), "models"), cancellationToken).ConfigureAwait(false);
        if (extraction.Extracted)
        {
            await stderr.WriteLineAsync($"codeintel: model ready in {extraction.Directory} ({extraction.Reason})").ConfigureAwait(false);
        }
        return extraction.Directory;
    }

    public static Uri? QdrantUrl(string? option)
    {
        var value = option ?? Environment.GetEnvironmentVariable(QdrantVariable);
        return string.IsNullOrWhiteSpace(value) ? null : new Uri(value);
    }
}
