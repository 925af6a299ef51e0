using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Tests.Chunking;

/// <summary>The realistic source files under Chunking/Fixtures, one per parsed language.</summary>
internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Chunking", "Fixtures", name);

    public static SourceText Source(string name) => SourceText.FromBytes(File.ReadAllBytes(PathOf(name)));

    public static ChunkingResult Chunk(string name, ChunkerOptions? options = null)
    {
        using var chunker = new SourceChunker(options);
        return chunker.Chunk(name, Language.FromPath(name)!, Source(name));
    }

    public static IReadOnlyList<string> FileNames { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Chunking", "Fixtures")).Select(f => Path.GetFileName(f)).Order().ToList();

    public static TheoryData<string> Names() => new(FileNames);
}
