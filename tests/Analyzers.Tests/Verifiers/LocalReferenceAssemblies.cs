using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CodeIntel.Analyzers.Tests.Verifiers;

/// <summary>
/// Compiles test sources against the running runtime's own assemblies instead of reference packs the test library
/// would download: tests stay hermetic and need no network.
/// </summary>
internal static class LocalReferenceAssemblies
{
    public static ReferenceAssemblies None { get; } = new("net-local");

    public static ImmutableArray<MetadataReference> Runtime { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return trusted
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
