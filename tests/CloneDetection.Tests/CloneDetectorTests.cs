using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.CloneDetection.Tests;

public sealed class CloneDetectorTests
{
    private const string JavaSum = """
        class Orders {
            int sum(int[] values, int limit) {
                int total = 0;
                for (int i = 0; i < values.length; i++) {
                    if (values[i] > limit) { total += values[i] * 2; }
                    else { total -= values[i]; }
                }
                String message = "total " + total;
                System.out.println(message);
                return total > 100 ? total : -total;
            }
        }
        """;

    private const string JavaRenamed = """
        class Invoices {
            // a comment that does not matter
            int total(int[] items, int max) {
                int acc = 1;
                for (int k = 0; k < items.length; k++) {
                    if (items[k] > max) { acc += items[k] * 3; }
                    else { acc -= items[k]; }
                }
                String text = "acc is " + acc;
                System.out.println(text);
                return acc > 7 ? acc : -acc;
            }
        }
        """;

    private const string PythonA = """
        def summarise(rows, limit):
            total = 0
            for row in rows:
                if row.value > limit:
                    total += row.value * 2
                else:
                    total -= row.value
            names = [row.name for row in rows if row.value > limit]
            print("total", total, ", ".join(names))
            return total if total > 100 else -total
        """;

    private static CloneDetector Detector(SourceChunker chunker, LanguageDetector detector, ParserPool parsers, double similarity = 0.7) =>
        new(new CloneDetectionOptions { MinTokens = 40, MinSimilarity = similarity }, chunker, detector, parsers);

    [Fact]
    public void Find_RenamedJavaCopyAndGappedPythonCopy_ReportsCI0001AndCI0002AtEachCopy()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("src/Orders.java", JavaSum);
        temp.WriteFile("src/Invoices.java", JavaRenamed);
        temp.WriteFile("py/a.py", PythonA);
        temp.WriteFile("py/b.py", PythonA.Replace("            total -= row.value\n", "            total -= row.value\n            limit = limit + 1\n", StringComparison.Ordinal));
        using var chunker = new SourceChunker();
        using var detector = new LanguageDetector();
        using var parsers = new ParserPool();
        var clones = Detector(chunker, detector, parsers);

        var scan = clones.Scan(temp.Root);
        var findings = clones.Find(scan);

        var duplicates = findings.Where(f => f.Rule == CloneRule.Duplicate).ToList();
        Assert.Equal(2, duplicates.Count);
        Assert.All(duplicates, f => Assert.Equal("renamed", f.Kind));
        Assert.Contains(duplicates, f => f.Unit.Path == "src/Orders.java" && f.Others.Single().Path == "src/Invoices.java" && f.Unit.StartLine == 2);
        var near = findings.Where(f => f.Rule == CloneRule.NearDuplicate).ToList();
        Assert.Equal(2, near.Count);
        Assert.All(near, f => Assert.Equal("python", f.Unit.Language));
        Assert.Contains(near, f => f.Unit.Path == "py/a.py" && f.Others.Single().Path == "py/b.py");
    }

    [Fact]
    public void Find_UnrelatedFunctions_ReportsNothing()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("src/Orders.java", JavaSum);
        temp.WriteFile("py/a.py", PythonA);
        using var chunker = new SourceChunker();
        using var detector = new LanguageDetector();
        using var parsers = new ParserPool();
        var clones = Detector(chunker, detector, parsers);

        var scan = clones.Scan(temp.Root);

        Assert.Equal(2, scan.Units.Count);
        Assert.Empty(clones.Find(scan));
    }

    [Fact]
    public void Scan_FunctionsBelowMinTokens_AreNotUnits()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("a.js", "function add(a, b) { return a + b; }\nfunction add2(a, b) { return a + b; }\n");
        using var chunker = new SourceChunker();
        using var detector = new LanguageDetector();
        using var parsers = new ParserPool();
        var clones = Detector(chunker, detector, parsers);

        var scan = clones.Scan(temp.Root);

        Assert.Empty(scan.Units);
        Assert.Empty(clones.Find(scan));
    }
}
