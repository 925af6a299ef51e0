using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Embeds text with an ONNX model directory (<see cref="ModelProfile"/> + <c>tokenizer.json</c> + <c>model.onnx</c>)
/// on ONNX Runtime. Documents are tokenised once, grouped by length into batches under a padded-token budget
/// (<see cref="OnnxEmbedderOptions.MaxBatchTokens"/>), run through reused input buffers, pooled, optionally mapped by
/// an exit head and normalised, and returned in input order. Document calls are serialised: the session already uses
/// every core it was given, and their buffers are shared. Queries run beside them.
/// </summary>
public sealed class OnnxEmbedder : IEmbedder
{
    private const int TokenizeCancellationStride = 256;

    private readonly EmbeddingModel _model;
    private readonly OnnxEmbedderOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long[] _ids = [];
    private long[] _mask = [];
    private long[] _tokenTypes = [];
    private bool _disposed;

    /// <summary>Loads <paramref name="modelDirectory"/> at the exit and precision the options choose.</summary>
    /// <exception cref="EmbeddingModelException">A file is missing or damaged, the profile is invalid, or the exit is
    /// not offered; the message says which and what to do.</exception>
    public OnnxEmbedder(string modelDirectory, OnnxEmbedderOptions? options = null)
    {
        _options = options ?? new OnnxEmbedderOptions();
        _model = EmbeddingModel.Open(modelDirectory, _options);
    }

    public EmbedderInfo Info => _model.Info;

    public ITokenCounter Tokens => _model.Tokenizer;

    /// <summary>The profile the model was loaded with (prefixes, pooling, exits).</summary>
    public ModelProfile Profile => _model.Profile;

    public Task<float[][]> EmbedDocumentsAsync(
        IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return EmbedAsync(documents, _model.Profile.DocumentPrefix, progress, cancellationToken);
    }

    /// <summary>
    /// A query does not wait behind a document batch run: it has buffers of its own and runs beside it (ONNX Runtime
    /// sessions accept concurrent runs), so search stays fast while an index is being embedded.
    /// </summary>
    public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Task.Run(() =>
        {
            var prefix = _model.Profile.QueryPrefix;
            var ids = _model.Tokenizer.Encode(prefix.Length == 0 ? query : prefix + query);
            var mask = new long[ids.Length];
            Array.Fill(mask, 1L);
            return _model.Run(ids, mask, new long[ids.Length], 1, ids.Length)[0];
        }, cancellationToken);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _model.Dispose();
        _gate.Dispose();
    }

    private async Task<float[][]> EmbedAsync(
        IReadOnlyList<string> texts, string prefix, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (texts.Count == 0)
        {
            return [];
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // ONNX Runtime blocks while it computes; keep that off the caller's thread (an editor, a server loop).
            return await Task.Run(() => Embed(texts, prefix, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private float[][] Embed(IReadOnlyList<string> texts, string prefix, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        var encoded = new long[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            if (i % TokenizeCancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            encoded[i] = _model.Tokenizer.Encode(prefix.Length == 0 ? texts[i] : prefix + texts[i]);
        }
        var lengths = Array.ConvertAll(encoded, e => e.Length);
        var batches = BatchPlanner.Plan(lengths, _options.MaxBatchTokens, _options.MaxBatchSize);

        var results = new float[texts.Count][];
        var done = 0;
        long tokens = 0;
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sequence = lengths[batch[0]];
            Fill(encoded, batch, sequence);
            var vectors = _model.Run(_ids, _mask, _tokenTypes, batch.Length, sequence);
            for (var row = 0; row < batch.Length; row++)
            {
                results[batch[row]] = vectors[row];
                tokens += lengths[batch[row]];
            }
            done += batch.Length;
            progress?.Report(new EmbeddingProgress(done, texts.Count, tokens));
        }
        return results;
    }

    /// <summary>Writes a batch into the shared buffers, right-padded to <paramref name="sequence"/>.</summary>
    private void Fill(long[][] encoded, int[] batch, int sequence)
    {
        var needed = batch.Length * sequence;
        if (_ids.Length < needed)
        {
            var capacity = Math.Max(needed, Math.Min(_options.MaxBatchTokens, _options.MaxBatchSize * _model.Profile.MaxTokens));
            _ids = new long[capacity];
            _mask = new long[capacity];
            _tokenTypes = new long[capacity];
        }
        var pad = _model.Profile.PadTokenId;
        for (var row = 0; row < batch.Length; row++)
        {
            var ids = encoded[batch[row]];
            var offset = row * sequence;
            ids.CopyTo(_ids, offset);
            _ids.AsSpan(offset + ids.Length, sequence - ids.Length).Fill(pad);
            _mask.AsSpan(offset, ids.Length).Fill(1);
            _mask.AsSpan(offset + ids.Length, sequence - ids.Length).Clear();
        }
    }
}
