namespace CodeIntel.Translation.Neural;

/// <summary>
/// One routed expert: a LoRA adapter (low-rank A/B pairs for the attention projections) trained for one source
/// language. Its tensors are fed to the graphs as inputs named <c>lora.SITE.A</c> / <c>lora.SITE.B</c>, so the same
/// sessions serve every expert and switching costs nothing but the pointers.
/// </summary>
public sealed class LoraExpert
{
    internal LoraExpert(string name, string sourceLanguage, string targetLanguage, IReadOnlyDictionary<string, float[]> tensors)
    {
        Name = name;
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        Tensors = tensors;
    }

    /// <summary>Name, e.g. <c>java</c>.</summary>
    public string Name { get; }

    /// <summary>Language id of the sources it was trained on.</summary>
    public string SourceLanguage { get; }

    /// <summary>Language id of the translations it was trained to write.</summary>
    public string TargetLanguage { get; }

    /// <summary>Input name (<c>lora.enc.0.self.q.A</c>) to row-major values.</summary>
    internal IReadOnlyDictionary<string, float[]> Tensors { get; }

    public override string ToString() => $"{Name} ({SourceLanguage} -> {TargetLanguage})";
}
