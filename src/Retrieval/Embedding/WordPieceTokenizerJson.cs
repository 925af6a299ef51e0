using System.Text.Json;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Writes the Hugging Face <c>tokenizer.json</c> of a BERT uncased WordPiece vocabulary (vocab.txt, one token a line,
/// id = line number), as the original MiniLM tokenizer does: BertNormalizer (clean text, Chinese characters split,
/// lower case, accents stripped because strip_accents is null and follows lower case), BertPreTokenizer (split on
/// whitespace and punctuation), WordPiece (<c>[UNK]</c>, <c>##</c>, at most 100 characters a word), and
/// <c>[CLS] $A [SEP]</c>. No NuGet package ships this file for MiniLM, so it is generated.
/// </summary>
internal static class WordPieceTokenizerJson
{
    private static readonly string[] SpecialTokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"];

    /// <summary>Reads vocab.txt from <paramref name="vocab"/> and writes tokenizer.json to <paramref name="output"/>.</summary>
    public static void Write(Stream vocab, Stream output)
    {
        var tokens = ReadVocabulary(vocab);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ids.TryAdd(tokens[i], i))
            {
                throw new EmbeddingModelException($"vocab.txt lists '{tokens[i]}' twice (lines {ids[tokens[i]] + 1} and {i + 1}); the vocabulary is damaged.");
            }
        }
        foreach (var special in SpecialTokens)
        {
            if (!ids.ContainsKey(special))
            {
                throw new EmbeddingModelException($"vocab.txt has no {special} token; it is not a BERT WordPiece vocabulary.");
            }
        }

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("version", "1.0");
        json.WriteNull("truncation");
        json.WriteNull("padding");
        json.WriteStartArray("added_tokens");
        foreach (var special in SpecialTokens)
        {
            json.WriteStartObject();
            json.WriteNumber("id", ids[special]);
            json.WriteString("content", special);
            json.WriteBoolean("single_word", false);
            json.WriteBoolean("lstrip", false);
            json.WriteBoolean("rstrip", false);
            json.WriteBoolean("normalized", false);
            json.WriteBoolean("special", true);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("normalizer");
        json.WriteString("type", "BertNormalizer");
        json.WriteBoolean("clean_text", true);
        json.WriteBoolean("handle_chinese_chars", true);
        json.WriteNull("strip_accents");
        json.WriteBoolean("lowercase", true);
        json.WriteEndObject();

        json.WriteStartObject("pre_tokenizer");
        json.WriteString("type", "BertPreTokenizer");
        json.WriteEndObject();

        WritePostProcessor(json, ids["[CLS]"], ids["[SEP]"]);

        json.WriteStartObject("decoder");
        json.WriteString("type", "WordPiece");
        json.WriteString("prefix", "##");
        json.WriteBoolean("cleanup", true);
        json.WriteEndObject();

        json.WriteStartObject("model");
        json.WriteString("type", "WordPiece");
        json.WriteString("unk_token", "[UNK]");
        json.WriteString("continuing_subword_prefix", "##");
        json.WriteNumber("max_input_chars_per_word", 100);
        json.WriteStartObject("vocab");
        for (var i = 0; i < tokens.Count; i++)
        {
            json.WriteNumber(tokens[i], i);
        }
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void WritePostProcessor(Utf8JsonWriter json, int cls, int sep)
    {
        json.WriteStartObject("post_processor");
        json.WriteString("type", "TemplateProcessing");
        json.WriteStartArray("single");
        WritePiece(json, "SpecialToken", "[CLS]", 0);
        WritePiece(json, "Sequence", "A", 0);
        WritePiece(json, "SpecialToken", "[SEP]", 0);
        json.WriteEndArray();
        json.WriteStartArray("pair");
        WritePiece(json, "SpecialToken", "[CLS]", 0);
        WritePiece(json, "Sequence", "A", 0);
        WritePiece(json, "SpecialToken", "[SEP]", 0);
        WritePiece(json, "Sequence", "B", 1);
        WritePiece(json, "SpecialToken", "[SEP]", 1);
        json.WriteEndArray();
        json.WriteStartObject("special_tokens");
        foreach (var (token, id) in new[] { ("[CLS]", cls), ("[SEP]", sep) })
        {
            json.WriteStartObject(token);
            json.WriteString("id", token);
            json.WriteStartArray("ids");
            json.WriteNumberValue(id);
            json.WriteEndArray();
            json.WriteStartArray("tokens");
            json.WriteStringValue(token);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePiece(Utf8JsonWriter json, string kind, string id, int typeId)
    {
        json.WriteStartObject();
        json.WriteStartObject(kind);
        json.WriteString("id", id);
        json.WriteNumber("type_id", typeId);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One token a line; tolerates CRLF (the packaged vocab.txt has it) and a missing final newline.</summary>
    internal static List<string> ReadVocabulary(Stream vocab)
    {
        var tokens = new List<string>();
        using var reader = new StreamReader(vocab, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            tokens.Add(line);
        }
        if (tokens.Count > 0 && tokens[^1].Length == 0)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        return tokens;
    }
}
