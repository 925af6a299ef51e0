using System.Collections.Concurrent;
using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>
/// Reuses parsers across threads: tree-sitter parsers are cheap to reuse and not thread-safe, so each
/// caller rents one for the duration of a parse.
/// </summary>
public sealed class ParserPool(ParserOptions? options = null) : IDisposable
{
    private readonly ConcurrentDictionary<Grammar, ConcurrentBag<TreeSitterParser>> _idle = new();
    private volatile bool _disposed;

    /// <summary>Parses with a pooled parser for <paramref name="grammar"/>; the caller owns the tree.</summary>
    public SyntaxTree Parse(Grammar grammar, Text.SourceText source, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var bag = _idle.GetOrAdd(grammar, static _ => []);
        if (!bag.TryTake(out var parser))
        {
            parser = new TreeSitterParser(grammar, options);
        }
        try
        {
            return parser.Parse(source, cancellationToken);
        }
        finally
        {
            if (_disposed)
            {
                parser.Dispose();
            }
            else
            {
                bag.Add(parser);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var bag in _idle.Values)
        {
            while (bag.TryTake(out var parser))
            {
                parser.Dispose();
            }
        }
    }
}
