using System.CommandLine;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Commands;

/// <summary>The path argument and the scanning and chunking options shared by commands that read a workspace.</summary>
internal sealed class WorkspaceArguments
{
    public Argument<string> Path { get; } = new("path") { Description = "A file or a directory tree to read." };

    public Option<int> MaxTokens { get; } = new("--max-tokens")
    {
        Description = "Largest chunk, in model tokens (estimated until an embedding model supplies its tokenizer).",
        DefaultValueFactory = _ => new ChunkerOptions().MaxTokens,
    };

    public Option<double> MaxFileMegabytes { get; } = new("--max-file-mb")
    {
        Description = "Skip files larger than this many megabytes.",
        DefaultValueFactory = _ => new WorkspaceOptions().MaxFileBytes / 1024d / 1024d,
    };

    public Option<bool> NoGitIgnore { get; } = new("--no-gitignore") { Description = "Read files that .gitignore excludes." };

    public Option<bool> IncludeGenerated { get; } = new("--include-generated") { Description = "Chunk generated, minified and lock files too." };

    public Option<bool> FollowSymlinks { get; } = new("--follow-symlinks") { Description = "Follow symbolic links to directories (loops are detected)." };

    public Option<int?> Threads { get; } = new("--threads") { Description = "Files processed at once (default: one per core)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Path);
        command.Options.Add(MaxTokens);
        command.Options.Add(MaxFileMegabytes);
        command.Options.Add(NoGitIgnore);
        command.Options.Add(IncludeGenerated);
        command.Options.Add(FollowSymlinks);
        command.Options.Add(Threads);
    }

    public WorkspaceOptions WorkspaceOptions(ParseResult parse) => new()
    {
        MaxFileBytes = (long)(parse.GetValue(MaxFileMegabytes) * 1024 * 1024),
        RespectGitIgnore = !parse.GetValue(NoGitIgnore),
        IncludeGenerated = parse.GetValue(IncludeGenerated),
        FollowSymlinks = parse.GetValue(FollowSymlinks),
    };

    public ChunkerOptions ChunkerOptions(ParseResult parse) => new() { MaxTokens = parse.GetValue(MaxTokens) };

    /// <summary>The full path, or null after telling the user on stderr that it does not exist.</summary>
    public string? ExistingPath(ParseResult parse, TextWriter stderr)
    {
        var path = System.IO.Path.GetFullPath(parse.GetValue(Path)!);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }
        stderr.WriteLine($"codeintel: no such file or directory: {parse.GetValue(Path)}");
        return null;
    }
}
