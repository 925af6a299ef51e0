using CodeIntel.Evaluation.Metrics.CodeBleu;
using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Evaluation.CodeTranslation;

/// <summary>
/// Line-aligned source and reference code: CodeXGLUE Java-C# (<c>valid.java-cs.txt.java</c> / <c>.cs</c>) in either
/// direction, or code refinement (<c>valid.buggy-fixed.buggy</c> / <c>.fixed</c>).
/// </summary>
public sealed record TranslationPairs(
    string Name, string SourceLanguage, string TargetLanguage, CodeBleuLanguage Target, IReadOnlyList<string> Sources, IReadOnlyList<string> References, IReadOnlyList<string> Files)
{
    public static TranslationPairs JavaCSharp(string directory, bool javaToCSharp, string split = "valid")
    {
        var java = Path.Combine(directory, $"{split}.java-cs.txt.java");
        var cs = Path.Combine(directory, $"{split}.java-cs.txt.cs");
        var (csLines, javaLines) = InputFiles.Aligned(cs, java);
        return javaToCSharp
            ? new TranslationPairs($"java-cs/{split}", "java", "csharp", CodeBleuLanguage.CSharp, javaLines, csLines, [java, cs])
            : new TranslationPairs($"cs-java/{split}", "csharp", "java", CodeBleuLanguage.Java, csLines, javaLines, [cs, java]);
    }

    public static TranslationPairs Refinement(string directory, string size = "small", string split = "valid")
    {
        var buggy = Path.Combine(directory, size, $"{split}.buggy-fixed.buggy");
        var fixedFile = Path.Combine(directory, size, $"{split}.buggy-fixed.fixed");
        var (fixedLines, buggyLines) = InputFiles.Aligned(fixedFile, buggy);
        return new TranslationPairs($"{size}/{split}", "java", "java", CodeBleuLanguage.Java, buggyLines, fixedLines, [buggy, fixedFile]);
    }
}
