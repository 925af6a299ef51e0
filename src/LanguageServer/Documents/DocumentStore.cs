using System.Collections.Concurrent;

namespace CodeIntel.LanguageServer.Documents;

/// <summary>The documents the client has open, by URI. The text of an open document is the editor's, not the disk's.</summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public void Open(OpenDocument document) => _documents[document.Uri] = document;

    public OpenDocument? Get(string uri) => _documents.GetValueOrDefault(uri);

    public bool Close(string uri) => _documents.TryRemove(uri, out _);

    public int Count => _documents.Count;
}
