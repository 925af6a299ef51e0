using CodeIntel.Parsing.Chunking.Rules;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Splits source files into chunks along their syntax: C# through Roslyn, the other parsed languages through
/// tree-sitter, everything else by line windows. Thread-safe; parsers are pooled.
/// </summary>
public sealed class SourceChunker : IDisposable
{
    /// <summary>Changes whenever the same input would give different chunks: part of an index's identity.</summary>
    public const string Version = "1";

    private readonly ChunkerOptions _options;
    private readonly ParserPool _parsers;
    private readonly bool _ownsParsers;
    private readonly Dictionary<Grammar, TreeSitterChunkRules> _rules;

    public SourceChunker(ChunkerOptions? options = null, ParserPool? parsers = null)
    {
        _options = (options ?? new ChunkerOptions()).Validate();
        _ownsParsers = parsers is null;
        _parsers = parsers ?? new ParserPool();
        _rules = Enum.GetValues<Grammar>()
            .Where(g => g is not (Grammar.None or Grammar.CSharp))
            .ToDictionary(g => g, TreeSitterChunkRules.For);
    }

    public ChunkerOptions Options => _options;

    /// <summary>Chunks one file. <paramref name="path"/> is recorded in the chunks (use a workspace-relative path).</summary>
    public ChunkingResult Chunk(string path, Language language, SourceText source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(source);
        var warnings = new List<string>();
        if (source.HasInvalidUtf8)
        {
            warnings.Add($"invalid UTF-8 at byte {source.FirstInvalidByte}; decoded with U+FFFD replacement");
        }
        var emitter = new ChunkEmitter(new ChunkFactory(source, path, language.Id, _options.TokenCounter), _options);
        var fileSymbol = Path.GetFileNameWithoutExtension(path);

        if (language == Language.CSharp)
        {
            return new ChunkingResult(ChunkCSharp(source, emitter, fileSymbol, warnings, cancellationToken), warnings);
        }
        if (!language.HasGrammar)
        {
            return new ChunkingResult(emitter.EmitWindows(ChunkKind.Window, fileSymbol), warnings);
        }
        try
        {
            using var tree = _parsers.Parse(language.Grammar, source, cancellationToken);
            ReportSyntaxErrors(tree, source, warnings);
            var units = new TreeSitterUnitExtractor(_rules[language.Grammar]).Extract(tree, cancellationToken);
            return new ChunkingResult(emitter.Emit(units, fileSymbol, cancellationToken), warnings);
        }
        catch (ParseTimeoutException e)
        {
            warnings.Add($"{e.Message} Chunked by line windows instead.");
            return new ChunkingResult(emitter.EmitWindows(ChunkKind.Window, fileSymbol), warnings);
        }
    }

    private static List<Chunk> ChunkCSharp(SourceText source, ChunkEmitter emitter, string fileSymbol, List<string> warnings, CancellationToken cancellationToken)
    {
        var tree = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Preview), cancellationToken: cancellationToken);
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        var errors = tree.GetDiagnostics(cancellationToken).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            var line = errors[0].Location.GetLineSpan().StartLinePosition.Line + 1;
            warnings.Add($"{errors.Count} syntax error(s), first at line {line}: {errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }
        try
        {
            var units = new RoslynUnitExtractor(source).Extract(root, cancellationToken);
            return emitter.Emit(units, fileSymbol, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            warnings.Add("syntax nested too deeply to walk; chunked by line windows instead");
            return emitter.EmitWindows(ChunkKind.Window, fileSymbol);
        }
    }

    private static void ReportSyntaxErrors(TreeSitter.SyntaxTree tree, SourceText source, List<string> warnings)
    {
        if (!tree.Root.HasError)
        {
            return;
        }
        var errors = tree.FindErrors(limit: 1000);
        if (errors.Count > 0)
        {
            var count = errors.Count >= 1000 ? "1000+" : errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            warnings.Add($"{count} syntax error(s), first at line {source.GetLineIndex(errors[0].StartByte) + 1}");
        }
    }

    public void Dispose()
    {
        if (_ownsParsers)
        {
            _parsers.Dispose();
        }
    }
}
