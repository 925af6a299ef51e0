namespace CodeIntel.Retrieval.Embedding;

/// <summary>Where <see cref="PackagedModelProvider"/> left the model, and whether it had to write it.</summary>
/// <param name="Directory">The model directory, ready for <see cref="OnnxEmbedder"/>.</param>
/// <param name="Extracted">True when the files were (re)written by this call.</param>
/// <param name="Reason">Why they were written (first use, a package update, a file that failed its SHA-256 check);
/// null when the cache was already valid. A caller shows it when it is not first use: a repaired cache is news.</param>
public sealed record ModelExtraction(string Directory, bool Extracted, string? Reason);
