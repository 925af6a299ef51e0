using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Exceptions: PHP's SPL exception classes are emitted with PHP's names and hierarchy (so a catch of
/// <c>InvalidArgumentException</c> does not also catch a <c>DomainException</c>, and <c>get_class</c> prints PHP's
/// name); PHP's engine errors map to the Python errors raised in their place. PHP's constructor takes
/// <c>($message, $code, $previous)</c> where Python's takes the message alone: the code and the previous exception
/// are set as attributes (<c>php_exception</c>), which <c>getCode()</c> and <c>getPrevious()</c> read.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>PHP's SPL exceptions by name, each with its PHP parent (emitted as a class when used).</summary>
    internal static readonly IReadOnlyDictionary<string, string> SplExceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["LogicException"] = "Exception",
        ["BadFunctionCallException"] = "LogicException",
        ["BadMethodCallException"] = "BadFunctionCallException",
        ["DomainException"] = "LogicException",
        ["InvalidArgumentException"] = "LogicException",
        ["LengthException"] = "LogicException",
        ["OutOfRangeException"] = "LogicException",
        ["RuntimeException"] = "Exception",
        ["OutOfBoundsException"] = "RuntimeException",
        ["OverflowException"] = "RuntimeException",
        ["RangeException"] = "RuntimeException",
        ["UnderflowException"] = "RuntimeException",
        ["UnexpectedValueException"] = "RuntimeException",
        ["JsonException"] = "Exception",
    };

    /// <summary>The Python class for a PHP exception class the program does not declare.</summary>
    private string ExceptionName(string php)
    {
        var name = ShortName(php);
        if (SplExceptions.ContainsKey(name))
        {
            Helpers.Add(name);
            return name;
        }
        return name switch
        {
            "Exception" or "Throwable" or "Error" or "ErrorException" => "Exception",
            "ValueError" or "UnhandledMatchError" => "ValueError",
            "DivisionByZeroError" => "ZeroDivisionError",
            "ArithmeticError" => "ArithmeticError",
            "TypeError" or "ArgumentCountError" => "TypeError",
            var other => PythonNames.Safe(other),
        };
    }

    /// <summary>Whether <c>new <paramref name="className"/>(...)</c> runs PHP's own exception constructor.</summary>
    private bool TakesExceptionArguments(string className)
    {
        var name = ShortName(className);
        for (var depth = 0; depth < 64; depth++)
        {
            if (!_classes.TryGetValue(name, out var parent))
            {
                return IsBuiltinException(name);
            }
            if (DeclaresConstructor(name) || parent is null)
            {
                return false;
            }
            name = parent;
        }
        return false;
    }

    private bool DeclaresConstructor(string className) =>
        _program is { } program && AllNodes(program).Any(n => n.Type == "class_declaration" && Field(n, "name").Text.Equals(className, StringComparison.OrdinalIgnoreCase)
            && Field(n, "body").NamedChildren.Any(m => m.Type == "method_declaration" && m.ChildByField("name")?.Text.Equals("__construct", StringComparison.OrdinalIgnoreCase) == true));

    /// <summary><c>new E($message, $code, $previous)</c> for an exception class with PHP's constructor.</summary>
    private PyExpression NewException(string python, IReadOnlyList<Lowered> args) =>
        args.Count <= 1
            ? PyCall.Of(python, [.. args.Select(a => a.Expression)])
            : Helper("php_exception", [PyCall.Of(python, args[0].Expression), .. args.Skip(1).Select(a => a.Expression)]);

    /// <summary><c>parent::__construct($message, $code, $previous)</c> in a class whose parent has PHP's exception constructor.</summary>
    private Lowered? ParentExceptionConstructor(SyntaxNode node, PyExpression[] args)
    {
        if (args.Length <= 1 || _currentClass is null || _classes.GetValueOrDefault(_currentClass) is not { } parent || !TakesExceptionArguments(parent))
        {
            return null;
        }
        if (node.Parent?.Type != "expression_statement" || _before is null)
        {
            throw Unsupported(node, "parent::__construct() of an exception inside an expression is not translated");
        }
        _before.Add(new PyExpressionStatement(PyCall.Method(PyCall.Of("super"), "__init__", args[0])));
        return new Lowered(Helper("php_exception", [new PyName("self"), .. args.Skip(1)]), PhpType.Null);
    }

    /// <summary>Throwable's methods on a caught exception; null where a class of the program declares a method of that name.</summary>
    private Lowered? ThrowableMethod(SyntaxNode node, string name, PyExpression receiver, PyExpression[] args)
    {
        var caught = Field(node, "object") is { Type: "variable_name" } v && _scope.Caught.Contains(VariableOf(v));
        if (args.Length != 0 || (_declaredMethods.Contains(name) && !caught))
        {
            return null;
        }
        return name switch
        {
            "getMessage" => new Lowered(PyCall.Of("str", receiver), PhpType.String),
            "getCode" => new Lowered(PyCall.Of("getattr", receiver, new PyString("code"), new PyNumber("0")), PhpType.Unknown),
            "getPrevious" => new Lowered(PyCall.Of("getattr", receiver, new PyString("previous"), PyConstant.None), PhpType.Object),
            "getLine" or "getFile" or "getTrace" or "getTraceAsString" => throw Unsupported(node, $"Exception::{name}() is not translated"),
            _ => null,
        };
    }

    /// <summary>Whether the class being lowered extends an exception (so <c>$this-&gt;getMessage()</c> is Throwable's).</summary>
    private bool InExceptionClass() => _currentClass is { } c && _classes.GetValueOrDefault(c) is { } parent && IsExceptionClass(parent, 0);

    private bool IsExceptionClass(string name, int depth) =>
        depth < 64 && (_classes.TryGetValue(name, out var parent)
            ? parent is not null && IsExceptionClass(parent, depth + 1)
            : IsBuiltinException(name));

    private static bool IsBuiltinException(string name) =>
        SplExceptions.ContainsKey(name) || name is "Exception" or "Throwable" or "Error" or "ErrorException" or "ValueError" or "UnhandledMatchError"
            or "DivisionByZeroError" or "ArithmeticError" or "TypeError" or "ArgumentCountError";
}
