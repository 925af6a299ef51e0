using SourcePosition = CodeIntel.Parsing.TreeSitter.SourcePosition;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Walks Roslyn's tree with its semantic model and builds the Python syntax model. This file holds the state
/// shared by the partial files: warnings, imports, helpers, the statements an expression hoists in front of its
/// statement, and the Python name of every symbol.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly CSharpSnippet _snippet;
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly List<TranslationWarning> _warnings = [];
    private readonly HashSet<PyImport> _imports = [];
    private readonly List<string> _helpers = [];
    private readonly Dictionary<ISymbol, string> _names = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _moduleTypes = new(SymbolEqualityComparer.Default);
    private List<PyStatement>? _pre;
    private FunctionScope? _function;
    private readonly Dictionary<ISymbol, FunctionScope?> _owners = new(SymbolEqualityComparer.Default);
    private int _temporaries;

    public CSharpLowering(CSharpSnippet snippet, CancellationToken cancellationToken)
    {
        _snippet = snippet;
        _model = snippet.Model;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<TranslationWarning> Warnings => _warnings;

    public IEnumerable<PyImport> Imports => _imports.OrderBy(i => i.Module, StringComparer.Ordinal);

    public IEnumerable<PyStatement> HelperDefinitions()
    {
        var classes = _helpers.SelectMany(CSharpHelpers.Classes).OfType<PyClassDef>().DistinctBy(c => c.Name);
        var functions = _helpers.SelectMany(h => h is PythonHelpers.TruncatingDivision or PythonHelpers.TruncatingRemainder ? PythonHelpers.Definitions(h) : CSharpHelpers.Definitions(h))
            .DistinctBy(d => d.Name);
        return [.. ExceptionClassDefinitions(), .. classes, .. functions];
    }

    public void Warn(Location location, string message)
    {
        var (start, end) = _snippet.Span(location);
        _warnings.Add(new TranslationWarning(message, start, end));
    }

    /// <summary>The marker and raise that stand where <paramref name="node"/> could not be translated.</summary>
    private IEnumerable<PyStatement> Untranslated(SyntaxNode node, string reason)
    {
        Warn(node.GetLocation(), reason);
        var firstLine = node.ToString().Split('\n')[0].Trim();
        if (firstLine.Length > 80)
        {
            firstLine = firstLine[..80] + "...";
        }
        yield return new PyComment($"{reason}: {firstLine}", Untranslated: true);
        yield return Py.NotImplemented($"C# not translated: {reason}");
    }

    private static CSharpUntranslatableException Unsupported(SyntaxNode node, string reason) => new(node, reason);

    private void Import(string module, string? name = null) => _imports.Add(new PyImport(module, name));

    private PyName Helper(string name)
    {
        if (!_helpers.Contains(name))
        {
            _helpers.Add(name);
        }
        foreach (var module in CSharpHelpers.Modules(name))
        {
            Import(module);
        }
        return Py.Name(name);
    }

    private PyName Imported(string module, string name)
    {
        Import(module, name);
        return Py.Name(name);
    }

    private PyName ModuleName(string module)
    {
        Import(module);
        return Py.Name(module);
    }

    /// <summary>Adds a statement to run before the statement being lowered (an out argument's lookup, a block lambda's def).</summary>
    private void Hoist(SyntaxNode node, PyStatement statement)
    {
        if (_pre is null)
        {
            throw Unsupported(node, "this expression needs a statement of its own and stands where none can go");
        }
        _pre.Add(statement);
    }

    private string Temporary(string stem) => $"{stem}_{++_temporaries}";

    /// <summary>Lowers one C# statement, with the statements its expressions hoisted in front; an untranslatable part becomes a marker.</summary>
    private List<PyStatement> LowerStatementGuarded(StatementSyntax statement)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var saved = _pre;
        _pre = [];
        try
        {
            if (SyntaxErrorIn(statement) is { } broken)
            {
                return [.. Untranslated(statement, broken)];
            }
            var lowered = LowerStatement(statement);
            var result = new List<PyStatement>(_pre);
            result.AddRange(lowered);
            return result;
        }
        catch (CSharpUntranslatableException e)
        {
            return [.. Untranslated(e.Node, e.Message)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a lowering rule must not cost the user the whole file: this statement is marked instead.
            return [.. Untranslated(statement, $"the translator failed on this statement ({e.GetType().Name}: {e.Message}); please report it")];
        }
        finally
        {
            _pre = saved;
        }
    }

    /// <summary>
    /// Why the statement or member itself (not a statement or member nested in it, which is judged on its own)
    /// cannot be read, or null: it holds a token Roslyn had to invent (the source stops short) or skip (a
    /// syntax error). Its meaning would be a guess, so it is marked rather than translated. A missing
    /// semicolon alone is forgiven.
    /// </summary>
    private static string? SyntaxErrorIn(SyntaxNode node)
    {
        if (!node.ContainsDiagnostics)
        {
            return null;
        }
        var own = node.DescendantNodesAndTokens(n => n == node || n is not (StatementSyntax or MemberDeclarationSyntax), descendIntoTrivia: true).ToList();
        if (own.Any(x => x.IsKind(SyntaxKind.SkippedTokensTrivia) || (x.IsToken && x.AsToken().LeadingTrivia.Any(t => t.IsKind(SyntaxKind.SkippedTokensTrivia)))))
        {
            return "the C# source has a syntax error here";
        }
        return own.Any(x => x.IsMissing && !x.IsKind(SyntaxKind.SemicolonToken)) ? "the C# source is incomplete here" : null;
    }

    private List<PyStatement> LowerBlock(StatementSyntax? statement)
    {
        var result = new List<PyStatement>();
        if (statement is null)
        {
            return result;
        }
        if (statement is BlockSyntax block)
        {
            return LowerStatementList(block.Statements);
        }
        result.AddRange(LowerStatementGuarded(statement));
        return result;
    }

    // ---- symbols and types ----

    private ITypeSymbol? TypeOf(ExpressionSyntax e) => _model.GetTypeInfo(e, _cancellationToken).Type;

    private ITypeSymbol? ConvertedTypeOf(ExpressionSyntax e) => _model.GetTypeInfo(e, _cancellationToken).ConvertedType;

    private ISymbol? SymbolOf(SyntaxNode e) => _model.GetSymbolInfo(e, _cancellationToken).Symbol;

    private CsKind KindOf(ExpressionSyntax e) => Classify(TypeOf(e));

    private static CsKind Classify(ITypeSymbol? type)
    {
        if (type is null)
        {
            return CsKind.Other;
        }
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Classify(nullable.TypeArguments[0]);
        }
        switch (type.SpecialType)
        {
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                return CsKind.Int;
            case SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal:
                return CsKind.Float;
            case SpecialType.System_Boolean:
                return CsKind.Bool;
            case SpecialType.System_Char:
                return CsKind.Char;
            case SpecialType.System_String:
                return CsKind.String;
        }
        if (type is IArrayTypeSymbol)
        {
            return CsKind.Array;
        }
        if (type.TypeKind == TypeKind.Enum)
        {
            return CsKind.Enum;
        }
        if (type.IsTupleType)
        {
            return CsKind.Tuple;
        }
        return FullName(type) switch
        {
            "System.Text.StringBuilder" => CsKind.StringBuilder,
            "System.DateOnly" => CsKind.Date,
            "System.Collections.Generic.List" or "System.Collections.Generic.IList" or "System.Collections.Generic.ICollection"
                or "System.Collections.Generic.IReadOnlyList" => CsKind.List,
            "System.Collections.Generic.Dictionary" or "System.Collections.Generic.IDictionary" or "System.Collections.Generic.IReadOnlyDictionary"
                or "System.Collections.Generic.SortedDictionary" or "System.Collections.Generic.SortedList" => CsKind.Dictionary,
            "System.Collections.Generic.HashSet" or "System.Collections.Generic.ISet" or "System.Collections.Generic.IReadOnlySet"
                or "System.Collections.Generic.SortedSet" => CsKind.Set,
            "System.Collections.Generic.Queue" or "System.Collections.Generic.LinkedList" => CsKind.Queue,
            "System.Collections.Generic.Stack" => CsKind.Stack,
            "System.Collections.Generic.PriorityQueue" => CsKind.PriorityQueue,
            "System.Collections.Generic.KeyValuePair" => CsKind.KeyValuePair,
            "System.Collections.Generic.IEnumerable" or "System.Linq.IOrderedEnumerable" or "System.Collections.Generic.IReadOnlyCollection" => CsKind.Enumerable,
            _ when type.TypeKind == TypeKind.Class && IsFromSource(type) => CollectionBaseKind(type),
            _ => CsKind.Other,
        };
    }

    private static string FullName(ITypeSymbol type) =>
        type.OriginalDefinition.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.Name : type.Name;

    private static bool IsSorted(ITypeSymbol? type) =>
        type is not null && FullName(type) is "System.Collections.Generic.SortedDictionary" or "System.Collections.Generic.SortedSet";

    private static bool IsFromSource(ISymbol symbol) => symbol.Locations.Any(l => l.IsInSource);

    /// <summary>The Python name of a local, parameter, field, property, method or type declared in the source.</summary>
    private string NameOf(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (_names.TryGetValue(symbol, out var name))
        {
            return name;
        }
        name = symbol switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary } m => MethodName(m),
            // void IDisposable.Dispose() is the class's Dispose in Python, which has no explicit implementations.
            IMethodSymbol { ExplicitInterfaceImplementations: [var implemented, ..] } => NameOf(implemented),
            IPropertySymbol { ExplicitInterfaceImplementations: [var implemented, ..] } => NameOf(implemented),
            _ => PythonNames.Safe(symbol.Name[(symbol.Name.LastIndexOf('.') + 1)..]),
        };
        _names[symbol] = name;
        return name;
    }

    private static string MethodName(IMethodSymbol method)
    {
        // Overloads are told apart by arity (Python keeps only the last def of a name); calls are resolved by
        // Roslyn, so each call names the overload C# would run. Same-arity overloads add their parameter types.
        var overloads = method.ContainingType?.GetMembers(method.Name).OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList() ?? [];
        var baseName = PythonNames.Safe(method.Name);
        if (overloads.Count <= 1 || method.IsOverride)
        {
            return baseName;
        }
        var sameArity = overloads.Count(m => m.Parameters.Length == method.Parameters.Length);
        var suffix = sameArity == 1
            ? method.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Join("_", method.Parameters.Select(p => p.Type.Name.ToLowerInvariant()));
        return $"{method.Name}_{(suffix.Length == 0 ? "0" : suffix)}";
    }

    /// <summary>What a function being lowered needs to know: its class, and the module globals it assigns.</summary>
    private sealed class FunctionScope(INamedTypeSymbol? type, bool isStatic, FunctionScope? parent)
    {
        public INamedTypeSymbol? Type { get; } = type;

        public bool IsStatic { get; } = isStatic;

        public FunctionScope? Parent { get; } = parent;

        public SortedSet<string> Globals { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Nonlocals { get; } = new(StringComparer.Ordinal);

        /// <summary>The function's out and ref parameters, in order: Python returns their final values after the result.</summary>
        public List<string> ByReference { get; } = [];

    }
}
