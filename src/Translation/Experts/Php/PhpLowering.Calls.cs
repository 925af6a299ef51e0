using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>Calls: user functions by name, PHP's string, math and output functions as Python or a helper.</summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerCall(SyntaxNode node)
    {
        var function = Field(node, "function");
        if (IsFirstClassCallable(node))
        {
            return FirstClassCallable(node, function);
        }
        var argumentNodes = Named(Field(node, "arguments")).ToArray();
        if (function.Type is not ("name" or "qualified_name"))
        {
            var callee = LowerExpression(function).Expression;
            return new Lowered(new PyCall(callee, Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray()), PhpType.Unknown);
        }
        var name = ShortName(function.Text);
        if (_functions.TryGetValue(name, out var python))
        {
            var passed = Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray();
            return new Lowered(CallPassingCells(node, passed, a => new PyCall(new PyName(python), a)), PhpType.Unknown);
        }
        var lower = name.ToLowerInvariant();
        if (lower is "isset" or "empty")
        {
            return LowerIsset(node, lower == "empty", argumentNodes.Select(a => Unwrap(a.NamedChildren[^1])).ToArray());
        }
        var args = Arguments(Field(node, "arguments"));
        return LowerLibrary(node, lower, args, argumentNodes);
    }

    private Lowered LowerIsset(SyntaxNode node, bool empty, SyntaxNode[] targets)
    {
        var tests = new List<PyExpression>();
        foreach (var target in targets)
        {
            if (target.Type == "subscript_expression" && target.NamedChildCount == 2)
            {
                // isset($a[$i][$j]) tests the whole chain: an absent $a[$i] is not an error.
                var array = SafeRead(target.NamedChildren[0]);
                var key = LowerKey(target.NamedChildren[1]);
                PyExpression present = array.Type == PhpType.Dict
                    ? new PyCompare(PyCall.Method(array.Expression, "get", key), PyCompareOperator.IsNot, PyConstant.None)
                    : Helper("php_has_key", array.Expression, key);
                tests.Add(empty ? new PyBoolean(new PyUnary(PyUnaryOperator.Not, present), PyBooleanOperator.Or, new PyUnary(PyUnaryOperator.Not, LowerExpression(target).Expression)) : present);
            }
            else
            {
                var value = UndeclaredMember(target) ?? LowerExpression(target).Expression;
                tests.Add(empty ? new PyUnary(PyUnaryOperator.Not, value) : new PyCompare(value, PyCompareOperator.IsNot, PyConstant.None));
            }
        }
        if (tests.Count == 0)
        {
            throw Unsupported(node, "isset() without arguments");
        }
        return new Lowered(tests.Aggregate((a, b) => new PyBoolean(a, PyBooleanOperator.And, b)), PhpType.Bool);
    }

    /// <summary>In-place array functions used as statements (<c>sort($a);</c>, <c>array_push($a, $x);</c>).</summary>
    private IReadOnlyList<PyStatement>? InPlaceStatement(SyntaxNode call)
    {
        if (call.ChildByField("function") is not { } function || function.Type != "name" || _functions.ContainsKey(function.Text))
        {
            return null;
        }
        var name = function.Text.ToLowerInvariant();
        if (!InPlaceArrayFunctions.Contains(name) || name is "array_pop" or "array_shift" or "array_splice")
        {
            return null;
        }
        var argumentNodes = Named(Field(call, "arguments")).ToArray();
        if (name is "array_push" or "array_unshift" && argumentNodes.Length > 1 && argumentNodes.Skip(1).Any(IsSpreadArgument))
        {
            return [SpreadPush(call, name == "array_push", argumentNodes)];
        }
        var args = Arguments(Field(call, "arguments"));
        if (args.Count == 0)
        {
            throw Unsupported(call, $"{name}() without arguments");
        }
        var array = args[0];
        var a = array.Expression;
        var isDict = array.Type == PhpType.Dict;
        var pushes = isDict || array.Type == PhpType.Unknown && !IsListLike(Unwrap(argumentNodes[0].NamedChildren[^1]), array);
        switch (name)
        {
            case "array_push":
                return args.Skip(1).Select(v => (PyStatement)new PyExpressionStatement(pushes ? Helper("php_push", a, v.Expression) : PyCall.Method(a, "append", v.Expression))).ToArray();
            case "array_unshift" when !isDict:
                return args.Skip(1).Reverse().Select(v => (PyStatement)new PyExpressionStatement(PyCall.Method(a, "insert", new PyNumber("0"), v.Expression))).ToArray();
            case "sort" or "rsort" when array.Type == PhpType.List:
            {
                var keywords = name == "rsort" ? new List<PyKeyword> { new("reverse", PyConstant.True) } : [];
                if (HoldsSplitText(argumentNodes[0]))
                {
                    // Strings cut from text may be numeric ("10", "9"): PHP 8 sorts those as numbers.
                    Imports.Add("functools");
                    keywords.Insert(0, new PyKeyword("key", PyCall.Method(new PyName("functools"), "cmp_to_key", new PyName("php_cmp"))));
                    Helpers.Add("php_cmp");
                }
                return [new PyExpressionStatement(new PyCall(new PyMember(a, "sort"), [], keywords))];
            }
            case "sort" or "rsort" when isDict:
                // PHP renumbers the array; it stays a dict here because the rest of the code reads it as one.
                return [new PyExpressionStatement(Helper("php_sort_renumber", a, PyConstant.None, PyConstant.Of(name == "rsort")))];
            case "usort" when args.Count == 2 && isDict:
                return [new PyExpressionStatement(Helper("php_sort_renumber", a, Callable(argumentNodes[1], args[1])))];
            case "sort" or "rsort":
            {
                // Of unknown kind: a list sorts in place, a keyed array becomes the list PHP makes of it.
                var byNumber = HoldsSplitText(argumentNodes[0]);
                if (byNumber)
                {
                    Helpers.Add("php_cmp");
                }
                return [SortRenumbering(argumentNodes[0], a, byNumber ? new PyName("php_cmp") : PyConstant.None, PyConstant.Of(name == "rsort"))];
            }
            case "usort" when args.Count == 2 && array.Type == PhpType.List:
                Imports.Add("functools");
                return [new PyExpressionStatement(new PyCall(new PyMember(a, "sort"), [], [new PyKeyword("key", PyCall.Method(new PyName("functools"), "cmp_to_key", Callable(argumentNodes[1], args[1])))]))];
            case "ksort" or "krsort" or "asort" or "arsort" when isDict:
                return [new PyExpressionStatement(Helper("php_sort_dict", a, PyConstant.Of(name[0] == 'k'), PyConstant.Of(name[1] == 'r' || name[2] == 'r')))];
            case "ksort" or "krsort" or "asort" or "arsort" or "uasort" or "uksort" when array.Type != PhpType.List && HeldByReferenceParameter(argumentNodes[0]):
                throw Unsupported(call, $"{name}() on a reference parameter of unknown kind is not translated (a list would become a new keyed array the caller does not see)");
            case "ksort" or "krsort" or "asort" or "arsort" when array.Type != PhpType.List:
                // Of unknown kind: a keyed array sorts in place, a list becomes the keyed array PHP makes of it.
                return [new PyAssign(a, Helper("php_sort_keyed", a, PyConstant.Of(name[0] == 'k'), PyConstant.Of(name[1] == 'r' || name[2] == 'r')))];
            case "uasort" or "uksort" when args.Count == 2 && array.Type != PhpType.List:
                return [new PyAssign(a, Helper("php_sort_keyed", a, PyConstant.Of(name == "uksort"), PyConstant.False, Callable(argumentNodes[1], args[1])))];
            case "usort" when args.Count == 2:
                return [SortRenumbering(argumentNodes[0], a, Callable(argumentNodes[1], args[1]), PyConstant.False)];
            case "shuffle":
                Imports.Add("random");
                return [new PyExpressionStatement(PyCall.Method(new PyName("random"), "shuffle", a))];
            default:
                throw Unsupported(call, $"{name}() on this array is not translated (the expert could not tell whether it is a list or a keyed array)");
        }
    }

    /// <summary><c>array_push($a, ...$b)</c>: the values of a spread array are added one by one, in order.</summary>
    private PyStatement SpreadPush(SyntaxNode call, bool push, SyntaxNode[] argumentNodes)
    {
        var array = LowerExpression(argumentNodes[0].NamedChildren[^1]);
        if (array.Type == PhpType.Dict)
        {
            throw Unsupported(call, "a spread argument to array_push()/array_unshift() on a keyed array is not translated");
        }
        var items = argumentNodes.Skip(1).Select(argument => IsSpreadArgument(argument)
            ? new PyName("*" + Starrable(SpreadValues(argument)))
            : LowerExpression(argument.NamedChildren[^1]).Expression).ToArray();
        // extend keeps the list's identity, as append does; a[0:0] = [...] inserts them all before the first element.
        return push
            ? new PyExpressionStatement(PyCall.Method(array.Expression, "extend", new PyList(items)))
            : new PyAssign(new PySubscript(array.Expression, new PySlice(new PyNumber("0"), new PyNumber("0"))), new PyList(items));
    }

    /// <summary>Text that can follow <c>*</c> (a conditional expression there needs parentheses).</summary>
    private static string Starrable(PyExpression e) =>
        e is PyName or PyCall or PyMember or PySubscript ? PythonExpressionText(e) : $"({PythonExpressionText(e)})";

    private static bool IsSpreadArgument(SyntaxNode argument) => argument.NamedChildren.Count > 0 && argument.NamedChildren[^1].Type == "variadic_unpacking";

    /// <summary>The values a spread argument passes: an array with integer keys spreads its values in order (Python's <c>*</c> on a dict would give its keys).</summary>
    private PyExpression SpreadValues(SyntaxNode argument)
    {
        var inner = LowerExpression(argument.NamedChildren[^1].NamedChildren[0]);
        return inner.Type == PhpType.List ? inner.Expression : Helper("php_values", inner.Expression);
    }

    /// <summary>Whether the array argument is a variable assigned from <c>explode()</c> in this scope.</summary>
    private bool HoldsSplitText(SyntaxNode argument)
    {
        var variable = Unwrap(argument.NamedChildren[^1]);
        return variable.Type == "variable_name" && !_scopeBody.IsNull && Descendants(_scopeBody).Any(n =>
            n.Type == "assignment_expression" && n.ChildByField("left")?.Text == variable.Text
            && Unwrap(Field(n, "right")) is { Type: "function_call_expression" } call && call.ChildByField("function")?.Text.ToLowerInvariant() is "explode" or "preg_split");
    }

    /// <summary>A PHP callable: a closure, or a function's name as a string.</summary>
    private PyExpression Callable(SyntaxNode argument, Lowered lowered)
    {
        var node = Unwrap(argument.NamedChildren.Count > 0 ? argument.NamedChildren[^1] : argument);
        if (node.Type == "string" && lowered.Expression is PyString s)
        {
            if (_functions.TryGetValue(s.Value, out var python))
            {
                return new PyName(python);
            }
            if (s.Value.Split("::") is [var className, var method] && _classes.ContainsKey(ShortName(className)))
            {
                // 'Cls::method' names a static method.
                return new PyMember(new PyName(PythonNames.Safe(ShortName(className))), AttributeName(method));
            }
            var parameter = new Lowered(new PyName("x"), PhpType.Unknown);
            var body = LowerLibrary(node, s.Value.ToLowerInvariant(), [parameter], []);
            return new PyLambda(["x"], body.Expression);
        }
        return node.Type == "array_creation_expression" && CallableArray(node) is { } bound ? bound : lowered.Expression;
    }

    /// <summary>
    /// <c>[$object, 'method']</c>, <c>[Cls::class, 'method']</c> or <c>['Cls', 'method']</c> passed where PHP expects
    /// a callable: the bound or static method. Null for an array that is not one of these.
    /// </summary>
    private PyMember? CallableArray(SyntaxNode array)
    {
        var elements = Named(array).Where(e => e.Type == "array_element_initializer").ToArray();
        if (elements is not [{ NamedChildCount: 1 } first, { NamedChildCount: 1 } second]
            || Unwrap(second.NamedChildren[0]) is not { Type: "string" } methodNode || LowerExpression(methodNode).Expression is not PyString method)
        {
            return null;
        }
        var holder = Unwrap(first.NamedChildren[0]);
        PyExpression target;
        if (holder.Type == "class_constant_access_expression" && holder.NamedChildren[^1].Text == "class")
        {
            target = ScopeTarget(holder.NamedChildren[0]);
        }
        else if (holder.Type == "string")
        {
            if (LowerExpression(holder).Expression is not PyString className || !_classes.ContainsKey(ShortName(className.Value)))
            {
                return null;
            }
            target = new PyName(PythonNames.Safe(ShortName(className.Value)));
        }
        else
        {
            target = LowerExpression(holder).Expression;
        }
        return new PyMember(target, method.Value == "__construct" ? "__init__" : AttributeName(method.Value));
    }

    private Lowered LowerMethodCall(SyntaxNode node)
    {
        var receiver = LowerExpression(Field(node, "object"));
        if (Field(node, "name").Type != "name")
        {
            return DynamicMethodCall(node, receiver.Expression);
        }
        var name = MemberName(Field(node, "name"));
        if (IsFirstClassCallable(node))
        {
            return new Lowered(new PyMember(receiver.Expression, name), PhpType.Unknown);
        }
        var args = Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray();
        if ((receiver.Type != PhpType.Object || VariableOf(Field(node, "object")) != "this" || InExceptionClass())
            && ThrowableMethod(node, name, receiver.Expression, args) is { } throwable)
        {
            return throwable;
        }
        return new Lowered(CallPassingCells(node, args, a => new PyCall(new PyMember(receiver.Expression, name), a)), PhpType.Unknown);
    }

    private PyExpression NullsafeCall(SyntaxNode node, PyExpression receiver)
    {
        if (Field(node, "name").Type != "name")
        {
            return DynamicMethodCall(node, receiver).Expression;
        }
        var name = MemberName(Field(node, "name"));
        var args = Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray();
        return ThrowableMethod(node, name, receiver, args)?.Expression ?? CallPassingCells(node, args, a => new PyCall(new PyMember(receiver, name), a));
    }

    private Lowered LowerScopedCall(SyntaxNode node)
    {
        var scope = Field(node, "scope");
        var name = MemberName(Field(node, "name"));
        if (IsFirstClassCallable(node))
        {
            return new Lowered(new PyMember(scope.Text == "parent" ? PyCall.Of("super") : ScopeTarget(scope), name), PhpType.Unknown);
        }
        var args = Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray();
        if (scope.Text == "parent" && name == "__init__" && ParentExceptionConstructor(node, args) is { } constructed)
        {
            return constructed;
        }
        if (scope.Text == "parent")
        {
            return new Lowered(CallPassingCells(node, args, a => new PyCall(new PyMember(PyCall.Of("super"), name), a)), PhpType.Unknown);
        }
        var target = scope.Text is "self" or "static" && _scope.ClassName is not null && !_scope.IsStatic ? new PyName("self") : ScopeTarget(scope);
        return new Lowered(CallPassingCells(node, args, a => new PyCall(new PyMember(target, name), a)), PhpType.Unknown);
    }

    /// <summary><c>f(...)</c>: PHP 8.1's first-class callable syntax.</summary>
    private static bool IsFirstClassCallable(SyntaxNode call) =>
        call.ChildByField("arguments") is { } arguments && arguments.NamedChildren.Any(c => c.Type == "variadic_placeholder");

    private Lowered FirstClassCallable(SyntaxNode node, SyntaxNode function)
    {
        if (function.Type is not ("name" or "qualified_name"))
        {
            return new Lowered(LowerExpression(function).Expression, PhpType.Unknown);
        }
        var name = ShortName(function.Text);
        if (_functions.TryGetValue(name, out var python))
        {
            return new Lowered(new PyName(python), PhpType.Unknown);
        }
        var parameter = new Lowered(new PyName("x"), PhpType.Unknown);
        return new Lowered(new PyLambda(["x"], LowerLibrary(node, name.ToLowerInvariant(), [parameter], []).Expression), PhpType.Unknown);
    }
}
