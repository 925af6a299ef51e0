using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Translation.Tests.Routing;

/// <summary>
/// What a misrouted or half-selected snippet gets: every expert, handed text it cannot read (another language,
/// a cut through the middle of a class), returns Python that parses with the unreadable parts marked, never a
/// crash and never the "translator produced Python that python3 would refuse" error.
/// </summary>
public sealed class ForeignSourceTests
{
    private static readonly Language[] Experts = [Language.CSharp, Language.Cpp, Language.Java, Language.JavaScript, Language.Php];

    [SkippableFact]
    public async Task EveryExpert_ChunksOfThisRepositorysCSharp_GiveParseablePythonOrAClearRefusal()
    {
        var src = RepositorySources();
        Skip.If(src is null, "the repository's src folder is not beside the test binaries");
        using var detector = new LanguageDetector();
        var router = BuiltInTranslators.CreateRouter(detector);
        var chunks = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(p => Chunks(File.ReadAllText(p)))
            .Where((_, i) => i % 9 == 0) // a fixed sample of a few hundred, so the run stays short
            .ToList();
        Assert.True(chunks.Count > 100, $"only {chunks.Count} chunks found under {src}");

        var failures = new List<string>();
        foreach (var chunk in chunks)
        {
            foreach (var language in Experts)
            {
                try
                {
                    await router.TranslateAsync(new TranslationRequest(chunk, TranslationTarget.Python, language));
                }
                catch (TranslationUnavailableException)
                {
                    // A clear refusal ("no code signal", "too large") is an answer.
                }
                catch (Exception e)
                {
                    failures.Add($"{language.Id}: {e.GetType().Name}: {e.Message.Split('\n')[0]}\n{chunk}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {chunks.Count * Experts.Length} translations failed; first:\n{string.Join("\n\n", failures.Take(3))}");
    }

    [Theory]
    [InlineData("java", "class S {\n  int f(X member) {\n    if (member is A && member.Parent?.Parent is B p) { return 1; }\n    return 0;\n  }\n}")]
    [InlineData("php", "public void Add(IReadOnlyList<string> ranking)\n{\n    Queries++;\n    for (var i = 0; i < ranking.Count; i++) { Sum += 1.0 / (i + 1); }\n}")]
    [InlineData("javascript", "class Index {\n  [GeneratedRegex(@\"^x\")] partial Regex Rx();\n  public void Put(Document document) { _documents[document.Uri] = document; }\n}")]
    [InlineData("cpp", "float Dot(ReadOnlySpan<float> a) {\n  var width = System.Numerics.Vector<float>.Count;\n  return width;\n}")]
    [InlineData("java", "class A {\n  int f(int a, int) { return a; }\n  int g() { return 1; }\n}")]
    [InlineData("csharp", "var d = new Dictionary<string, int>();\n[\"key\"] = 1;\nConsole.WriteLine(d.Count);")]
    public async Task Expert_OtherLanguagesSyntax_IsMarkedAndTheOutputParses(string expert, string source)
    {
        using var detector = new LanguageDetector();
        var router = BuiltInTranslators.CreateRouter(detector);

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.FromId(expert)));

        Assert.Contains("# UNTRANSLATED:", result.Text, StringComparison.Ordinal);
        Assert.NotEmpty(result.Warnings);
    }

    /// <summary>
    /// A selection cut from a function or loop body translates, with a warning that says it is a fragment and
    /// points at the source statement that makes it one (zero-based <paramref name="line"/>).
    /// </summary>
    [Theory]
    [InlineData("javascript", "if (total > limit) {\n  return total;\n}\nfor (const x of xs) {\n  if (x < 0) continue;\n  total += x;\n}", 1)]
    [InlineData("javascript", "const x = xs[i];\nif (x < 0) {\n  continue;\n}\ntotal += x;", 2)]
    [InlineData("php", "if ($total > $limit) {\n    return $total;\n}\n$total += 1;", 1)]
    [InlineData("csharp", "var x = Next();\nfor (var i = 0; i < 3; i++)\n{\n    x += i;\n}\nif (x < 0)\n{\n    continue;\n}\nConsole.WriteLine(x);", 7)]
    public async Task Expert_SelectionCutFromABody_TranslatesAndSaysItIsAFragment(string expert, string source, int line)
    {
        using var detector = new LanguageDetector();
        var router = BuiltInTranslators.CreateRouter(detector);

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.FromId(expert)));

        var fragment = Assert.Single(result.Warnings, w => w.Message.Contains("fragment", StringComparison.Ordinal));
        Assert.Equal(line, fragment.Start.Line);
        Assert.True(fragment.End.Line > line || fragment.End.Column > fragment.Start.Column, "the warning spans the statement");
        Assert.Matches(@"\b(return|continue|break)\b", result.Text);
    }

    /// <summary>Blocks of up to 30 lines cut at blank lines, as a user's selection often is.</summary>
    private static IEnumerable<string> Chunks(string text)
    {
        var current = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0 && current.Count >= 6 || current.Count == 30)
            {
                yield return string.Join('\n', current);
                current.Clear();
            }
            if (line.Trim().Length > 0 || current.Count > 0)
            {
                current.Add(line);
            }
        }
        if (current.Count >= 3)
        {
            yield return string.Join('\n', current);
        }
    }

    private static string? RepositorySources()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CodeIntel.sln")))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }
        return null;
    }
}
