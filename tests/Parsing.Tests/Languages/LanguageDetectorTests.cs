using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using Xunit.Abstractions;

namespace CodeIntel.Parsing.Tests.Languages;

public sealed class LanguageDetectorTests(ITestOutputHelper output) : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    public static TheoryData<string, string> Snippets => new()
    {
        {
            "c",
            """
            #include <stdio.h>
            #include <string.h>

            static int count_char(const char *s, char c)
            {
                int n = 0;
                for (; *s != '\0'; s++)
                    if (*s == c)
                        n++;
                return n;
            }

            int main(void)
            {
                char line[128];
                if (fgets(line, sizeof line, stdin) == NULL)
                    return 1;
                printf("%d commas\n", count_char(line, ','));
                return 0;
            }
            """
        },
        {
            "cpp",
            """
            #include <algorithm>
            #include <vector>

            template <typename T>
            T median(std::vector<T> values)
            {
                std::sort(values.begin(), values.end());
                auto mid = values.size() / 2;
                return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
            }
            """
        },
        {
            // C# as it is written today: a switch expression, patterns, target-typed new, no using lines.
            "csharp",
            """
                private static string Describe(Shape shape) => shape switch
                {
                    Circle { Radius: > 10 } => "large circle",
                    Circle c => $"circle of {c.Radius}",
                    null => throw new ArgumentNullException(nameof(shape)),
                    _ => "something else",
                };

                private readonly Dictionary<string, int> _counts = new();
            """
        },
        {
            "csharp",
            """
            public sealed class TemperatureLog
            {
                private readonly List<double> _readings = new();

                public double Average => _readings.Count == 0 ? 0 : _readings.Average();

                public void Add(double celsius)
                {
                    if (double.IsNaN(celsius))
                    {
                        throw new ArgumentException("Reading is not a number.", nameof(celsius));
                    }
                    _readings.Add(celsius);
                }
            }
            """
        },
        {
            "java",
            """
            public class WordCounter {
                public static Map<String, Integer> count(List<String> words) {
                    Map<String, Integer> counts = new TreeMap<>();
                    for (String word : words) {
                        counts.put(word, counts.getOrDefault(word, 0) + 1);
                    }
                    return counts;
                }
            }
            """
        },
        {
            "javascript",
            """
            const button = document.getElementById('save');
            button.addEventListener('click', async () => {
              const body = JSON.stringify({ title: titleInput.value });
              const res = await fetch('/api/posts', { method: 'POST', body });
              if (res.status === 201) {
                console.log('saved');
              }
            });
            """
        },
        {
            "typescript",
            """
            interface Invoice {
              id: string;
              lines: { amount: number; vat: number }[];
            }

            export function total(invoice: Invoice): number {
              return invoice.lines.reduce((sum, line) => sum + line.amount * (1 + line.vat), 0);
            }
            """
        },
        {
            "php",
            """
            <?php
            function greet_all(array $names): void
            {
                foreach ($names as $name) {
                    echo "Hello, " . htmlspecialchars($name) . "!\n";
                }
            }
            greet_all(['Ada', 'Linus']);
            """
        },
        {
            "python",
            """
            import json

            def load_settings(path, defaults=None):
                settings = dict(defaults or {})
                try:
                    with open(path) as f:
                        settings.update(json.load(f))
                except FileNotFoundError:
                    pass
                return settings
            """
        },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Detect_RealisticSnippet_FindsItsLanguage(string expectedId, string code)
    {
        var guess = _detector.Detect(SourceText.FromString(code));

        Assert.NotNull(guess);
        Assert.Equal(expectedId, guess.Language.Id);
    }

    [Fact]
    public void Detect_Snippet_ScoresEveryParsedLanguageBestFirst()
    {
        var guess = _detector.Detect(SourceText.FromString("def f(x):\n    return x * 2\n\nprint(f(3))\n"));

        Assert.NotNull(guess);
        Assert.Equal(8, guess.Scores.Count);
        Assert.Equal(guess.Language, guess.Scores[0].Language);
        Assert.Equal(guess.Confidence, guess.Scores[0].Score);
        Assert.Equal(guess.Scores.OrderByDescending(s => s.Score), guess.Scores);
        Assert.InRange(guess.Scores.Sum(s => s.Score), 0, 1.000001);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n")]
    [InlineData("Thanks for the update. I will review the draft tomorrow morning and send my comments before lunch.")]
    [InlineData("The garden was quiet after the storm. Leaves covered the path, and the old bench by the pond\nhad been knocked over by the wind. We spent the afternoon clearing branches.")]
    public void Detect_NoCodeSignal_ReturnsNull(string text)
    {
        Assert.Null(_detector.Detect(SourceText.FromString(text)));
    }

    [Fact]
    public void Resolve_HeaderWithClass_IsCpp()
    {
        const string header = """
            #pragma once
            #include <string>

            class Account
            {
            public:
                explicit Account(std::string owner);
                void deposit(long cents);
                long balance() const;

            private:
                std::string owner_;
                long balance_ = 0;
            };
            """;

        Assert.Equal(Language.Cpp, _detector.Resolve("include/account.h", SourceText.FromString(header)));
    }

    [Fact]
    public void Resolve_HeaderWithOnlyC_IsC()
    {
        const string header = """
            #ifndef QUEUE_H
            #define QUEUE_H

            #include <stddef.h>

            typedef struct queue {
                void **items;
                size_t head, tail, capacity;
            } queue;

            queue *queue_new(size_t capacity);
            int queue_push(queue *q, void *item);
            void *queue_pop(queue *q);
            void queue_free(queue *q);

            #endif
            """;

        Assert.Equal(Language.C, _detector.Resolve("src/queue.h", SourceText.FromString(header)));
    }

    [Fact]
    public void Resolve_EmptyHeader_IsC()
    {
        Assert.Equal(Language.C, _detector.Resolve("empty.h", SourceText.FromString("")));
    }

    [Fact]
    public void Resolve_KnownExtension_TrustsTheExtension()
    {
        var pythonLooking = SourceText.FromString("def f(x):\n    return x\n");

        Assert.Equal(Language.Java, _detector.Resolve("Main.java", pythonLooking));
    }

    [Fact]
    public void Resolve_NoExtension_DetectsFromContent()
    {
        var script = SourceText.FromString("#!/usr/bin/env python3\nimport sys\n\nfor arg in sys.argv[1:]:\n    print(arg.upper())\n");

        Assert.Equal(Language.Python, _detector.Resolve("bin/shout", script));
    }

    [Theory]
    [InlineData("#!/bin/bash\nset -eu\nfor f in *.c; do gcc -c \"$f\"; done\n", "shell")]
    [InlineData("#!/usr/bin/env -S node --no-warnings\nconsole.log(1)\n", "javascript")]
    [InlineData("#!/usr/bin/python3.11\nprint(1)\n", "python")]
    public void Resolve_NoExtensionWithShebang_TrustsTheInterpreter(string script, string expected)
    {
        Assert.Equal(expected, _detector.Resolve(".ci/run", SourceText.FromString(script))?.Id);
    }

    [Fact]
    public void Resolve_UnknownExtension_ReturnsNull()
    {
        Assert.Null(_detector.Resolve("notes.unknownext", SourceText.FromString("int main() { return 0; }")));
    }

    [Fact]
    public void Detect_CancelledToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => _detector.Detect(SourceText.FromString("int x = 1;"), cts.Token));
    }

    [Fact]
    public void Dispose_WithCallersPool_LeavesThePoolUsable()
    {
        using var pool = new ParserPool();
        new LanguageDetector(pool).Dispose();

        using var tree = pool.Parse(Grammar.Python, SourceText.FromString("x = 1\n"));
        Assert.False(tree.Root.HasError);
    }

    [SkippableFact]
    public void Detect_HeldOutSharedData_IsAtLeast90PercentAccurate()
    {
        var data = HeldOutSnippets.FindDataFolder();
        Skip.If(data is null, "shared/data was not found beside the repository; held-out accuracy is not measured.");

        var snippets = HeldOutSnippets.Load(data, perSource: 400);
        Skip.If(snippets.Count < 200, $"Only {snippets.Count} held-out snippets found in {data}; at least 200 are needed.");

        var results = snippets
            .Select(s => (s.Language, Predicted: _detector.Detect(SourceText.FromString(s.Text))?.Language))
            .ToList();
        var accuracy = results.Count(r => r.Predicted == r.Language) / (double)results.Count;
        var perLanguage = results
            .GroupBy(r => r.Language)
            .Select(g => (g.Key.Id, Accuracy: g.Count(r => r.Predicted == r.Language) / (double)g.Count(), Count: g.Count()))
            .ToList();
        var report = string.Join(", ", perLanguage.Select(p => $"{p.Id} {p.Accuracy:P1} of {p.Count}"));

        // `dotnet test --logger "console;verbosity=detailed"` shows these figures (README.md quotes them).
        output.WriteLine($"held-out accuracy {accuracy:P2} on {results.Count} snippets: {report}");
        foreach (var group in results.GroupBy(r => r.Language))
        {
            var row = group.GroupBy(r => r.Predicted?.Id ?? "none").Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"  {group.Key.Id,-8} -> {string.Join(", ", row)}");
        }

        Assert.True(accuracy >= 0.9, $"Held-out accuracy {accuracy:P1} on {results.Count} snippets ({report}).");
        Assert.All(perLanguage, p => Assert.True(p.Accuracy >= 0.85, $"{p.Id}: {p.Accuracy:P1} ({report})."));
    }
}
