using System.Collections.Immutable;
using CodeIntel.Parsing.Workspace.GitIgnore;

namespace CodeIntel.Parsing.Workspace;

/// <summary>What a scan knows about a directory while walking below it.</summary>
/// <param name="RealPath">The directory's link-free path.</param>
/// <param name="Ignores">The ignore files in effect for its entries.</param>
/// <param name="Ancestors">Real paths of the directories on the current path, itself included, to catch link loops.</param>
internal sealed record DirectoryContext(string RealPath, IgnoreChain Ignores, ImmutableHashSet<string> Ancestors)
{
    public static DirectoryContext ForRoot(string realPath, IgnoreChain ignores) =>
        new(realPath, ignores, ImmutableHashSet.Create(StringComparer.Ordinal, realPath));

    /// <summary>The context of a subdirectory whose real path is <paramref name="realPath"/>.</summary>
    public DirectoryContext Enter(string realPath) => new(realPath, Ignores, Ancestors.Add(realPath));
}
