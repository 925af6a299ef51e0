using CodeIntel.Parsing.Languages;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// A language CodeBLEU scores: its tree-sitter grammar, its keyword list (weighted n-gram match) and its data-flow
/// rules. C++ uses the C# data-flow rules on the C++ tree, as XLCoST's CodeBLEU does.
/// </summary>
public sealed class CodeBleuLanguage
{
    public static readonly CodeBleuLanguage Java = new("java", Grammar.Java, CodeBleuKeywords.Java, DataFlowRules.Java);
    public static readonly CodeBleuLanguage CSharp = new("c_sharp", Grammar.CSharp, CodeBleuKeywords.CSharp, DataFlowRules.CSharp);
    public static readonly CodeBleuLanguage Python = new("python", Grammar.Python, CodeBleuKeywords.Python, DataFlowRules.Python);
    public static readonly CodeBleuLanguage Cpp = new("cpp", Grammar.Cpp, CodeBleuKeywords.Cpp, DataFlowRules.CSharp);

    public static IReadOnlyList<CodeBleuLanguage> All { get; } = [Java, CSharp, Python, Cpp];

    private CodeBleuLanguage(string id, Grammar grammar, IReadOnlySet<string> keywords, DataFlowRules rules)
    {
        Id = id;
        Grammar = grammar;
        Keywords = keywords;
        Rules = rules;
    }

    /// <summary>The name the official <c>calc_code_bleu.py --lang</c> takes: <c>java</c>, <c>c_sharp</c>, <c>python</c>, <c>cpp</c>.</summary>
    public string Id { get; }

    public Grammar Grammar { get; }

    public IReadOnlySet<string> Keywords { get; }

    internal DataFlowRules Rules { get; }

    /// <summary>The language with this id; <c>csharp</c> and <c>c#</c> are accepted for <c>c_sharp</c>, <c>c++</c> for <c>cpp</c>.</summary>
    public static CodeBleuLanguage? FromId(string id) => id.ToLowerInvariant() switch
    {
        "java" => Java,
        "c_sharp" or "csharp" or "c#" or "cs" => CSharp,
        "python" or "py" => Python,
        "cpp" or "c++" => Cpp,
        _ => null,
    };

    public override string ToString() => Id;
}
