namespace CodeIntel.Retrieval.Indexing;

/// <summary>What the file phase decided about one scanned file.</summary>
internal enum FileOutcomeKind
{
    /// <summary>Same size and time as stored: not read.</summary>
    Unchanged,

    /// <summary>Size or time changed but the content hash did not: only the row's size and time are updated.</summary>
    Touched,

    /// <summary>New or changed content, chunked: its chunks replace the stored ones.</summary>
    Chunked,

    /// <summary>New or changed, but not indexable (binary, too large, generated, unreadable): its chunks are removed.</summary>
    Skipped,

    /// <summary>Reported by the scan itself (a link loop, an unreadable folder): not recorded, treated as absent.</summary>
    ScanSkipped,

    /// <summary>Gone between the scan and the look at it: treated as absent.</summary>
    Vanished,
}
