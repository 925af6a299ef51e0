using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>Resolves a <see cref="Grammar"/> to its native <c>TSLanguage</c>, checking the ABI and the library's presence.</summary>
internal static class TreeSitterGrammars
{
    private const uint MinAbi = 13;
    private const uint MaxAbi = 15;

    public static IntPtr Resolve(Grammar grammar)
    {
        IntPtr language;
        try
        {
            language = grammar switch
            {
                Grammar.C => NativeMethods.tree_sitter_c(),
                Grammar.Cpp => NativeMethods.tree_sitter_cpp(),
                Grammar.CSharp => NativeMethods.tree_sitter_c_sharp(),
                Grammar.Java => NativeMethods.tree_sitter_java(),
                Grammar.JavaScript => NativeMethods.tree_sitter_javascript(),
                Grammar.TypeScript => NativeMethods.tree_sitter_typescript(),
                Grammar.Tsx => NativeMethods.tree_sitter_tsx(),
                Grammar.Php => NativeMethods.tree_sitter_php(),
                Grammar.Python => NativeMethods.tree_sitter_python(),
                _ => throw new ArgumentException($"No tree-sitter grammar is compiled for '{grammar}'.", nameof(grammar)),
            };
        }
        catch (DllNotFoundException e)
        {
            throw new DllNotFoundException(
                "The native tree-sitter library (libtreesitter.so) was not found next to CodeIntel.Parsing.dll. " +
                "It is compiled by building src/Parsing (needs gcc, make and npm; see README).", e);
        }

        var abi = NativeMethods.ts_language_abi_version(language);
        if (abi is < MinAbi or > MaxAbi)
        {
            throw new InvalidOperationException(
                $"The {grammar} grammar has ABI version {abi}; the tree-sitter runtime accepts {MinAbi}-{MaxAbi}. " +
                "Pin compatible versions in src/Parsing/Native/package.json.");
        }
        return language;
    }
}
