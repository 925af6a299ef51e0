using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// LINQ query expressions, clause by clause, over the same Python as method syntax: <c>where</c> filters with a
/// list comprehension, <c>orderby</c> is stable sorted passes from the last key to the first (<c>descending</c>
/// is <c>reverse=True</c>, which Python keeps stable too), <c>select</c> maps, <c>group … by … [into g]</c>
/// groups in order of first appearance. <c>let</c> makes the items pairs of the range variable and the new name,
/// which later clauses unpack; a second <c>from</c> does the same with each of its items (SelectMany). <c>join</c> is reported.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerQuery(QueryExpressionSyntax query)
    {
        if (query.FromClause.Type is not null)
        {
            throw Unsupported(query.FromClause, "a typed range variable (from T x in ...) is not translated");
        }
        var variable = RangeVariable(query.FromClause);
        var items = LowerIterable(query.FromClause.Expression);
        return InLambdaScope(() => LowerQueryBody(query.Body, variable, items));
    }

    private PyExpression LowerQueryBody(QueryBodySyntax body, PyExpression variable, PyExpression items)
    {
        foreach (var clause in body.Clauses)
        {
            switch (clause)
            {
                case LetClauseSyntax let:
                    // from x ... let y = f(x): the items become (x, y) pairs; later clauses unpack them.
                    var name = Py.Name(NameOf(_model.GetDeclaredSymbol(let, _cancellationToken)!));
                    items = new PyComprehension(new PyTuple([.. Names(variable), Lower(let.Expression)]), variable, items, Generator: true);
                    variable = new PyTuple([.. Names(variable), name]);
                    break;
                case FromClauseSyntax { Type: null } from:
                    // from x in xs from y in f(x): the items become (x, y) pairs, each x's ys in turn, as SelectMany.
                    var inner = RangeVariable(from);
                    var pairs = new PyComprehension(new PyTuple([.. Names(variable), inner]), inner, Lower(from.Expression), Generator: true);
                    items = new PyCall(new PyMember(Imported("itertools", "chain"), "from_iterable"), [new PyComprehension(pairs, variable, items, Generator: true)]);
                    variable = new PyTuple([.. Names(variable), inner]);
                    break;
                case WhereClauseSyntax where:
                    items = new PyComprehension(variable, variable, items, Lower(where.Condition));
                    break;
                case OrderByClauseSyntax orderBy:
                    for (var i = orderBy.Orderings.Count - 1; i >= 0; i--)
                    {
                        var ordering = orderBy.Orderings[i];
                        var key = Lower(ordering.Expression);
                        var keywords = new List<PyKeyword>();
                        if (!(key is PyName k && variable is PyName v && k.Id == v.Id))
                        {
                            keywords.Add(new PyKeyword("key", QueryLambda(variable, key)));
                        }
                        if (ordering.AscendingOrDescendingKeyword.ValueText == "descending")
                        {
                            keywords.Add(new PyKeyword("reverse", PyConstant.True));
                        }
                        items = new PyCall(Py.Name("sorted"), [items], keywords);
                    }
                    break;
                default:
                    throw Unsupported(clause, $"the query clause '{clause.ToString().Split(' ')[0]}' is not translated");
            }
        }
        PyExpression result;
        switch (body.SelectOrGroup)
        {
            case SelectClauseSyntax select:
                var selected = Lower(select.Expression);
                result = selected is PyName s && variable is PyName v && s.Id == v.Id && items is not PyName ? items : new PyComprehension(selected, variable, items);
                break;
            case GroupClauseSyntax group:
                // group e by k: the groups of the range variable's items by k, each holding e.
                var element = Lower(group.GroupExpression);
                result = new PyCall(Helper(CSharpHelpers.GroupBy), element is PyName e && variable is PyName v2 && e.Id == v2.Id
                    ? [items, QueryLambda(variable, Lower(group.ByExpression))]
                    : [items, QueryLambda(variable, Lower(group.ByExpression)), QueryLambda(variable, element)]);
                break;
            default:
                throw Unsupported(body.SelectOrGroup, "this query clause is not translated");
        }
        if (body.Continuation is { } continuation)
        {
            var next = Py.Name(NameOf(_model.GetDeclaredSymbol(continuation, _cancellationToken)!));
            return LowerQueryBody(continuation.Body, next, result);
        }
        return result;
    }

    private static IEnumerable<PyExpression> Names(PyExpression variable) => variable is PyTuple tuple ? tuple.Items : [variable];

    /// <summary>A function of one item: <c>lambda x: body</c>, or for (x, y) pairs <c>lambda row: [body for x, y in [row]][0]</c>.</summary>
    private static PyLambda QueryLambda(PyExpression variable, PyExpression body) => variable is PyName name
        ? new PyLambda([name.Id], body)
        : new PyLambda(["row"], new PySubscript(new PyComprehension(body, variable, new PyList([Py.Name("row")])), Py.Number(0)));

    private PyName RangeVariable(FromClauseSyntax from) => Py.Name(NameOf(_model.GetDeclaredSymbol(from, _cancellationToken)!));
}
