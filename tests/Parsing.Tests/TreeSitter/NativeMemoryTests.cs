using System.Diagnostics;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Tests.TreeSitter;

[CollectionDefinition(nameof(NativeMemoryTests), DisableParallelization = true)]
public sealed class NativeMemoryTestGroup;

/// <summary>Runs alone: resident memory is only meaningful when no other test allocates meanwhile.</summary>
[Collection(nameof(NativeMemoryTests))]
public sealed class NativeMemoryTests
{
    [Fact]
    public void Parse_TenThousandTimes_DoesNotLeakNativeMemory()
    {
        var source = SourceText.FromString(string.Concat(Enumerable.Repeat("class A { void f(int x) { if (x > 0) { g(x - 1); } } }\n", 40)));
        using var parser = new TreeSitterParser(Grammar.Java);
        void Run(int times)
        {
            for (var i = 0; i < times; i++)
            {
                using var tree = parser.Parse(source);
                using var cursor = tree.Walk();
                cursor.GotoFirstChild();
                _ = tree.Root.Children.Count;
            }
        }

        Run(1_000);
        var before = ResidentBytes();
        Run(10_000);
        var growth = ResidentBytes() - before;

        // One leaked tree of this source costs about 150 KB: 10,000 leaks would be 1.5 GB.
        Assert.True(growth < 128L * 1024 * 1024, $"Resident memory grew by {growth / 1024 / 1024} MB over 10,000 parses.");
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
