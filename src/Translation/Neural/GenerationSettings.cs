using System.Text.Json;

namespace CodeIntel.Translation.Neural;

/// <summary>
/// <c>generation_config.json</c>: special token ids, the decoder start token per target language, the pairs the
/// model translates, the longest source its position table covers, and the default search settings.
/// </summary>
internal sealed record GenerationSettings(
    IReadOnlyDictionary<string, int> DecoderStartTokenIds,
    int EosTokenId,
    int PadTokenId,
    int MaxLength,
    int NumBeams,
    double LengthPenalty,
    bool EarlyStopping,
    IReadOnlyDictionary<string, string> Pairs,
    int MaxSourceLength)
{
    public static GenerationSettings Read(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var starts = root.GetProperty("decoder_start_token_id").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
            var pairs = root.GetProperty("source_languages").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
            return new GenerationSettings(
                starts,
                root.GetProperty("eos_token_id").GetInt32(),
                root.GetProperty("pad_token_id").GetInt32(),
                root.GetProperty("max_length").GetInt32(),
                root.GetProperty("num_beams").GetInt32(),
                root.GetProperty("length_penalty").GetDouble(),
                root.GetProperty("early_stopping").GetBoolean(),
                pairs,
                root.TryGetProperty("max_source_length", out var max) ? max.GetInt32() : 512);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new NeuralModelException(
                $"'{path}' is not a usable generation config ({e.Message}). It needs decoder_start_token_id (one id per target language), " +
                "eos_token_id, pad_token_id, max_length, num_beams, length_penalty, early_stopping and source_languages (max_source_length is optional); regenerate it with training/neural-translation/train.py.", e);
        }
    }
}
