using CodeIntel.Evaluation.Metrics.CodeBleu;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Tests.Metrics.CodeBleu;

public sealed class DataFlowExtractorTests
{
    private static List<string> Flows(Grammar grammar, DataFlowRules rules, string code)
    {
        using var parser = new TreeSitterParser(grammar);
        using var tree = parser.Parse(SourceText.FromString(code));
        return DataFlowExtractor.Extract(tree.Root, rules)
            .Where(e => e.Parents.Count > 0)
            .Select(e => $"{e.Name}<-{e.Relation}-{string.Join(",", e.Parents)}")
            .ToList();
    }

    [Fact]
    public void Extract_JavaDeclarationAndUse_ValueComesFromOperandsAndUseFromDeclaration()
    {
        var flows = Flows(Grammar.Java, DataFlowRules.Java, "int f(int a, int b) { int c = a + b; return c; }");

        Assert.Contains("c<-comesFrom-a", flows);
        Assert.Contains("c<-comesFrom-b", flows);
        Assert.Contains("a<-comesFrom-a", flows);
        Assert.Equal(1, flows.Count(f => f == "c<-comesFrom-c"));
    }

    [Fact]
    public void Extract_CSharpAssignmentInLoop_FlowsBackIntoTheCondition()
    {
        var flows = Flows(Grammar.CSharp, DataFlowRules.CSharp, "void f(int n) { int i = 0; while (i < n) { i = i + 1; } }");

        // A loop folds its two passes: one fact per token, with the sources of both.
        Assert.Contains("i<-computedFrom-i,1", flows);
        Assert.Contains("i<-comesFrom-0", flows);
        Assert.Equal(2, flows.Count(f => f == "i<-comesFrom-i"));
    }

    [Fact]
    public void Extract_PythonTupleAssignment_PairsElements()
    {
        var flows = Flows(Grammar.Python, DataFlowRules.Python, "a, b = x, y\n");

        Assert.Contains("a<-computedFrom-x", flows);
        Assert.Contains("b<-computedFrom-y", flows);
        Assert.DoesNotContain("a<-computedFrom-y", flows);
    }

    [Fact]
    public void Extract_JavaIfElse_UseAfterTheBranchComesFromBothArmsAndTheDeclaration()
    {
        using var parser = new TreeSitterParser(Grammar.Java);
        using var tree = parser.Parse(SourceText.FromString("int f(boolean p) { int x; if (p) { x = 1; } else { x = 2; } return x; }"));
        var edges = DataFlowExtractor.Extract(tree.Root, DataFlowRules.Java);

        // As in GraphCodeBERT's walk, the "else" keyword is a branch of its own that keeps the state before the if,
        // so the declaration stays a possible source next to both assignments.
        var returned = edges.Last(e => e.Name == "x");
        Assert.Equal(3, returned.ParentIndices.Count);
    }
}
