using System.Text.Json;

namespace CodeIntel.Translation.Verification;

/// <summary>
/// Reads the CodeRosetta Fortran-to-C++ pairs (JSONL with <c>line</c>, <c>fortran</c>, <c>cpp</c>). Upstream writes
/// every newline as the two characters <c>\n</c>; they are turned back into newlines here (the ambiguity with a
/// <c>\n</c> inside a C string literal only affects the reference C++, which is only used for BLEU).
/// </summary>
public static class FortranCppPairs
{
    public static async Task<IReadOnlyList<FortranCppPair>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var pairs = new List<FortranCppPair>();
        int lineNo = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNo++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                pairs.Add(new FortranCppPair(
                    root.TryGetProperty("line", out var l) ? l.GetInt32() : lineNo - 1,
                    Unescape(root.GetProperty("fortran").GetString() ?? ""),
                    Unescape(root.GetProperty("cpp").GetString() ?? "")));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNo}: not a Fortran/C++ pair ({ex.Message}); each line must be a JSON object with 'fortran' and 'cpp'.", ex);
            }
        }
        return pairs;
    }

    public static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);
}
