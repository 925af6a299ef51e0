using System.CommandLine;
using System.Globalization;
using CodeIntel.Cli.CloneBench;
using CodeIntel.CloneDetection;
using CodeIntel.CloneDetection.Units;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench clones --corpus DIR</c>: clone-detection precision and recall on a labelled set built on the
/// fly. The C# files of DIR are copied to a scratch folder; methods that take part in no clone there are picked at
/// random (seeded) and copied into new files as exact, renamed, gapped and gapped+renamed clones; the detector then
/// runs over the whole tree. Recall: injected pairs found. Precision: of the reported pairs that touch injected
/// code, the share that are the labelled pairs. Swept over near-duplicate thresholds.
/// </summary>
internal static class CloneBenchCommand
{
    private static readonly string[] Types = ["exact", "renamed", "gapped", "gapped+renamed"];

    private static readonly double[] Thresholds = [0.5, 0.6, 0.7, 0.8, 0.9];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<string>("--corpus") { Description = "A folder of C# files (e.g. from bench/make-csharp-corpus.py, or src).", Required = true };
        var count = new Option<int>("--injections") { Description = "Clones to inject (split evenly over the four types).", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same labelled set.", DefaultValueFactory = _ => 1 };
        var command = new Command("clones", "Clone-detection precision/recall on exact, renamed and gapped clones injected into a real C# codebase.")
        {
            corpus, count, seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = Path.GetFullPath(parse.GetValue(corpus)!);
            if (!Directory.Exists(source))
            {
                await stderr.WriteLineAsync($"codeintel: no such directory: {source}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            using var scratch = new ScratchFolder();
            foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
            {
                var target = Path.Combine(scratch.Root, "original", Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            using var chunker = new SourceChunker();
            using var detector = new LanguageDetector();
            using var parsers = new ParserPool();
            var clones = new CloneDetector(new CloneDetectionOptions(), chunker, detector, parsers);
            var before = clones.Scan(scratch.Root, cancellationToken: cancellationToken);
            var baseline = clones.Find(before, cancellationToken);
            var labels = Inject(scratch.Root, before, baseline, parse.GetValue(count), parse.GetValue(seed));
            var after = clones.Scan(scratch.Root, cancellationToken: cancellationToken);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bench clones {source}: {before.Files} C# files, {before.Units.Count} methods of 50+ tokens, {baseline.Count} findings before injection (unlabelled); " +
                $"{labels.Count} injected: {string.Join(", ", Types.Select(t => $"{labels.Count(l => l.Type == t)} {t}"))}")).ConfigureAwait(false);

            foreach (var similarity in Thresholds)
            {
                var sweep = new CloneDetector(new CloneDetectionOptions { MinSimilarity = similarity }, chunker, detector, parsers);
                await stdout.WriteLineAsync(Score(similarity, labels, after, sweep.Find(after, cancellationToken))).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<CloneLabel> Inject(string root, CloneScan scan, IReadOnlyList<CloneFinding> baseline, int count, int seed)
    {
        var random = new Random(seed);
        var injector = new CloneInjector(random);
        var cloned = baseline.SelectMany(f => f.Others.Append(f.Unit)).Select(Key).ToHashSet(StringComparer.Ordinal);
        // Whole methods (balanced braces) that take part in no clone yet, with room for a deleted statement.
        var candidates = scan.Units
            .Where(u => u.TokenCount >= 60 && !cloned.Contains(Key(u)) && u.Text.TrimEnd().EndsWith('}')
                && u.Text.Count(c => c == '{') == u.Text.Count(c => c == '}'))
            .OrderBy(_ => random.Next())
            .ToList();
        var labels = new List<CloneLabel>();
        foreach (var unit in candidates)
        {
            if (labels.Count >= count)
            {
                break;
            }
            var type = Types[labels.Count % Types.Length];
            var copy = type switch
            {
                "exact" => CloneInjector.Exact(unit.Text),
                "renamed" => CloneInjector.Renamed(unit.Text),
                "gapped" => injector.Gapped(unit.Text),
                _ => injector.Gapped(unit.Text) is { } gapped ? CloneInjector.Renamed(gapped) : null,
            };
            if (copy is null)
            {
                continue;
            }
            var name = $"injected/Injected{labels.Count:0000}.cs";
            File.WriteAllText(Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar)),
                $"namespace Injected\n{{\n    public class Injected{labels.Count:0000}\n    {{\n{copy}\n    }}\n}}\n");
            labels.Add(new CloneLabel(name, Key(unit), type));
        }
        return labels;
    }

    private static string Score(double similarity, List<CloneLabel> labels, CloneScan scan, IReadOnlyList<CloneFinding> findings)
    {
        var injected = scan.Units.Where(u => u.Path.StartsWith("injected/", StringComparison.Ordinal)).GroupBy(u => u.Path)
            .ToDictionary(g => g.Key, g => g.Select(Key).ToList(), StringComparer.Ordinal);
        var reported = findings.SelectMany(f => f.Others.Select(o => Pair(Key(f.Unit), Key(o)))).ToHashSet();
        var labelled = new HashSet<(string, string)>();
        var parts = new List<string>();
        foreach (var type in Types)
        {
            var ofType = labels.Where(l => l.Type == type).ToList();
            var found = 0;
            foreach (var label in ofType)
            {
                var pairs = injected.GetValueOrDefault(label.InjectedPath, []).Select(k => Pair(label.SourceKey, k)).ToList();
                labelled.UnionWith(pairs);
                found += pairs.Any(reported.Contains) ? 1 : 0;
            }
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{type} {found}/{ofType.Count} ({100.0 * found / Math.Max(1, ofType.Count):0.0}%)"));
        }
        var touching = reported.Where(p => p.Item1.StartsWith("injected/", StringComparison.Ordinal) || p.Item2.StartsWith("injected/", StringComparison.Ordinal)).ToList();
        var correct = touching.Count(labelled.Contains);
        var recall = 100.0 * labels.Count(l => injected.GetValueOrDefault(l.InjectedPath, []).Any(k => reported.Contains(Pair(l.SourceKey, k)))) / Math.Max(1, labels.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"min-similarity {similarity:0.0}: recall {recall:0.0}% [{string.Join(", ", parts)}]  precision {100.0 * correct / Math.Max(1, touching.Count):0.0}% ({correct}/{touching.Count} reported pairs touching injected code)  all pairs reported {reported.Count}");
    }

    private static string Key(CodeUnit unit) => unit.Path.Replace("original/", string.Empty, StringComparison.Ordinal) + ":" + unit.StartByte;

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>A scratch folder for the labelled corpus, removed when the benchmark ends.</summary>
    private sealed class ScratchFolder : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("codeintel-clone-bench-").FullName;

        public ScratchFolder() => Directory.CreateDirectory(Path.Combine(Root, "injected"));

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
