using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Neural.Constraints;
using CodeIntel.Translation.Neural.Search;
using Tokenizers.DotNet;

namespace CodeIntel.Translation.Neural;

/// <summary>
/// A neural translator over an encoder-decoder ONNX export (see README.md): beam or greedy search with the KV cache,
/// grammar-constrained by the target's tree-sitter grammar, with routed LoRA experts that switch per request on
/// one set of loaded sessions. Built from a model directory: <c>encoder_model.onnx</c>, <c>decoder_model.onnx</c>,
/// <c>decoder_with_past_model.onnx</c>, <c>tokenizer.json</c>, <c>generation_config.json</c>, <c>experts.json</c>
/// (+ <c>experts/*.lora.bin</c>). Thread-safe; translations run one at a time per instance.
/// </summary>
public sealed class NeuralTranslator : ITranslator, IDisposable
{
    private readonly Tokenizer _tokenizer;
    private readonly GenerationSettings _settings;
    private readonly ExpertCatalog _catalog;
    private readonly Seq2SeqSessions _sessions;
    private readonly Lock _gate = new();

    private NeuralTranslator(string directory, NeuralTranslatorOptions options, Tokenizer tokenizer, GenerationSettings settings, ExpertCatalog catalog, Seq2SeqSessions sessions)
    {
        Directory = directory;
        Options = options;
        _tokenizer = tokenizer;
        _settings = settings;
        _catalog = catalog;
        _sessions = sessions;
    }

    public string Name => "neural";

    /// <summary>The model directory.</summary>
    public string Directory { get; }

    /// <summary>Options used when a call gives none.</summary>
    public NeuralTranslatorOptions Options { get; }

    /// <summary>The routed experts the model ships.</summary>
    public IReadOnlyList<LoraExpert> Experts => _catalog.Experts;

