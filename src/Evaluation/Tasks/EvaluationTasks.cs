namespace CodeIntel.Evaluation.Tasks;

/// <summary>The task names <c>codeintel eval</c> accepts, as CodeXGLUE names them.</summary>
public static class EvaluationTasks
{
    public const string CodeToCode = "code-to-code-trans";
    public const string Refinement = "code-refinement";
    public const string Cosqa = "cosqa";
    public const string AdvTest = "advtest";
    public const string Poj104 = "clone-poj104";
    public const string BigCloneBench = "clone-bcb";

    public static IReadOnlyList<string> WithPredictionFiles { get; } = [CodeToCode, Refinement, Cosqa, AdvTest, Poj104, BigCloneBench];
}
