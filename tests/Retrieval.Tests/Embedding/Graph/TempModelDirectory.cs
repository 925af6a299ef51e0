namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>A temporary model directory holding a copy of MiniLM's model.onnx; deleted on dispose.</summary>
internal sealed class TempModelDirectory : IDisposable
{
    public TempModelDirectory(MiniLmFixture miniLm)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codeintel-variants-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        System.IO.File.Copy(miniLm.ModelPath, File("model.onnx"));
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
