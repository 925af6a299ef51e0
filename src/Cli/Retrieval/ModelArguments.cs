using System.CommandLine;
using CodeIntel.Retrieval.Engine;

namespace CodeIntel.Cli.Retrieval;

/// <summary>Options that choose the embedding model and the vector store, shared by index, search and eval.</summary>
internal sealed class ModelArguments
{
    public Option<string?> Model { get; } = new("--model")
    {
        Description = "A built-in model (minilm, arctic-xs, or minilm+arctic-xs: the two searched as one, better ranking for twice the embedding time) or a model directory in the common export layout (model.onnx, tokenizer.json, codeintel-model.json). Default: minilm, the built-in all-MiniLM-L6-v2.",
    };

    public Option<int?> Exit { get; } = new("--exit") { Description = "Embed with an earlier layer (faster, weaker). Default: the last layer." };

    public Option<bool> Fp32 { get; } = new("--fp32") { Description = "Run the fp32 model instead of the int8-quantised one." };

    public Option<bool> NoHead { get; } = new("--no-head") { Description = "With --exit, do not apply the distilled exit head." };

    public Option<string?> Qdrant { get; } = new("--qdrant")
    {
        Description = $"Keep vectors in Qdrant at this gRPC URL (e.g. http://localhost:6334) instead of the embedded index. Default: ${RetrievalSetup.QdrantVariable}.",
    };

    public Option<string?> IndexDir { get; } = new("--index-dir") { Description = "Where the index lives. Default: a folder per repository under ~/.cache/codeintel/indexes." };

    public void AddTo(Command command)
    {
        command.Options.Add(Model);
        command.Options.Add(Exit);
        command.Options.Add(Fp32);
        command.Options.Add(NoHead);
        command.Options.Add(Qdrant);
        command.Options.Add(IndexDir);
    }

    public async Task<SearchEngineOptions> EngineOptionsAsync(ParseResult parse, string repository, TextWriter stderr, CancellationToken cancellationToken) => new()
    {
        IndexDirectory = parse.GetValue(IndexDir) ?? RetrievalSetup.IndexDirectoryFor(repository),
        ModelDirectory = await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(Model), stderr, cancellationToken).ConfigureAwait(false),
        ExitLayer = parse.GetValue(Exit),
        Quantized = !parse.GetValue(Fp32),
        UseExitHead = !parse.GetValue(NoHead),
        QdrantUrl = RetrievalSetup.QdrantUrl(parse.GetValue(Qdrant)),
    };
}
