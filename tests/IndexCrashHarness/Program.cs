using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Tests.Indexing;

// index ROOT INDEX_DIR EMBED_LOG [--batch N] [--embed-delay-ms N] [--file-delay-ms N]
//   Indexes ROOT into INDEX_DIR (vectors in INDEX_DIR/vectors.txt, saved at each checkpoint). Before each embedder
//   call it appends one line per text, "<pid> <batch> <content hash>", to EMBED_LOG. Prints "phase <name>" when a
//   phase starts and "done ..." at the end.
// bench ROOT [--embed-delay-ms N]
//   Runs IndexBenchmark on ROOT with the trigram embedder and prints its figures.
if (args.Length < 2 || args[0] is not ("index" or "bench"))
{
    await Console.Error.WriteLineAsync("usage: IndexCrashHarness index ROOT INDEX_DIR EMBED_LOG [--batch N] [--embed-delay-ms N] [--file-delay-ms N]\n" +
                                       "       IndexCrashHarness bench ROOT [--embed-delay-ms N]");
    return 2;
}
int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
var embedDelay = TimeSpan.FromMilliseconds(Option("--embed-delay-ms", 0));
using var chunker = new SourceChunker();
using var detector = new LanguageDetector();

if (args[0] == "bench")
{
    using var benchEmbedder = new TrigramEmbedder(delayPerBatch: embedDelay);
    await IndexBenchmark.RunAsync(args[1], benchEmbedder, directory =>
    {
        var index = new InMemoryVectorIndex();
        var file = Path.Combine(directory, "vectors.txt");
        return new VectorIndexTarget(index, (generation, ct) => index.SaveAsync(file, generation, ct));
    }, chunker, detector, Console.Out);
    return 0;
}

var (root, indexDirectory, log) = (args[1], args[2], args[3]);
var pid = Environment.ProcessId;
var batches = 0;
void LogBatch(IReadOnlyList<string> texts)
{
    batches++;
    var lines = new StringBuilder();
    foreach (var text in texts)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
        lines.Append(CultureInfo.InvariantCulture, $"{pid} {batches} {hash}\n");
    }
    File.AppendAllText(log, lines.ToString());
}

using var embedder = new TrigramEmbedder(delayPerBatch: embedDelay, onBatch: LogBatch);
using var store = IndexStore.Open(indexDirectory);
var vectorFile = Path.Combine(indexDirectory, "vectors.txt");
using var vectors = InMemoryVectorIndex.Load(vectorFile);
var fileDelay = Option("--file-delay-ms", 0);
IndexPhase? phase = null;
var progress = new SyncProgress<IndexProgress>(p =>
{
    if (p.Phase != phase)
    {
        phase = p.Phase;
        Console.WriteLine($"phase {p.Phase}");
    }
    if (p.Phase == IndexPhase.Files && fileDelay > 0)
    {
        Thread.Sleep(fileDelay);
    }
});
var options = new IndexerOptions { EmbeddingBatchSize = Option("--batch", 256), FilesPerTransaction = 4, VectorCheckpointInterval = 64 };
var indexer = new CodeIndexer(store, embedder, new VectorIndexTarget(vectors, (g, ct) => vectors.SaveAsync(vectorFile, g, ct)), chunker, detector, options: options);
var summary = await indexer.UpdateAsync(root, progress);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"done files {summary.State.Files} chunks {summary.State.Chunks} embedded {summary.ChunksEmbedded} vectors {summary.State.ChunksInVectorIndex} rebuild {summary.VectorRebuildReason is not null}"));
return 0;
