using System.Security.Cryptography;
using System.Text.Json.Serialization;
using CodeIntel.Evaluation.Systems;

namespace CodeIntel.Evaluation.Reports;

/// <summary>
/// One run as written to its JSON result file: what was run on which data (a hash of the input files' bytes, so
/// two results can be told comparable), the metrics, how long it took, or why the system was not available.
/// </summary>
public sealed record RunRecord(
    [property: JsonPropertyName("task")] string Task,
    [property: JsonPropertyName("system")] string System,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("data_sha256")] string DataHash,
    [property: JsonPropertyName("items")] int Items,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double> Metrics,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("started_utc")] DateTimeOffset Started,
    [property: JsonPropertyName("unavailable")] string? Unavailable)
{
    public static RunRecord From(SystemRun run, string dataset, IEnumerable<string> files, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunRecord(run.Task, run.System, dataset, HashFiles(files), run.Score?.Items ?? 0,
            run.Score?.Metrics.ToDictionary(m => m.Name, m => m.Value) ?? new Dictionary<string, double>(),
            Math.Round(run.Elapsed.TotalSeconds, 3), started, run.UnavailableReason);
    }

    /// <summary>SHA-256 over the files' names and bytes, in the order given.</summary>
    public static string HashFiles(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(global::System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
