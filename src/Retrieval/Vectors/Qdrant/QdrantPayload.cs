using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace CodeIntel.Retrieval.Vectors.Qdrant;

/// <summary>The payload fields of a chunk point and the conversions to and from Qdrant's types.</summary>
internal static class QdrantPayload
{
    public const string Namespace = "namespace";
    public const string Key = "key";
    public const string Path = "path";
    public const string Language = "language";
    public const string Symbol = "symbol";
    public const string StartLine = "start_line";
    public const string EndLine = "end_line";
    public const string StartByte = "start_byte";
    public const string EndByte = "end_byte";
    public const string ContentHash = "content_hash";

    /// <summary>Fields with a keyword index: the namespace filter of every call, and the two a user deletes by.</summary>
    public static readonly IReadOnlyList<string> IndexedFields = [Namespace, Path, ContentHash];

    public static PointStruct ToPoint(string @namespace, VectorPoint point)
    {
        var payload = point.Payload;
        return new PointStruct
        {
            Id = QdrantPointId.From(@namespace, point.Key),
            Vectors = point.Vector,
            Payload =
            {
                [Namespace] = @namespace,
                [Key] = point.Key,
                [Path] = payload.Path,
                [Language] = payload.Language,
                [Symbol] = payload.Symbol,
                [StartLine] = payload.StartLine,
                [EndLine] = payload.EndLine,
                [StartByte] = payload.StartByte,
                [EndByte] = payload.EndByte,
                [ContentHash] = payload.ContentHash,
            },
        };
    }

    /// <summary>The chunk key stored in a point's payload, or null when the point was not written by this class.</summary>
    public static long? KeyOf(MapField<string, Value> payload) =>
        payload.TryGetValue(Key, out var value) && value.HasIntegerValue ? value.IntegerValue : null;

    public static Filter InNamespace(string @namespace) => new() { Must = { Conditions.MatchKeyword(Namespace, @namespace) } };

    public static Filter WithContentHashes(string @namespace, IReadOnlyList<string> hashes) =>
        new() { Must = { Conditions.MatchKeyword(Namespace, @namespace), Conditions.Match(ContentHash, hashes) } };
}
