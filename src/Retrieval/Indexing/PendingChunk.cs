namespace CodeIntel.Retrieval.Indexing;

/// <summary>A chunk whose content still needs a vector.</summary>
internal readonly record struct PendingChunk(long Key, string ContentHash, string Text);
