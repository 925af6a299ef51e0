using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Phase 2: embeds, batch by batch, the distinct contents that have no cached vector; each batch's vectors are
/// committed in one transaction and the chunks that carry them are upserted into the vector index right away, so
/// semantic search grows while the phase runs. A crash loses at most the batch in flight.
/// </summary>
internal sealed class EmbeddingPhase(
    EmbeddingCache cache, VectorSynchronizer synchronizer, IEmbedder embedder, IndexerOptions options, TimeProvider time)
{
    public async Task RunAsync(RunCounters counters, Action<IndexProgress> report, CancellationToken cancellationToken)
    {
        counters.ChunksToEmbed = cache.CountPendingContents();
        var started = time.GetTimestamp();
        report(counters.Progress(IndexPhase.Embedding, 0));
        for (var after = 0L; cache.PendingAfter(after, options.EmbeddingBatchSize) is { Count: > 0 } pending; after = pending[^1].Key)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = pending.DistinctBy(p => p.ContentHash, StringComparer.Ordinal).ToList();
            var texts = batch.Select(p => p.Text).ToList();
            var embedded = await embedder.EmbedDocumentsAsync(texts, null, cancellationToken).ConfigureAwait(false);
            Validate(embedded, texts.Count);
            var hashes = batch.Select(p => p.ContentHash).ToList();
            cache.Store(hashes, embedded);
            counters.ChunksEmbedded += batch.Count;
            await synchronizer.UpsertContentAsync(hashes, cancellationToken).ConfigureAwait(false);
            var seconds = Math.Max(time.GetElapsedTime(started).TotalSeconds, 1e-6);
            report(counters.Progress(IndexPhase.Embedding, counters.ChunksEmbedded / seconds));
        }
    }

    private void Validate(float[][] vectors, int expected)
    {
        var dimensions = embedder.Info.Dimensions;
        if (vectors.Length != expected)
        {
            throw new InvalidOperationException(
                $"The embedder {embedder.Info.Identity} returned {vectors.Length} vectors for {expected} texts. " +
                "This is a bug in the embedder; nothing of this batch was stored.");
        }
        foreach (var vector in vectors)
        {
            if (vector.Length != dimensions)
            {
                throw new InvalidOperationException(
                    $"The embedder {embedder.Info.Identity} returned a {vector.Length}-d vector where its info says {dimensions}. " +
                    "This is a bug in the embedder; nothing of this batch was stored.");
            }
            if (!vector.All(float.IsFinite))
            {
                throw new InvalidOperationException(
                    $"The embedder {embedder.Info.Identity} returned a vector with NaN or infinite values. " +
                    "Check the model file; nothing of this batch was stored.");
            }
        }
    }
}
