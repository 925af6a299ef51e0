using System.Globalization;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>Writes source trees of C#, Python and JavaScript files whose functions all differ.</summary>
internal static class SampleTree
{
    private static readonly string[] Words =
        ["parse", "render", "fetch", "store", "merge", "split", "count", "load", "save", "scan", "sort", "hash", "sign", "send", "read", "trim"];

    /// <summary>Writes <paramref name="files"/> files under <paramref name="root"/>; returns their relative paths.</summary>
    public static IReadOnlyList<string> Write(TempDirectory root, int files)
    {
        var paths = new List<string>();
        for (var i = 0; i < files; i++)
        {
            var (path, text) = (i % 3) switch
            {
                0 => ($"src/cs/m{i / 30}/Service{i}.cs", CSharp(i)),
                1 => ($"src/py/m{i / 30}/module_{i}.py", Python(i)),
                _ => ($"web/m{i / 30}/widget{i}.js", JavaScript(i)),
            };
            root.WriteFile(path, text);
            paths.Add(path);
        }
        return paths;
    }

    public static string Name(int i, int j) =>
        Words[(i + j) % Words.Length] + Capital(Words[(i * 7 + j * 3) % Words.Length]) + i.ToString(CultureInfo.InvariantCulture) + "x" + j.ToString(CultureInfo.InvariantCulture);

    public static string CSharp(int i) => $$"""
        namespace Sample.M{{i / 30}};

        public sealed class Service{{i}}
        {
            public int {{Capital(Name(i, 0))}}(int value)
            {
                var total = value * {{i + 1}};
                for (var k = 0; k < {{i % 7 + 2}}; k++)
                {
                    total += k * {{i}};
                }
                return total;
            }

            public string {{Capital(Name(i, 1))}}(string text)
            {
                var trimmed = text.Trim();
                return trimmed + "{{i}}";
            }
        }
        """;

    public static string Python(int i) => $$"""
        import math


        def {{Name(i, 0)}}(value):
            total = value * {{i + 1}}
            for k in range({{i % 7 + 2}}):
                total += k * {{i}}
            return total


        def {{Name(i, 1)}}(text):
            return text.strip() + "{{i}}"
        """;

    public static string JavaScript(int i) => $$"""
        export function {{Name(i, 0)}}(value) {
          let total = value * {{i + 1}};
          for (let k = 0; k < {{i % 7 + 2}}; k++) {
            total += k * {{i}};
          }
          return total;
        }

        export function {{Name(i, 1)}}(text) {
          return text.trim() + "{{i}}";
        }
        """;

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
