using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
namespace CodeIntel.Parsing.Tests.Chunking;
public sealed class DumpScratch
{
    [Fact]
    public void Dump()
    {
        using var chunker = new SourceChunker();
        var sb = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Chunking", "Fixtures")).Order())
        {
            var lang = Languages.Languages.FromPath(file)!;
            var result = chunker.Chunk(Path.GetFileName(file), lang, SourceText.FromBytes(File.ReadAllBytes(file)));
            sb.AppendLine($"== {Path.GetFileName(file)} {string.Join("; ", result.Warnings)}");
            foreach (var c in result.Chunks)
            {
                sb.AppendLine($"{c.Kind} {c.SymbolPath} [{c.Name}] L{c.StartLine}-{c.EndLine} B{c.StartByte}-{c.EndByte} T{c.TokenCount} P{c.Part}/{c.PartCount}");
                if (c.Kind is ChunkKind.Class or ChunkKind.Interface or ChunkKind.Trait or ChunkKind.Record or ChunkKind.Struct or ChunkKind.TopLevel) sb.AppendLine("   | " + c.Text.Replace("\n", "\n   | "));
            }
        }
        File.WriteAllText("/tmp/dump.txt", sb.ToString());
    }
}
