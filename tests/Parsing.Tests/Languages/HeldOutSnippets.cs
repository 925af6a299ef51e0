using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.Tests.Languages;

/// <summary>
/// The held-out snippets of ../shared/data, cut and split exactly as training/language-gate does it
/// (snippets.py, corpora.py), so the test measures the detector on records the weights never saw.
/// </summary>
internal static class HeldOutSnippets
{
    private const int MinLines = 3;
    private const int MaxLines = 30;

    /// <summary>The shared/data folder beside the repository (or above the test binaries), or null.</summary>
    public static string? FindDataFolder() => SharedData.Root();

    /// <summary>Held-out snippets of 3 to 30 lines, at most <paramref name="perSource"/> per source and language.</summary>
    public static IReadOnlyList<(Language Language, string Source, string Text)> Load(string data, int perSource)
    {
        var result = new List<(Language, string, string)>();
        result.AddRange(CodeXGlue(data, "java", Language.Java).Take(perSource));
        result.AddRange(CodeXGlue(data, "cs", Language.CSharp).Take(perSource));
        foreach (var (folder, language) in new[] { ("cpp", Language.Cpp), ("java", Language.Java), ("python", Language.Python) })
        {
            result.AddRange(TransCoder(data, folder, language).Take(perSource));
        }
        result.AddRange(CoSqa(data).Take(perSource));
        return result;
    }

    /// <summary>
    /// Every Java and C# record of CodeXGLUE (train and valid), every CoSQA Python function and every C++, Java
    /// and Python function of TransCoder, whatever their split and length: for checks that must hold on all real
    /// code, not a sample.
    /// </summary>
    public static IEnumerable<(Language Language, string Source, string Text)> All(string data)
    {
        foreach (var split in new[] { "train", "valid" })
        {
            foreach (var (extension, language) in new[] { ("java", Language.Java), ("cs", Language.CSharp) })
            {
                foreach (var snippet in CodeXGlue(data, extension, language, split, anyLength: true))
                {
                    yield return snippet;
                }
            }
        }
        foreach (var snippet in CoSqa(data, anySplit: true))
        {
            yield return snippet;
        }
        foreach (var (folder, language) in new[] { ("cpp", Language.Cpp), ("java", Language.Java), ("python", Language.Python) })
        {
            var root = Path.Combine(data, "transcoder-gfg", folder);
            if (!Directory.Exists(root))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(root).Order(StringComparer.Ordinal))
            {
                yield return (language, "transcoder-gfg", GoldFunction(File.ReadAllText(path)));
            }
        }
    }

    // Upstream split: the valid file is held out.
    private static IEnumerable<(Language, string, string)> CodeXGlue(
        string data, string extension, Language language, string split = "valid", bool anyLength = false)
    {
        var path = Path.Combine(data, "codexglue-java-cs", $"{split}.java-cs.txt.{extension}");
        if (!File.Exists(path))
        {
            yield break;
        }
        foreach (var line in File.ReadLines(path))
        {
            var text = Reflow(line);
            if (anyLength || InRange(text))
            {
                yield return (language, "codexglue-java-cs", text);
            }
        }
    }

    // Split by problem group: held out when the group hash's first byte is divisible by 5.
    private static IEnumerable<(Language, string, string)> TransCoder(string data, string folder, Language language)
    {
        var root = Path.Combine(data, "transcoder-gfg");
        var manifest = Path.Combine(root, "manifest.jsonl");
        if (!File.Exists(manifest))
        {
            yield break;
        }
        var heldOut = File.ReadLines(manifest)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(r => Convert.ToInt32(r.GetProperty("group_sha1").GetString()![..2], 16) % 5 == 0)
            .Select(r => r.GetProperty("id").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder)).Order(StringComparer.Ordinal))
        {
            if (!heldOut.Contains(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }
            var text = GoldFunction(File.ReadAllText(path));
            if (InRange(text))
            {
                yield return (language, "transcoder-gfg", text);
            }
        }
    }

    // Held out by hash of the code itself.
    private static IEnumerable<(Language, string, string)> CoSqa(string data, bool anySplit = false)
    {
        var path = Path.Combine(data, "cosqa", "code_idx_map.txt");
        if (!File.Exists(path))
        {
            yield break;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var text = property.Name.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
            if (anySplit || InRange(text) && IsHeldOut(text))
            {
                yield return (Language.Python, "cosqa", text);
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms",
        Justification = "SHA-1 only reproduces the training script's split rule; nothing is secured by it.")]
    private static bool IsHeldOut(string key) => SHA1.HashData(Encoding.UTF8.GetBytes(key))[0] % 5 == 0;

    private static bool InRange(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var lines = text.Trim('\n').Split('\n').Length;
        return lines is >= MinLines and <= MaxLines;
    }

    private static string GoldFunction(string harness)
    {
        var lines = harness.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains("f_gold", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.Contains("TOFILL", StringComparison.Ordinal));
        return start < 0 || end <= start ? "" : string.Join('\n', lines[start..end]).Trim('\n');
    }

    // One statement per line, indented by brace depth; strings are copied untouched.
    private static string Reflow(string oneLine)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        int depth = 0, parens = 0;
        var quote = '\0';
        var escaped = false;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0)
            {
                lines.Add(new string(' ', 4 * Math.Max(depth, 0)) + text);
            }
            current.Clear();
        }

        foreach (var ch in oneLine)
        {
            if (quote != '\0')
            {
                current.Append(ch);
                if (escaped)
                {
                    escaped = false;
                }
                else if (ch == '\\')
                {
                    escaped = true;
                }
                else if (ch == quote)
                {
                    quote = '\0';
                }
                continue;
            }
            switch (ch)
            {
                case '"' or '\'':
                    quote = ch;
                    current.Append(ch);
                    break;
                case '(':
                    parens++;
                    current.Append(ch);
                    break;
                case ')':
                    parens--;
                    current.Append(ch);
                    break;
                case '{':
                    current.Append(ch);
                    Flush();
                    depth++;
                    break;
                case '}':
                    Flush();
                    depth--;
                    current.Append(ch);
                    Flush();
                    break;
                case ';' when parens <= 0:
                    current.Append(ch);
                    Flush();
                    break;
                default:
                    current.Append(ch);
                    break;
            }
        }
        Flush();
        return string.Join('\n', lines);
    }
}
