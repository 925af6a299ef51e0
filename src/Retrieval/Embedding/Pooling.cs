namespace CodeIntel.Retrieval.Embedding;

/// <summary>How token states become one vector. Written in lower case in a profile (<c>"pooling": "mean"</c>).</summary>
public enum Pooling
{
    /// <summary>Average of the states of real (unmasked) tokens: Sentence-BERT, MiniLM, UniXcoder.</summary>
    Mean,

    /// <summary>The state of the first token (<c>[CLS]</c> / <c>&lt;s&gt;</c>).</summary>
    Cls,

    /// <summary>The state of the last real token: models that append their summary token at the end (ModularStarEncoder).</summary>
    Last,

    /// <summary>The model already outputs one vector per text, shape [batch, dimensions] (CodeT5+ <c>embedding</c>).</summary>
    None,
}
