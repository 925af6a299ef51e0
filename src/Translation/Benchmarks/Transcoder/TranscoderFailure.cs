namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>Why a problem did not pass, in the groups the benchmark reports.</summary>
public enum TranscoderFailure
{
    None,
    /// <summary>The translator crashed or produced Python that does not parse.</summary>
    DidNotParse,
    /// <summary>The translation carries an untranslated-construct warning and its tests did not all pass.</summary>
    UntranslatedConstruct,
    /// <summary>The harness raised (the translation threw, or a name was missing).</summary>
    Exception,
    /// <summary>It ran, and some test gave a different answer from the reference.</summary>
    WrongAnswer,
    Timeout,
    /// <summary>The source holds no <c>f_gold</c> function.</summary>
    NoSourceFunction,
}
