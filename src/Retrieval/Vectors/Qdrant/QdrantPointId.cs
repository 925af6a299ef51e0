using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CodeIntel.Retrieval.Vectors.Qdrant;

/// <summary>
/// Qdrant point ids for chunk keys. Keys are only unique within one chunk store, and a collection may hold several
/// (one per namespace), so the id is a UUID derived from both: SHA-256 of the UTF-8 namespace, a zero byte and the
/// key as 8 big-endian bytes, cut to 16 bytes and marked as an RFC 9562 version-8 (custom) UUID. The same
/// (namespace, key) always gives the same id, so re-sending a point overwrites it.
/// </summary>
internal static class QdrantPointId
{
    public static Guid From(string @namespace, long key)
    {
        var nameLength = Encoding.UTF8.GetByteCount(@namespace);
        var input = new byte[nameLength + 1 + sizeof(long)];
        Encoding.UTF8.GetBytes(@namespace, input);
        BinaryPrimitives.WriteInt64BigEndian(input.AsSpan(nameLength + 1), key);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
