using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java streams ending in a terminal operation, read as one chain: a source (<c>Arrays.stream(a)</c>,
/// <c>Arrays.stream(a, from, to)</c>, <c>IntStream.range</c>/<c>rangeClosed</c>/<c>of</c>, <c>list.stream()</c>), then
/// <c>map</c>/<c>filter</c> with one-parameter lambdas, <c>boxed</c>, <c>distinct</c>, <c>sorted</c>, <c>limit</c>,
/// <c>skip</c>, and a terminal operation (<c>sum</c>, <c>count</c>, <c>min</c>/<c>max</c> with <c>getAsInt</c> and its
/// kin or <c>orElse</c>, <c>average().getAsDouble()</c>, <c>anyMatch</c>/<c>allMatch</c>/<c>noneMatch</c>,
/// <c>toArray</c>, <c>collect(Collectors.toList()/toSet())</c>). Each becomes the Python built-in over a list or a
/// comprehension. An empty stream's <c>getAsInt</c> throws, and so does Python's <c>min([])</c>. Anything else in a
/// chain (a comparator, a method reference, a stream kept in a variable) is reported as not translated.
/// </summary>
internal sealed partial class CLowering
{
    private static readonly HashSet<string> StreamTypes = ["IntStream", "LongStream", "DoubleStream", "Stream"];

    /// <summary>The items a stream holds at one step of a chain, as a Python iterable, and their type.</summary>
    private sealed record JavaStream(PyExpression Items, CType Element);

    /// <summary>The chain ending at <paramref name="node"/> when it starts at a stream source; null when it does not.</summary>
    private LoweredExpression? TryJavaStream(SyntaxNode node)
    {
        var chain = new List<SyntaxNode>();
        for (SyntaxNode? at = node; at is { Type: "method_invocation" } call; at = call.ChildByField("object"))
        {
            chain.Insert(0, call);
            if (IsStreamSource(call))
            {
                break;
            }
        }
        if (!IsStreamSource(chain[0]) || StreamSource(chain[0]) is not { } stream)
        {
            return null;
        }
        for (var i = 1; i < chain.Count; i++)
        {
            var (name, args) = (Field(chain[i], "name").Text, Arguments(chain[i]));
            if (StreamStep(stream, name, args) is { } next)
            {
                stream = next;
                continue;
            }
            if (StreamTerminal(chain, ref i, stream) is { } result)
            {
                if (i == chain.Count - 1)
                {
                    return result;
                }
                throw Unsupported(chain[i + 1], $"the stream operation '{Field(chain[i + 1], "name").Text}'");
            }
            throw Unsupported(chain[i], $"the stream operation '{name}'");
        }
        throw Unsupported(node, "a stream kept as a value (only chains ending in sum, count, min, max, average, a match, toArray or collect are)");
    }

    private static bool IsStreamSource(SyntaxNode call)
    {
        var owner = call.ChildByField("object")?.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        var name = Field(call, "name").Text;
        return owner == "Arrays" && name == "stream"
            || owner is not null && StreamTypes.Contains(owner) && name is "of" or "range" or "rangeClosed"
            || owner is not null && owner != "Arrays" && name == "stream" && Arguments(call).Length == 0;
    }

    /// <summary>The stream a source call makes; null for <c>x.stream()</c> on something not known to be a collection
    /// (a method of the program's own).</summary>
    private JavaStream? StreamSource(SyntaxNode call)
    {
        var owner = Field(call, "object");
        var args = Arguments(call).Select(Lower).ToArray();
        return Field(call, "name").Text switch
        {
            "stream" when args.Length == 1 => new(args[0].Python, args[0].Type.ElementType),
            "stream" when args.Length == 3 => new(new PySubscript(args[0].Python, new PySlice(args[1].Python, args[2].Python)), args[0].Type.ElementType),
            "stream" when args.Length == 0 => _ctx.Tentatively(() => Lower(owner) is { Type.Kind: CKind.List or CKind.Set } collection
                ? new JavaStream(collection.Python, collection.Type.ElementType)
                : null),
            "range" when args.Length == 2 => new(Py.Literal(args[0].Python) == 0 ? Py.Call("range", args[1].Python) : Py.Call("range", args[0].Python, args[1].Python), CType.Int),
            "rangeClosed" when args.Length == 2 => new(Py.Call("range", args[0].Python, Py.Plus(args[1].Python, 1)), CType.Int),
            "of" => new(new PyList(args.Select(a => a.Python).ToArray()), args.Length > 0 ? args[0].Type : CType.Unknown),
            _ => throw Unsupported(call, "this stream source"),
        };
    }

    /// <summary>An intermediate operation: the stream after it, or null when <paramref name="name"/> is not one.</summary>
    private JavaStream? StreamStep(JavaStream stream, string name, SyntaxNode[] args)
    {
        switch (name)
        {
            case "boxed" or "parallel" or "sequential" or "asLongStream" or "asDoubleStream" when args.Length == 0:
                return stream;
            case "map" or "mapToInt" or "mapToLong" or "mapToDouble" or "mapToObj" when args.Length == 1:
                var (item, value) = StreamLambda(args[0], stream.Element);
                return new(new PyComprehension(value.Python, Py.Name(item), stream.Items), name switch
                {
                    "mapToInt" or "mapToLong" => CType.Int,
                    "mapToDouble" => CType.Float,
                    _ => value.Type,
                });
            case "filter" when args.Length == 1:
                var (kept, test) = StreamLambda(args[0], stream.Element);
                return new(new PyComprehension(Py.Name(kept), Py.Name(kept), stream.Items, test.Python), stream.Element);
            case "distinct" when args.Length == 0:
                // dict keys keep the order of first appearance, as distinct() does for an ordered stream.
                return new(Py.Method(Py.Name("dict"), "fromkeys", stream.Items), stream.Element);
            case "sorted" when args.Length == 0:
                return new(Py.Call("sorted", stream.Items), stream.Element);
            case "limit" when args.Length == 1:
                return new(new PySubscript(Py.Call("list", stream.Items), new PySlice(null, Lower(args[0]).Python)), stream.Element);
            case "skip" when args.Length == 1:
                return new(new PySubscript(Py.Call("list", stream.Items), new PySlice(Lower(args[0]).Python, null)), stream.Element);
            default:
                return null;
        }
    }

    /// <summary>
    /// A terminal operation at <c>chain[i]</c>, reading the optional's accessor after <c>min</c>/<c>max</c>/<c>average</c>
    /// too (advancing <paramref name="i"/> past it); null when it is not one.
    /// </summary>
    private LoweredExpression? StreamTerminal(List<SyntaxNode> chain, ref int i, JavaStream stream)
    {
        var name = Field(chain[i], "name").Text;
        var args = Arguments(chain[i]);
        var items = stream.Items;
        var number = stream.Element.Kind == CKind.Float ? CType.Float : CType.Int;
        var collector = name == "collect" && args.Length == 1 ? args[0].Text.Replace(" ", string.Empty, StringComparison.Ordinal) : null;
        switch (name)
        {
            case "sum" when args.Length == 0:
                return new(Py.Call("sum", items), number);
            case "count" when args.Length == 0:
                return new(Py.Length(Sized(items) ? items : Py.Call("list", items)), CType.Int);
            case "toArray" when args.Length == 0:
            case "collect" when collector == "Collectors.toList()":
                return new(items is PyComprehension or PyList or PyCall { Function: PyName { Id: "sorted" or "list" } } ? items : Py.Call("list", items),
                    CType.ListOf(stream.Element));
            case "collect" when collector == "Collectors.toSet()":
                return new(Py.Call("set", items), new CType(CKind.Set, stream.Element));
            case "anyMatch" or "allMatch" or "noneMatch" when args.Length == 1:
                var (item, test) = StreamLambda(args[0], stream.Element);
                var each = new PyComprehension(test.Python, Py.Name(item), items, Generator: true);
                return new(name switch
                {
                    "anyMatch" => Py.Call("any", each),
                    "allMatch" => Py.Call("all", each),
                    _ => new PyUnary(PyUnaryOperator.Not, Py.Call("any", each)),
                }, CType.Bool);
            case "min" or "max" or "average" when args.Length == 0 && i + 1 < chain.Count:
                var accessor = Field(chain[i + 1], "name").Text;
                var accessorArgs = Arguments(chain[i + 1]);
                var orElse = accessor == "orElse" && accessorArgs.Length == 1 ? Lower(accessorArgs[0]).Python : null;
                if (orElse is null && (accessor is not ("getAsInt" or "getAsLong" or "getAsDouble" or "get" or "orElseThrow") || accessorArgs.Length != 0))
                {
                    return null;
                }
                i++;
                if (name == "average")
                {
                    if (orElse is not null)
                    {
                        throw Unsupported(chain[i], "average().orElse");
                    }
                    // An empty stream's average has no value: Java throws NoSuchElementException, Python StatisticsError.
                    _ctx.Require("statistics");
                    return new(Py.Method(Py.Name("statistics"), "fmean", items), CType.Float);
                }
                return new(orElse is null ? Py.Call(name, items) : new PyCall(Py.Name(name), [items], [new PyKeyword("default", orElse)]), stream.Element);
            default:
                return null;
        }
    }

    /// <summary>Items <c>len</c> can count without a <c>list</c> around them.</summary>
    private static bool Sized(PyExpression items) =>
        items is PyName or PyList or PySubscript or PyComprehension { Generator: false }
        || items is PyCall { Function: PyName { Id: "range" or "sorted" or "list" } } or PyCall { Function: PyMember { Name: "fromkeys" } };

    /// <summary>A one-parameter lambda of a stream operation: its parameter's Python name and its body, lowered with
    /// the parameter typed as the stream's items.</summary>
    private (string Item, LoweredExpression Value) StreamLambda(SyntaxNode lambda, CType element)
    {
        var parameters = lambda.ChildByField("parameters");
        var names = parameters is { Type: "identifier" } single ? [single]
            : parameters?.NamedChildren.Where(c => c.Type is "identifier" or "formal_parameter" or "inferred_parameters").ToArray() ?? [];
        if (lambda.Type != "lambda_expression" || names.Length != 1)
        {
            throw Unsupported(lambda, "a stream operation without a one-parameter lambda");
        }
        var name = names[0].Type == "formal_parameter" ? Field(names[0], "name").Text : names[0].Text;
        var body = Field(lambda, "body");
        _ctx.PushScope();
        try
        {
            _ctx.Declare(name, element);
            var expression = body.Type is "block" ? SingleReturn(body) : body;
            return (LoweringContext.SafeName(name), _ctx.WithoutBuffers(() => Lower(expression)));
        }
        finally
        {
            _ctx.PopScope();
        }
    }
}
