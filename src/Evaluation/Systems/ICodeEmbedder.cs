namespace CodeIntel.Evaluation.Systems;

/// <summary>An embedding model under evaluation: code in, one vector per snippet out.</summary>
public interface ICodeEmbedder
{
    /// <summary>Name shown in reports, e.g. <c>embedding</c>.</summary>
    string Name { get; }

    Task<float[][]> EmbedAsync(IReadOnlyList<string> code, CancellationToken cancellationToken = default);
}
