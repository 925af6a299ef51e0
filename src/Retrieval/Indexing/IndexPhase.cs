namespace CodeIntel.Retrieval.Indexing;

/// <summary>The stage an index run is in.</summary>
public enum IndexPhase
{
    /// <summary>Scanning the tree, chunking changed files and committing them (lexical search is live after this).</summary>
    Files,

    /// <summary>Embedding chunks whose content has no cached vector, and adding them to the vector index.</summary>
    Embedding,

    /// <summary>Bringing the vector index in line with the stored chunks (replaying the journal, deleting, upserting).</summary>
    Vectors,
}
