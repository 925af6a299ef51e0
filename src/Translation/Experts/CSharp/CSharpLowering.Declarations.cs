using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Program structure: a class of static members only becomes module-level functions and globals; other classes
/// stay classes (fields and auto-properties as attributes set in <c>__init__</c>, computed properties as
/// <c>@property</c>, static members as class attributes and <c>@staticmethod</c>s); top-level statements stay
/// module statements; <c>Main</c> runs behind <c>if __name__ == "__main__":</c>.
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>Static initializers of classes that read the source's own definitions, run after every definition.</summary>
    private readonly List<PyStatement> _deferredStatics = [];

    public List<PyStatement> LowerCompilationUnit()
    {
        var root = _snippet.Root;
        var types = AllTypes(root.Members).ToList();
        ChooseModuleTypes(types);
        var definitions = new List<PyStatement>();
        var globals = new List<PyStatement>();
        foreach (var type in types)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var symbol = _model.GetDeclaredSymbol(type, _cancellationToken);
            if (symbol is null)
            {
                continue;
            }
            if (_moduleTypes.Contains(symbol))
            {
                LowerModuleType((TypeDeclarationSyntax)type, definitions, globals);
            }
            else
            {
                definitions.AddRange(LowerTypeGuarded(type, symbol));
            }
        }
        var body = new List<PyStatement>(definitions);
        body.AddRange(_deferredStatics);
        body.AddRange(globals);
        body.AddRange(LowerTopLevelStatements(root));
        body.AddRange(MainCall(types));
        return body;
    }

    private static IEnumerable<BaseTypeDeclarationSyntax> AllTypes(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    foreach (var t in AllTypes(ns.Members))
                    {
                        yield return t;
                    }
                    break;
                case BaseTypeDeclarationSyntax type:
                    yield return type;
                    if (type is TypeDeclarationSyntax withMembers)
                    {
                        foreach (var nested in AllTypes(withMembers.Members))
                        {
                            yield return nested;
                        }
                    }
                    break;
            }
        }
    }

    /// <summary>Whether the source creates instances of a class (new T(), or new() typed T): it stays a class.</summary>
    private bool IsInstantiated(SyntaxNode declaration, INamedTypeSymbol symbol) =>
        declaration.SyntaxTree.GetRoot(_cancellationToken).DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()
            .Any(c => SymbolEqualityComparer.Default.Equals(_model.GetTypeInfo(c, _cancellationToken).Type, symbol));

    private void ChooseModuleTypes(List<BaseTypeDeclarationSyntax> types)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types.OfType<ClassDeclarationSyntax>())
        {
            if (_model.GetDeclaredSymbol(type, _cancellationToken) is not { } symbol)
            {
                continue;
            }
            var isWrapper = symbol.Name == CSharpSnippet.WrapperClass;
            // An empty class is instantiated (new Marker()), unless declared static.
            var allStatic = (type.Members.Count > 0 || type.Modifiers.Any(SyntaxKind.StaticKeyword)) && type.Members.All(m => m is BaseTypeDeclarationSyntax || m.Modifiers.Any(SyntaxKind.StaticKeyword) || m.Modifiers.Any(SyntaxKind.ConstKeyword));
            var instanceData = type.Members.Any(m => m is BaseFieldDeclarationSyntax or PropertyDeclarationSyntax && !m.Modifiers.Any(SyntaxKind.StaticKeyword) && !m.Modifiers.Any(SyntaxKind.ConstKeyword));
            if (!(allStatic || isWrapper && !instanceData) || symbol.BaseType is { SpecialType: not SpecialType.System_Object } || type.BaseList is not null || type.ParameterList is not null
                || !symbol.IsStatic && !isWrapper && IsInstantiated(type, symbol))
            {
                continue;
            }
            var names = symbol.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not INamedTypeSymbol).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            if (names.Overlaps(taken) || types.Any(t => t.Identifier.ValueText != type.Identifier.ValueText && names.Contains(t.Identifier.ValueText)))
            {
                continue; // two static classes define the same name: the second stays a class
            }
            taken.UnionWith(names);
            _moduleTypes.Add(symbol);
        }
    }

    private void LowerModuleType(TypeDeclarationSyntax type, List<PyStatement> definitions, List<PyStatement> globals)
    {
        var symbol = _model.GetDeclaredSymbol(type, _cancellationToken)!;
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    definitions.AddRange(LowerMemberGuarded(member, () => [LowerMethod(method, symbol, asModuleFunction: true)]));
                    break;
                case FieldDeclarationSyntax field:
                    globals.AddRange(LowerMemberGuarded(member, () => LowerStaticFields(field)));
                    break;
                case PropertyDeclarationSyntax property:
                    var lowered = LowerMemberGuarded(member, () => LowerProperty(property, symbol, moduleLevel: true));
                    (property.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == false ? globals : definitions).AddRange(lowered);
                    break;
                case ConstructorDeclarationSyntax ctor when ctor.Modifiers.Any(SyntaxKind.StaticKeyword):
                    globals.AddRange(LowerFunctionBody(ctor.Body, ctor.ExpressionBody?.Expression, symbol, isStatic: true, parameters: []));
                    break;
                case BaseTypeDeclarationSyntax:
                    break; // lowered on its own
                default:
                    definitions.AddRange(Untranslated(member, $"{member.Kind()} is not translated"));
                    break;
            }
        }
    }

    private List<PyStatement> LowerMemberGuarded(SyntaxNode member, Func<IEnumerable<PyStatement>> lower)
    {
        if (member is not BaseTypeDeclarationSyntax && SyntaxErrorIn(member) is { } broken)
        {
            return [.. Untranslated(member, broken)];
        }
        try
        {
            return lower().ToList();
        }
        catch (CSharpUntranslatableException e)
        {
            return [.. Untranslated(e.Node, e.Message)];
        }
    }

    private IEnumerable<PyStatement> LowerTypeGuarded(BaseTypeDeclarationSyntax type, INamedTypeSymbol symbol) => type switch
    {
        EnumDeclarationSyntax e => LowerMemberGuarded(type, () => LowerEnum(e, symbol)),
        // Python needs no interfaces (implementing classes keep their methods), except for default members
        InterfaceDeclarationSyntax i => LowerMemberGuarded(type, () => LowerInterface(i, symbol).ToList()),
        ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax => LowerMemberGuarded(type, () => LowerClass((TypeDeclarationSyntax)type, symbol)),
        _ => Untranslated(type, $"{type.Kind()} is not translated"),
    };

    /// <summary>Whether a source interface declares instance members with a body (C# 8 default members).</summary>
    private bool HasDefaultMembers(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface && IsFromSource(type)
        && type.OriginalDefinition.GetMembers().Any(m => !m.IsStatic && !m.IsAbstract && m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol);

    /// <summary>
    /// An interface with default members becomes a class holding them (the implementing classes list it after their
    /// base class, so their own members come first in Python's lookup, as C#'s implementations win over defaults).
    /// </summary>
    private IEnumerable<PyStatement> LowerInterface(InterfaceDeclarationSyntax declaration, INamedTypeSymbol symbol)
    {
        if (!HasDefaultMembers(symbol))
        {
            yield break;
        }
        if (symbol.GetMembers().Any(m => m.IsStatic && !m.IsAbstract && m is IFieldSymbol or IPropertySymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary }))
        {
            throw Unsupported(declaration, $"the interface {symbol.Name} has default members beside static members; this is not translated");
        }
        var bases = symbol.Interfaces.Where(HasDefaultMembers).Select(i => (PyExpression)Py.Name(NameOf(i.OriginalDefinition))).ToList();
        var body = new List<PyStatement>();
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null:
                    body.AddRange(LowerMemberGuarded(member, () => [LowerMethod(method, symbol, asModuleFunction: false)]));
                    break;
                case PropertyDeclarationSyntax property:
                    body.AddRange(LowerMemberGuarded(member, () => LowerProperty(property, symbol, moduleLevel: false)));
                    break;
                case MethodDeclarationSyntax:
                    break;
                default:
                    body.AddRange(Untranslated(member, $"{member.Kind()} in an interface with default members is not translated"));
                    break;
            }
        }
        yield return new PyClassDef(NameOf(symbol), bases, body.Count > 0 ? body : [new PyPass()]);
    }

    private IEnumerable<PyStatement> LowerEnum(EnumDeclarationSyntax declaration, INamedTypeSymbol symbol)
    {
        var body = new List<PyStatement>();
        var renamed = new List<PyStatement>();
        foreach (var member in declaration.Members)
        {
            var field = _model.GetDeclaredSymbol(member, _cancellationToken);
            var value = field?.ConstantValue is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var name = field is null ? PythonNames.Safe(member.Identifier.ValueText) : NameOf(field);
            body.Add(new PyAssign([Py.Name(name)], Py.Number(value)));
            if (name != member.Identifier.ValueText)
            {
                // None is a Python keyword, so the member is None_; its name (printed, parsed) stays .NET's.
                var python = new PyMember(Py.Name(NameOf(symbol)), name);
                renamed.Add(new PyAssign([new PyMember(python, "_name_")], new PyString(member.Identifier.ValueText)));
                renamed.Add(new PyAssign([new PySubscript(new PyMember(Py.Name(NameOf(symbol)), "_member_map_"), new PyString(member.Identifier.ValueText))], python));
            }
        }
        var kind = IsFlags(symbol) ? "IntFlag" : "IntEnum";
        return [new PyClassDef(NameOf(symbol), [new PyMember(ModuleName("enum"), kind)], body), .. renamed];
    }

    private IEnumerable<PyStatement> LowerClass(TypeDeclarationSyntax declaration, INamedTypeSymbol symbol)
    {
        if (IsMutableStruct(symbol) && symbol.GetMembers().OfType<IFieldSymbol>().Any(f => !f.IsStatic && IsMutableStruct(f.Type)))
        {
            // Copies are shallow (copy.copy): a struct field inside a struct stays shared with the copy.
            Warn(declaration.Identifier.GetLocation(), "a struct holding another mutable struct: a copy of it shares the inner struct");
        }
        var bases = new List<PyExpression>();
        if (symbol.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType } baseType)
        {
            bases.Add(IsFromSource(baseType) ? Py.Name(NameOf(baseType)) : Py.Name(RaisedException(baseType) ?? ContainerBase(symbol) ?? "object"));
        }
        // a source interface with default members is a class of those members, which C# falls back on
        bases.AddRange(symbol.Interfaces.Where(i => HasDefaultMembers(i) && symbol.BaseType?.AllInterfaces.Contains(i, SymbolEqualityComparer.Default) != true)
            .Select(i => Py.Name(NameOf(i.OriginalDefinition))));
        var body = new List<PyStatement>();
        // Static fields and auto-properties in the order C# initializes them, the order of the text.
        foreach (var member in declaration.Members)
        {
            if (member is FieldDeclarationSyntax field && (field.Modifiers.Any(SyntaxKind.StaticKeyword) || field.Modifiers.Any(SyntaxKind.ConstKeyword)))
            {
                StaticMember(field, symbol, body, LowerMemberGuarded(field, () => LowerStaticFields(field)));
            }
            else if (member is PropertyDeclarationSyntax property && property.Modifiers.Any(SyntaxKind.StaticKeyword) && IsAutoProperty(property))
            {
                StaticMember(property, symbol, body, LowerMemberGuarded(property, () => LowerProperty(property, symbol, moduleLevel: false)));
            }
        }
        body.AddRange(LowerConstructors(declaration, symbol));
        if (declaration is RecordDeclarationSyntax)
        {
            body.AddRange(RecordMembers(declaration, symbol));
        }
        body.AddRange(DeconstructIterator(symbol));
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null, Identifier.ValueText: "GetEnumerator", ReturnType: var returned } when returned.ToString().EndsWith("IEnumerator", StringComparison.Ordinal):
                    break; // the non-generic IEnumerable.GetEnumerator, which only forwards to the generic one (__iter__)
                case MethodDeclarationSyntax method:
                    body.AddRange(LowerMemberGuarded(member, () => [LowerMethod(method, symbol, asModuleFunction: false)]));
                    break;
                case PropertyDeclarationSyntax property when !(property.Modifiers.Any(SyntaxKind.StaticKeyword) && IsAutoProperty(property)):
                    body.AddRange(LowerMemberGuarded(member, () => LowerProperty(property, symbol, moduleLevel: false)));
                    break;
                case OperatorDeclarationSyntax op:
                    body.AddRange(LowerMemberGuarded(member, () => LowerOperator(op, symbol)));
                    break;
                case ConversionOperatorDeclarationSyntax conversion:
                    body.AddRange(LowerMemberGuarded(member, () => [LowerConversionOperator(conversion, symbol)]));
                    break;
                case IndexerDeclarationSyntax indexer:
                    body.AddRange(LowerMemberGuarded(member, () => LowerIndexer(indexer, symbol)));
                    break;
                case FieldDeclarationSyntax or ConstructorDeclarationSyntax or PropertyDeclarationSyntax or BaseTypeDeclarationSyntax:
                case EventFieldDeclarationSyntax when !member.Modifiers.Any(SyntaxKind.StaticKeyword):
                    break;
                default:
                    body.AddRange(Untranslated(member, $"{member.Kind()} is not translated"));
                    break;
            }
        }
        body.AddRange(ComparisonMethods(symbol));
        body.AddRange(LowerMemberGuarded(declaration, () => ContainerClassMembers(declaration, symbol).ToList()));
        yield return new PyClassDef(NameOf(symbol), bases, body);
    }

    /// <summary>
    /// A static field or auto-property of a class: in the class body, unless its initializer reads a type or member of
    /// the source (<c>static Kernel BoxBlur { get; } = new(...)</c>), which a class body cannot (the class is not
    /// defined yet). C# runs static initializers on first use, after every class exists, so those are assigned
    /// (<c>Kernel.BoxBlur = Kernel(...)</c>) after all the definitions.
    /// </summary>
    private void StaticMember(MemberDeclarationSyntax member, INamedTypeSymbol type, List<PyStatement> body, List<PyStatement> lowered)
    {
        var initializers = member.DescendantNodes().OfType<EqualsValueClauseSyntax>();
        if (!initializers.Any(i => i.DescendantNodes().Any(ReadsSourceDefinition)))
        {
            body.AddRange(lowered);
            return;
        }
        _deferredStatics.AddRange(lowered.Select(s => s is PyAssign { Targets: [PyName target] } assign
            ? new PyAssign([new PyMember(Py.Name(NameOf(type)), target.Id)], assign.Value)
            : s));
    }

    private bool ReadsSourceDefinition(SyntaxNode node) =>
        node is ExpressionSyntax && SymbolOf((ExpressionSyntax)node) is { } symbol && IsFromSource(symbol)
        && symbol is INamedTypeSymbol or IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } or IFieldSymbol { IsStatic: true, IsConst: false } or IPropertySymbol { IsStatic: true };

    private static bool IsAutoProperty(PropertyDeclarationSyntax p) =>
        p.ExpressionBody is null && p.AccessorList is not null && p.AccessorList.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
        && !p.Modifiers.Any(SyntaxKind.AbstractKeyword);

    private IEnumerable<PyStatement> LowerStaticFields(FieldDeclarationSyntax field)
    {
        foreach (var variable in field.Declaration.Variables)
        {
            var symbol = (IFieldSymbol)_model.GetDeclaredSymbol(variable, _cancellationToken)!;
            var value = variable.Initializer is { } init ? LowerStandalone(init.Value) : DefaultValue(symbol.Type);
            yield return new PyAssign([Py.Name(NameOf(symbol))], value);
        }
    }

    /// <summary>An expression lowered outside any statement (a field initializer): hoisting is not possible there.</summary>
    private PyExpression LowerStandalone(ExpressionSyntax e)
    {
        var saved = _pre;
        _pre = null;
        try
        {
            return Lower(e);
        }
        finally
        {
            _pre = saved;
        }
    }

    private PyFunctionDef LowerMethod(MethodDeclarationSyntax method, INamedTypeSymbol type, bool asModuleFunction)
    {
        var symbol = _model.GetDeclaredSymbol(method, _cancellationToken)!;
        var name = SpecialMethodName(symbol) ?? NameOf(symbol);
        var isStatic = symbol.IsStatic || asModuleFunction;
        var parameters = LowerParameters(method.ParameterList);
        parameters.InsertRange(0, TypeParameters(symbol, method));
        if (!isStatic)
        {
            parameters.Insert(0, new PyParameter("self"));
        }
        List<PyStatement> body;
        if (method.Body is null && method.ExpressionBody is null)
        {
            body = [Py.NotImplemented($"{symbol.Name} is abstract")];
        }
        else
        {
            var iterator = IsIterator(method.Body);
            body = LowerFunctionBody(method.Body, method.ExpressionBody?.Expression, type, isStatic, method.ParameterList.Parameters, returnsValue: !symbol.ReturnsVoid && !iterator);
            if (iterator)
            {
                body = AsGenerator(method.Body!, body);
            }
        }
        string[] decorators = [.. symbol.IsStatic && !asModuleFunction ? ["staticmethod"] : Array.Empty<string>(), .. IteratorDecorators(symbol, method.Body)];
        return new PyFunctionDef(name, parameters, body, decorators.Length > 0 ? decorators : null, symbol.IsAsync);
    }

    private static string? SpecialMethodName(IMethodSymbol method) => method switch
    {
        { Name: "ToString", Parameters.Length: 0, IsOverride: true } => "__str__",
        { Name: "Equals", Parameters.Length: 1, IsOverride: true } => "__eq__",
        { Name: "GetHashCode", Parameters.Length: 0, IsOverride: true } => "__hash__",
        // IEnumerable<T>.GetEnumerator: what Python's for loop and list() call.
        { Name: "GetEnumerator", Parameters.Length: 0, ReturnType.Name: "IEnumerator" } => "__iter__",
        _ => null,
    };
}
