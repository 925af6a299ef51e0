namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>
/// The small JSON file beside a saved index (<c>index.usearch.json</c>). It commits a save: an index file is only
/// trusted when its length and SHA-256 match the sidecar's. <see cref="Checkpoint"/> is the owner's marker (for
/// example the chunk store's last change id) that says which database state the saved vectors reflect.
/// </summary>
internal sealed record UsearchSidecar(
    int FormatVersion,
    int Dimensions,
    long Count,
    long Tombstones,
    long Checkpoint,
    long IndexBytes,
    string IndexSha256,
    int Connectivity,
    string Metric,
    string Scalar)
{
    public const int CurrentFormatVersion = 1;
}