    /// <summary>Loads a model directory; a missing or mismatched file raises <see cref="NeuralModelException"/> naming it.</summary>
    public static NeuralTranslator Open(string directory, NeuralTranslatorOptions? options = null)
    {
        options ??= new NeuralTranslatorOptions();
        options.Validate();
        if (!System.IO.Directory.Exists(directory))
        {
            throw new NeuralModelException($"The model directory '{directory}' does not exist. Train one with training/neural-translation/train.py or pass --model DIR.");
        }
        foreach (var file in new[] { "tokenizer.json", "generation_config.json", "experts.json" })
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new NeuralModelException($"The model directory '{directory}' has no {file}. Copy the whole exported model directory, or regenerate it with training/neural-translation/train.py.");
            }
        }
        var settings = GenerationSettings.Read(Path.Combine(directory, "generation_config.json"));
        var catalog = ExpertCatalog.Read(directory);
        Tokenizer tokenizer;
        try
        {
            tokenizer = new Tokenizer(Path.Combine(directory, "tokenizer.json"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new NeuralModelException($"'{Path.Combine(directory, "tokenizer.json")}' could not be loaded ({e.Message}). Export it with the Hugging Face tokenizers format.", e);
        }
        var sessions = new Seq2SeqSessions(directory, catalog);
        var highest = settings.DecoderStartTokenIds.Values.Append(settings.EosTokenId).Max();
        if (highest >= sessions.VocabularySize)
        {
            sessions.Dispose();
            tokenizer.Dispose();
            throw new NeuralModelException(
                $"generation_config.json names token {highest}, but the decoder scores only {sessions.VocabularySize} tokens: the config belongs to another model.");
        }
        return new NeuralTranslator(directory, options, tokenizer, settings, catalog, sessions);
    }

    public bool CanTranslate(Language source, TranslationTarget target) =>
        _settings.Pairs.TryGetValue(source.Id, out var to) && string.Equals(to, target.Id, StringComparison.OrdinalIgnoreCase)
        && _settings.DecoderStartTokenIds.ContainsKey(target.Id);

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            var translation = Translate(request, null, null, cancellationToken);
            var warnings = new List<TranslationWarning>();
            if (translation.Parses == false)
            {
                warnings.Add(new TranslationWarning($"The neural translation does not parse as {request.Target.Name}: no hypothesis within the beam completed into valid code.", default, default));
            }
            if (translation.CutShort)
            {
                warnings.Add(new TranslationWarning($"The model did not finish a valid {request.Target.Name} translation: the output stops after its last complete statement, with its open blocks closed.", default, default));
            }
            if (translation.SourceTruncated)
            {
                warnings.Add(new TranslationWarning($"The source is longer than the model's {_settings.MaxSourceLength} tokens; only its beginning was translated. Split it into smaller units.", default, default));
            }
            return new TranslationResult(translation.Text, request.SourceLanguage ?? throw MissingLanguage(), request.Target, Name, warnings);
        }, cancellationToken);

    /// <summary>The best hypothesis as it grows, one text per decoder step; the last item is the final translation.</summary>
    public async IAsyncEnumerable<string> StreamAsync(TranslationRequest request, NeuralTranslatorOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var run = Task.Run(() =>
        {
            try
            {
                var final = Translate(request, options, partial => channel.Writer.TryWrite(partial), cancellationToken);
                channel.Writer.TryWrite(final.Text);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, cancellationToken);
        await foreach (var text in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return text;
        }
        await run.ConfigureAwait(false);
    }

    /// <summary>Translates with per-call <paramref name="options"/> (expert, beam, constraints, cache) on the loaded sessions.</summary>
    public NeuralTranslation Translate(TranslationRequest request, NeuralTranslatorOptions? options = null, Action<string>? onPartial = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= Options;
        options.Validate();
        var source = request.SourceLanguage ?? throw MissingLanguage();
        if (!CanTranslate(source, request.Target))
        {
            throw new TranslationUnavailableException($"The neural model in '{Directory}' does not translate {source.Name} to {request.Target.Name}; it covers {string.Join(", ", _settings.Pairs.Select(p => p.Key + " -> " + p.Value))}.");
        }
        lock (_gate)
        {
            var ids = Encode(request.Source);
            var truncated = ids.Length > _settings.MaxSourceLength;
            if (truncated)
            {
                ids = [.. ids[..(_settings.MaxSourceLength - 1)], _settings.EosTokenId];
            }
            var memory = _sessions.Encode(ids, null);
            var (expert, probability) = PickExpert(options.Expert, memory, ids.Length);
            if (expert is not null)
            {
                memory = _sessions.Encode(ids, expert);
            }
            var settings = new SearchSettings(
                _settings.DecoderStartTokenIds[request.Target.Id], _settings.EosTokenId, options.Beams ?? _settings.NumBeams,
                options.LengthPenalty ?? _settings.LengthPenalty, options.EarlyStopping ?? _settings.EarlyStopping, options.MaxLength ?? _settings.MaxLength);
            var decoder = new DecoderRun(_sessions, memory, ids.Length, expert, options.UseKvCache);
            using var constraint = options.Constrained ? new SyntaxConstraint(TargetGrammar(request.Target)) : null;
            Action<int[]>? onBest = onPartial is null ? null : tokens => onPartial(Detokenize(tokens));
            var outcome = settings.Beams == 1
                ? GreedySearch.Run(decoder, settings, _sessions.VocabularySize, Detokenize, constraint, onBest, cancellationToken)
                : BeamSearch.Run(decoder, settings, _sessions.VocabularySize, Detokenize, constraint, onBest, cancellationToken);
            var text = Detokenize(outcome.Tokens.ToArray());
            // No hypothesis finished as valid code: keep what the model got right, up to its last complete statement.
            var closed = outcome.Parses == false ? constraint!.ClosedPrefix(text, cancellationToken) : null;
            return new NeuralTranslation(closed ?? text, outcome.Tokens, outcome.Score, expert?.Name, probability, closed is null ? outcome.Parses : true, outcome.Steps, outcome.TokensDecoded)
            {
                SourceTruncated = truncated,
                CutShort = closed is not null,
            };
        }
    }

    /// <summary>Source token ids as the model reads them (text tokens, then end-of-sequence).</summary>
    public long[] Encode(string source)
    {
        uint[] ids;
        lock (_tokenizer)
        {
            ids = _tokenizer.Encode(source);
        }
        return [.. ids.Select(i => (long)i), _settings.EosTokenId];
    }

    public void Dispose()
    {
        _sessions.Dispose();
        _tokenizer.Dispose();
    }

    private (LoraExpert? Expert, double? Probability) PickExpert(string name, float[] memory, int length)
    {
        if (string.Equals(name, NeuralTranslatorOptions.NoExpert, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        if (string.Equals(name, NeuralTranslatorOptions.AutoExpert, StringComparison.OrdinalIgnoreCase))
        {
            if (_catalog.Gate is null)
            {
                return (null, null);
            }
            var (label, probability) = _catalog.Gate.Pick(memory, length, _sessions.Width);
            return (_catalog.Experts.First(e => e.Name == label), probability);
        }
        return (_catalog.Experts.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"The model has no expert '{name}'; it has {string.Join(", ", _catalog.Experts.Select(e => e.Name))} (or use 'auto' or 'none').", nameof(name)), null);
    }

    private string Detokenize(int[] tokens)
    {
        var text = tokens.Where(t => t != _settings.EosTokenId && t != _settings.PadTokenId && !_settings.DecoderStartTokenIds.Values.Contains(t))
            .Select(t => (uint)t).ToArray();
        lock (_tokenizer)
        {
            return _tokenizer.Decode(text);
        }
    }

    private static Grammar TargetGrammar(TranslationTarget target) =>
        Language.All.FirstOrDefault(l => l.Id == target.Id && l.Grammar != Grammar.None)?.Grammar
        ?? throw new TranslationUnavailableException($"No tree-sitter grammar parses {target.Name}; translate with constraints off.");

    private static TranslationUnavailableException MissingLanguage() =>
        new("The neural translator needs the source language; route the request through TranslationRouter or pass --from.");
}
