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

    /// <summary>CodeRosetta's C++ to CUDA set (BabelTower valid): tokenised functions, line-aligned.</summary>
    public static TranslationPairs CppCuda(string directory, string split = "valid")
    {
        var cpp = Path.Combine(directory, "cpp-cuda", $"cpp.para.{split}.tok");
        var cuda = Path.Combine(directory, "cpp-cuda", $"cuda.para.{split}.tok");
        var (cudaLines, cppLines) = InputFiles.Aligned(cuda, cpp);
        return new TranslationPairs($"cpp-cuda/{split}", "cpp", "cuda", CodeBleuLanguage.Cpp, cppLines, cudaLines, [cpp, cuda]);
    }

    /// <summary>
    /// CodeRosetta's Fortran to C++ set (HPC_Fortran_CPP dev): JSONL with whole programs whose line breaks are
    /// written as the two characters <c>\n</c>; they are turned back into line breaks (the encoding is ambiguous
    /// inside string literals, a known flaw of the upstream files).
    /// </summary>
    public static TranslationPairs FortranCpp(string directory)
    {
        var path = Path.Combine(directory, "fortran-cpp", "hpc_fortran_cpp.dev.jsonl");
        var records = InputFiles.JsonLines(path, j => (Fortran: Unescape(j.GetProperty("fortran").GetString()!), Cpp: Unescape(j.GetProperty("cpp").GetString()!)));
        return new TranslationPairs("fortran-cpp/dev", "fortran", "cpp", CodeBleuLanguage.Cpp, [.. records.Select(r => r.Fortran)], [.. records.Select(r => r.Cpp)], [path]);
    }

    private static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal);

    public static TranslationPairs Refinement(string directory, string size = "small", string split = "valid")
    {
        var buggy = Path.Combine(directory, size, $"{split}.buggy-fixed.buggy");
        var fixedFile = Path.Combine(directory, size, $"{split}.buggy-fixed.fixed");
        var (fixedLines, buggyLines) = InputFiles.Aligned(fixedFile, buggy);
        return new TranslationPairs($"{size}/{split}", "java", "java", CodeBleuLanguage.Java, buggyLines, fixedLines, [buggy, fixedFile]);
    }
}
