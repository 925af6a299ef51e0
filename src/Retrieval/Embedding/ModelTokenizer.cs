using CodeIntel.Parsing.Chunking;
using Tokenizers.DotNet;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// A model's own tokenizer (Hugging Face tokenizers through Tokenizers.DotNet, reading <c>tokenizer.json</c>), with
/// truncation to the model's limit. Counting tokens for chunking goes through <see cref="CountTokens"/>: the ids of
/// the text without the special tokens the template adds. Calls are serialised because the native tokenizer's
/// thread safety is not documented.
/// </summary>
internal sealed class ModelTokenizer : ITokenCounter, IDisposable
{
    private readonly Tokenizer _tokenizer;
    private readonly Lock _gate = new();
    private readonly int _maxTokens;
    private readonly int _leadingSpecials;
    private readonly int _trailingSpecials;

    private readonly bool _splitIdentifiers;
    private readonly bool _expandAbbreviations;

    private ModelTokenizer(Tokenizer tokenizer, int maxTokens, bool splitIdentifiers, bool expandAbbreviations)
    {
        _tokenizer = tokenizer;
        _maxTokens = maxTokens;
        _splitIdentifiers = splitIdentifiers;
        _expandAbbreviations = expandAbbreviations;
        // The template's special tokens are what an empty text encodes to; those before the text are the common
        // prefix of the empty and a non-empty encoding, the rest follow the text.
        var empty = tokenizer.Encode(string.Empty);
        var probe = tokenizer.Encode("a");
        var leading = 0;
        while (leading < empty.Length && leading < probe.Length && empty[leading] == probe[leading])
        {
            leading++;
        }
        _leadingSpecials = leading;
        _trailingSpecials = empty.Length - leading;
        if (_leadingSpecials + _trailingSpecials >= maxTokens)
        {
            throw new EmbeddingModelException(
                $"The tokenizer adds {empty.Length} special tokens, which leaves no room for text within maxTokens {maxTokens}. Raise maxTokens in the profile.");
        }
    }

    /// <summary>Special tokens the template adds to every text.</summary>
    public int SpecialTokens => _leadingSpecials + _trailingSpecials;

    public static ModelTokenizer Open(string path, int maxTokens, bool splitIdentifiers = false, bool expandAbbreviations = false)
    {
        if (!File.Exists(path))
        {
            throw new EmbeddingModelException(
                $"The model directory '{Path.GetDirectoryName(path)}' has no tokenizer.json. Export the model's Hugging Face tokenizer (tokenizer.json) beside model.onnx.");
        }
        Tokenizer tokenizer;
        try
        {
            tokenizer = new Tokenizer(path);
        }
        catch (TokenizerException e)
        {
            throw new EmbeddingModelException(
                $"The tokenizer '{path}' could not be loaded ({e.Message}). Re-export it with the Hugging Face tokenizers library.", e);
        }
        try
        {
            return new ModelTokenizer(tokenizer, maxTokens, splitIdentifiers, expandAbbreviations);
        }
        catch
        {
            tokenizer.Dispose();
            throw;
        }
    }

    /// <summary>The model input for <paramref name="text"/>: special tokens included, cut to the model's limit
    /// by dropping text tokens from the end while keeping the template's closing tokens. With identifier splitting
    /// on, the words of the identifiers are what gets tokenized (see <see cref="Words"/>).</summary>
    public long[] Encode(string text)
    {
        text = Words(text);
        uint[] ids;
        lock (_gate)
        {
            ids = _tokenizer.Encode(text);
        }
        var length = Math.Min(ids.Length, _maxTokens);
        var result = new long[length];
        var head = length - (ids.Length > _maxTokens ? _trailingSpecials : 0);
        for (var i = 0; i < head; i++)
        {
            result[i] = ids[i];
        }
        for (var i = head; i < length; i++)
        {
            result[i] = ids[ids.Length - (length - i)];
        }
        return result;
    }

    /// <summary>What the model reads: identifiers split into words, abbreviations followed by theirs, as the profile says.</summary>
    private string Words(string text)
    {
        var words = _splitIdentifiers ? IdentifierWords.Split(text) : text;
        return _expandAbbreviations ? Abbreviations.Expand(words) : words;
    }

    /// <summary>Tokens of the text alone, untruncated: what the chunker must keep under the model's limit.</summary>
    public int CountTokens(ReadOnlySpan<char> text)
    {
        int count;
        lock (_gate)
        {
            count = _tokenizer.Encode(Words(text.ToString())).Length;
        }
        return count - SpecialTokens;
    }

    public void Dispose() => _tokenizer.Dispose();
}
