using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// The source as Roslyn reads it: its syntax tree, a compilation against the running framework's reference
/// assemblies (so expression types are known: int or double division, char arithmetic, List or array), and the
/// number of lines added in front when a bare method had to be wrapped in a class to parse.
/// </summary>
internal sealed class CSharpSnippet
{
    /// <summary>Name of the class a bare method or field is wrapped in; its members become module functions.</summary>
    public const string WrapperClass = "__Snippet";

    // What `dotnet new console` imports implicitly, so that a pasted method using List<int> still binds.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Text;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    private CSharpSnippet(SyntaxTree tree, CSharpCompilation compilation, int lineOffset)
    {
        Tree = tree;
        Compilation = compilation;
        Model = compilation.GetSemanticModel(tree);
        LineOffset = lineOffset;
    }

    public SyntaxTree Tree { get; }

    public CSharpCompilation Compilation { get; }

    public SemanticModel Model { get; }

    /// <summary>Lines added before the user's source (the wrapper class line), subtracted from warning positions.</summary>
    public int LineOffset { get; }

    public CompilationUnitSyntax Root => (CompilationUnitSyntax)Tree.GetRoot();

    /// <summary>Where <paramref name="location"/> stands in the user's source: lines the wrapper added are taken off.</summary>
    public (CodeIntel.Parsing.TreeSitter.SourcePosition Start, CodeIntel.Parsing.TreeSitter.SourcePosition End) Span(Location location)
    {
        var span = location.GetLineSpan();
        return (new(Math.Max(0, span.StartLinePosition.Line - LineOffset), span.StartLinePosition.Character),
            new(Math.Max(0, span.EndLinePosition.Line - LineOffset), span.EndLinePosition.Character));
    }

    public static CSharpSnippet Read(string source, CancellationToken cancellationToken)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(source, options, cancellationToken: cancellationToken);
        var offset = 0;
        var bare = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        if (NeedsWrapper(bare))
        {
            // A bare method (what an editor hands over from a right-click) only parses inside a type; a bare
            // constructor, inside the class it constructs, which stays a class.
            var type = BareConstructor.ClassName(source) ?? WrapperClass;
            tree = CSharpSyntaxTree.ParseText($"class {type} {{\n{source}\n}}\n", options, cancellationToken: cancellationToken);
            offset = 1;
        }
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, options, cancellationToken: cancellationToken);
        var hasTopLevelStatements = ((CompilationUnitSyntax)tree.GetRoot(cancellationToken)).Members.OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [tree, usings],
            FrameworkReferences.Value,
            new CSharpCompilationOptions(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new CSharpSnippet(tree, compilation, offset);
    }

    /// <summary>The compile errors of the user's tree (unknown names, type errors), first <paramref name="limit"/>.</summary>
    public IEnumerable<Diagnostic> Errors(int limit) =>
        Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == Tree)
            .Where(d => d.Id is not "CS5001" and not "CS0017") // no Main, or two: fine for a snippet
            .Take(limit);

    private static bool NeedsWrapper(CompilationUnitSyntax root)
    {
        if (root.Members.Any(m => m is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
        {
            return false;
        }
        // Members written directly in the file (a method with modifiers, a field) parse as incomplete or
        // misplaced members, or as global statements holding a local function with access modifiers.
        return root.Members.Any(m => m is MethodDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax or IncompleteMemberSyntax or ConstructorDeclarationSyntax)
            || root.ContainsDiagnostics && root.Members.OfType<GlobalStatementSyntax>().Any(g => g.Statement is LocalFunctionStatementSyntax l && l.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.PrivateKeyword)));
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        // The running runtime's own assemblies: the reference set `dotnet` itself would compile against.
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .ToList();
        if (trusted.Count == 0)
        {
            trusted.Add(typeof(object).Assembly.Location);
        }
        return [.. trusted.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
