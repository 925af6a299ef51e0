using System.Globalization;
using System.Text;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>
/// A minimal BERT uncased tokenizer (lower-case, strip accents, split on spaces and punctuation, greedy longest-match
/// WordPiece) to feed the model real token ids in tests. The product's tokenizer lives with the embedder.
/// </summary>
public sealed class WordPiece
{
    private readonly Dictionary<string, long> _vocabulary = new(StringComparer.Ordinal);
    private readonly long _unknown, _classify, _separator;

    public WordPiece(string vocabPath)
    {
        var id = 0L;
        foreach (var line in File.ReadLines(vocabPath))
        {
            _vocabulary.TryAdd(line, id++);
        }
        (_unknown, _classify, _separator) = (_vocabulary["[UNK]"], _vocabulary["[CLS]"], _vocabulary["[SEP]"]);
    }

    /// <summary>[CLS] tokens [SEP], at most <paramref name="maxTokens"/> ids.</summary>
    public long[] Encode(string text, int maxTokens = 128)
    {
        var ids = new List<long> { _classify };
        foreach (var word in Words(text))
        {
            ids.AddRange(Pieces(word));
            if (ids.Count >= maxTokens - 1)
            {
                break;
            }
        }
        if (ids.Count > maxTokens - 1)
        {
            ids.RemoveRange(maxTokens - 1, ids.Count - (maxTokens - 1));
        }
        ids.Add(_separator);
        return [.. ids];
    }

    private static IEnumerable<string> Words(string text)
    {
        var normalized = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var word = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                if (char.IsPunctuation(c) || char.IsSymbol(c))
                {
                    yield return c.ToString();
                }
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private List<long> Pieces(string word)
    {
        var pieces = new List<long>();
        for (var start = 0; start < word.Length;)
        {
            var end = word.Length;
            long? found = null;
            for (; end > start; end--)
            {
                var piece = (start > 0 ? "##" : string.Empty) + word[start..end];
                if (_vocabulary.TryGetValue(piece, out var id))
                {
                    found = id;
                    break;
                }
            }
            if (found is null)
            {
                return [_unknown];
            }
            pieces.Add(found.Value);
            start = end;
        }
        return pieces;
    }
}
