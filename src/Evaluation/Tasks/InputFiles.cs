using System.Text;
using System.Text.Json;

namespace CodeIntel.Evaluation.Tasks;

/// <summary>
/// Reads the official evaluators' input files strictly: UTF-8 only, no empty records, JSON checked line by line.
/// Every failure names the file and the 1-based line, so a wrong score never comes from a malformed file.
/// </summary>
public static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of a file (a final newline ends the last line, it does not add an empty one).</summary>
    public static IReadOnlyList<string> Lines(string path, bool allowEmpty = false)
    {
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: file not found.");
        }
        var bytes = File.ReadAllBytes(path);
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }
            if (i == bytes.Length && start == bytes.Length)
            {
                break;
            }
            var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
            string line;
            try
            {
                line = StrictUtf8.GetString(bytes, start, end - start);
            }
            catch (DecoderFallbackException e)
            {
                throw new EvaluationInputException($"{path}:{lines.Count + 1}: not valid UTF-8 (byte 0x{bytes[start + e.Index]:X2} at column {e.Index + 1}). Re-encode the file as UTF-8.", e);
            }
            if (lines.Count == 0 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }
            if (!allowEmpty && line.Trim().Length == 0)
            {
                throw new EvaluationInputException($"{path}:{lines.Count + 1}: empty line. Every line must hold one record; write a placeholder for an empty output rather than leaving the line blank.");
            }
            lines.Add(line);
            start = i + 1;
        }
        return lines;
    }

    /// <summary>Two line-aligned files (line i of one answers line i of the other), checked to have as many lines.</summary>
    public static (IReadOnlyList<string> References, IReadOnlyList<string> Predictions) Aligned(string referencesPath, string predictionsPath)
    {
        var references = Lines(referencesPath);
        var predictions = Lines(predictionsPath);
        if (references.Count != predictions.Count)
        {
            var (longer, shorter) = references.Count > predictions.Count ? (referencesPath, predictionsPath) : (predictionsPath, referencesPath);
            throw new EvaluationInputException(
                $"{predictionsPath} has {predictions.Count} lines but {referencesPath} has {references.Count}: the files must be line-aligned. " +
                $"{longer}:{Math.Min(references.Count, predictions.Count) + 1} has no counterpart in {shorter}.");
        }
        return (references, predictions);
    }

    /// <summary>Parses each line as a JSON object and hands it to <paramref name="read"/> with its line number.</summary>
    public static List<T> JsonLines<T>(string path, Func<JsonElement, T> read)
    {
        var lines = Lines(path);
        var records = new List<T>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                records.Add(read(json.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new EvaluationInputException($"{path}:{i + 1}: {e.Message.Split('\n')[0]}", e);
            }
        }
        return records;
    }

    /// <summary>A JSON value that may be a string or a number, as the official files mix them.</summary>
    public static string Id(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            throw new KeyNotFoundException($"missing \"{property}\".");
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"\"{property}\" must be a string or a number, not {value.ValueKind}."),
        };
    }

    /// <summary>Tab-separated fields of a line, checked to be exactly <paramref name="count"/>.</summary>
    public static string[] Fields(string path, int lineIndex, string line, int count)
    {
        var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != count)
        {
            throw new EvaluationInputException($"{path}:{lineIndex + 1}: expected {count} whitespace-separated fields, found {fields.Length}.");
        }
        return fields;
    }
}
