using System.Globalization;

namespace CodeIntel.Retrieval.Embedding.Exits;

/// <summary>
/// Self-distillation of early exits, after ModularStarEncoder: a linear head per exit maps the exit's pooled,
/// normalised states onto the full model's embeddings of the same texts, fitted in closed form (ridge least
/// squares) over a code corpus. Without an intercept the head commutes with normalisation, so it can be fitted
/// on normalised states and applied to raw pooled states alike.
/// </summary>
public static class ExitHeadFitter
{
    /// <summary>Ridge penalty per sample. Small: the fit is well determined with thousands of texts.</summary>
    public const double DefaultLambda = 1e-3;

    public static async Task<LinearHead> FitAsync(
        IEmbedder exitEmbedder, IEmbedder finalEmbedder, IReadOnlyList<string> corpus, double lambda = DefaultLambda, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exitEmbedder);
        ArgumentNullException.ThrowIfNull(finalEmbedder);
        if (exitEmbedder.Info.Head is not null)
        {
            throw new ArgumentException("Fit a head on an embedder that has none.", nameof(exitEmbedder));
        }
        var inputs = await exitEmbedder.EmbedDocumentsAsync(corpus, cancellationToken: cancellationToken).ConfigureAwait(false);
        var targets = await finalEmbedder.EmbedDocumentsAsync(corpus, cancellationToken: cancellationToken).ConfigureAwait(false);
        var w = RidgeRegression.Fit(inputs, targets, lambda, cancellationToken);
        var rows = targets[0].Length;
        var cols = inputs[0].Length;
        // LinearHead computes y = M x + b with M rows × cols row-major: M[r, c] = W[c, r].
        var matrix = new float[rows * cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                matrix[r * cols + c] = (float)w[c * rows + r];
            }
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"distilled-exit{exitEmbedder.Info.Exit}");
        return new LinearHead(name, rows, cols, matrix, new float[rows]);
    }
}
