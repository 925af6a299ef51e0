namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>CodeBLEU (0..1) and its four components, as <c>calc_code_bleu.py</c> prints them.</summary>
public sealed record CodeBleuScore(double NGramMatch, double WeightedNGramMatch, double SyntaxMatch, double DataFlowMatch, double Value);
