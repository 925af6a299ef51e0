using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Library exceptions. By default each is raised and caught as the Python error that stands for it
/// (<c>ArgumentException</c> as <c>ValueError</c>), which reads naturally. Where the program can tell two of them
/// apart (it reads an exception's runtime type, or names two .NET exceptions that share a Python error, as
/// <c>ArgumentException</c> and <c>FormatException</c> share <c>ValueError</c>) the translation switches to exact
/// names: the exceptions Python has no error of their own for become classes named as in .NET, and an
/// exception's type name maps Python's own errors back to the .NET exception they stand for.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly List<(string Name, string Base)> _exceptionClasses = [];
    private bool? _exactExceptions;

    private bool ExactExceptions => _exactExceptions ??= ProgramTellsExceptionsApart();

    // ParamName is set on the Argument* exceptions only where the program reads it somewhere.
    private bool ReadsParamName => _paramNameRead ??= _snippet.Root.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == "ParamName");

    private bool? _paramNameRead;

    /// <summary>An Argument* exception that keeps its parameter name, where the program reads ParamName.</summary>
    private PyExpression WithParamName(PyExpression exception, PyExpression parameter) =>
        ReadsParamName ? new PyCall(Helper(CSharpHelpers.With), [exception], [new PyKeyword("ParamName", parameter)]) : exception;

    /// <summary>The Python class a library exception type is raised as, or null when it is not one.</summary>
    private string? RaisedException(ITypeSymbol type)
    {
        var python = CSharpLibrary.PythonException(type);
        if (python is null)
        {
            return null;
        }
        if (type.Name == "KeyNotFoundException")
        {
            // Always a class: str(KeyError("msg")) quotes the message, and a KeyError Python raises itself holds the key.
            return DeclareExceptionClass(type.Name, python);
        }
        if (CSharpLibrary.OwnsPythonException(type.Name) || !IsExceptionClassNamed(type) || !ExactExceptions) // the scan last, only where it can matter
        {
            return python;
        }
        var parent = type.BaseType is { } b && CSharpLibrary.PythonException(b) is not null && IsExceptionClassNamed(b) && !CSharpLibrary.OwnsPythonException(b.Name)
            ? RaisedException(b)!
            : "Exception";
        return DeclareExceptionClass(type.Name, parent);
    }

    /// <summary>Adds <c>class name(baseName)</c> to the helper classes once (after its base, which is declared first) and returns the name.</summary>
    private string DeclareExceptionClass(string name, string baseName)
    {
        if (!_exceptionClasses.Any(c => c.Name == name))
        {
            _exceptionClasses.Add((name, baseName));
        }
        return name;
    }

    /// <summary>What a catch clause or a type test of a library exception matches: Python raises its own errors where .NET throws (IndexError for a list index).</summary>
    private IReadOnlyList<string> CaughtExceptions(ITypeSymbol type)
    {
        var caught = CSharpLibrary.CaughtPythonExceptions(type);
        return !CSharpLibrary.OwnsPythonException(type.Name) && RaisedException(type) is { } raised && raised != CSharpLibrary.PythonException(type)
            ? [raised, .. caught.Where(c => c != CSharpLibrary.PythonException(type))]
            : caught;
    }

    /// <summary><c>e.GetType().Name</c> for an exception: Python's own errors answer with the .NET exception they stand for.</summary>
    private PyExpression ExceptionTypeName(PyExpression exception) => new PyCall(Helper(CSharpHelpers.ExceptionName), [exception]);

    /// <summary><c>e.Message</c> of a library exception: .NET's text where Python raised the error itself (a missing key, a division by zero).</summary>
    private PyExpression ExceptionMessage(PyExpression exception, ITypeSymbol type) =>
        type.Name is "Exception" or "SystemException" || CaughtExceptions(type).Any(c => c is "KeyError" or "ZeroDivisionError" or "IndexError")
            ? new PyCall(Helper(CSharpHelpers.ExceptionMessage), [exception])
            : Py.Call("str", exception);

    private IEnumerable<PyStatement> ExceptionClassDefinitions() => _exceptionClasses.Select(c => new PyClassDef(c.Name, [Py.Name(c.Base)],
        c.Name == "KeyNotFoundException"
            ? [new PyFunctionDef("__str__", [new("self")], [new PyReturn(new PyConditional(new PyMember(Py.Name("self"), "args"),
                Py.Call("str", new PySubscript(new PyMember(Py.Name("self"), "args"), Py.Number(0))), new PyString(string.Empty)))])]
            : [new PyPass()]));

    /// <summary>A library exception of System that Python has no error of its own for gets a class of its own.</summary>
    private static bool IsExceptionClassNamed(ITypeSymbol type) => type.Name is not ("Exception" or "SystemException" or "ApplicationException");

    private bool ProgramTellsExceptionsApart()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in _snippet.Root.DescendantNodes())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call when IsGetTypeOfException(call):
                    return true;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse" } } parse
                    when SymbolOf(parse) is IMethodSymbol { ContainingType.SpecialType: not SpecialType.None }:
                    named.Add("FormatException");
                    break;
                case IdentifierNameSyntax identifier when _model.GetSymbolInfo(identifier, _cancellationToken).Symbol is INamedTypeSymbol type
                    && !IsFromSource(type) && CSharpLibrary.PythonException(type) is not null && IsExceptionClassNamed(type):
                    named.Add(type.Name);
                    break;
            }
        }
        foreach (var name in named)
        {
            var python = CSharpLibrary.PythonException(name)!;
            if (shared.TryGetValue(python, out var other) && other != name)
            {
                return true;
            }
            shared[python] = name;
        }
        return false;
    }

    private bool IsGetTypeOfException(InvocationExpressionSyntax call) => call.Expression switch
    {
        IdentifierNameSyntax { Identifier.ValueText: "GetType" } => IsException(_model.GetEnclosingSymbol(call.SpanStart, _cancellationToken)?.ContainingType),
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetType" } member => IsException(_model.GetTypeInfo(member.Expression, _cancellationToken).Type),
        _ => false,
    };
}
