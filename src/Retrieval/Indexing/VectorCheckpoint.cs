namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Makes every change sent to a vector index so far durable, e.g. saves a USearch index file (atomically: write a
/// temporary file, then rename). <paramref name="generation"/> is the index generation the vector index now
/// reflects; an owner may store it beside its file.
/// </summary>
public delegate Task VectorCheckpoint(long generation, CancellationToken cancellationToken);
