using System.Text.Json.Serialization;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// A unit of code to embed and search. Lines are 1-based and inclusive; bytes are offsets into the file's
/// UTF-8 content, end exclusive. For container kinds (<see cref="ChunkKind.Class"/> etc.) the span covers the
/// declaration while <see cref="Text"/> is its outline, with the bodies of separately chunked members elided.
/// </summary>
public sealed record Chunk
{
    /// <summary>Stable identity: a hash of path, symbol path, kind, part and content. Unchanged when only other code moves.</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of <see cref="Text"/> (hex, 16 bytes): the cache key for embeddings.</summary>
    public required string ContentHash { get; init; }

    public required string Path { get; init; }

    /// <summary>Language id (<c>csharp</c>, <c>python</c>).</summary>
    public required string Language { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<ChunkKind>))]
    public required ChunkKind Kind { get; init; }

    /// <summary>The unit's own name (<c>GetUser</c>), or a descriptive label for top-level code and windows.</summary>
    public required string Name { get; init; }

    /// <summary>Enclosing symbols joined by dots: <c>Namespace.Class.Method</c>.</summary>
    public required string SymbolPath { get; init; }

    public required int StartLine { get; init; }

    public required int EndLine { get; init; }

    public required int StartByte { get; init; }

    public required int EndByte { get; init; }

    /// <summary>Size of <see cref="Text"/> in model tokens, as counted by the chunker's <see cref="ITokenCounter"/>.</summary>
    public required int TokenCount { get; init; }

    /// <summary>1-based index of this part when a unit was split; 1 otherwise.</summary>
    public int Part { get; init; } = 1;

    /// <summary>Number of parts the unit was split into; 1 when it was not.</summary>
    public int PartCount { get; init; } = 1;

    public required string Text { get; init; }
}
