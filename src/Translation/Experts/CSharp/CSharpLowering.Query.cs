using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// LINQ query expressions, clause by clause, over the same Python as method syntax: <c>where</c> filters with a
/// list comprehension, <c>orderby</c> is stable sorted passes from the last key to the first (<c>descending</c>
/// is <c>reverse=True</c>, which Python keeps stable too), <c>select</c> maps, <c>group … by … [into g]</c>
/// groups in order of first appearance. <c>let</c>, a second <c>from</c>, and <c>join</c> are reported.
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

    private PyExpression LowerQueryBody(QueryBodySyntax body, PyName variable, PyExpression items)
    {
        foreach (var clause in body.Clauses)
        {
            switch (clause)
            {
                case WhereClauseSyntax where:
                    items = new PyComprehension(variable, variable, items, Lower(where.Condition));
                    break;
                case OrderByClauseSyntax orderBy:
                    for (var i = orderBy.Orderings.Count - 1; i >= 0; i--)
                    {
                        var ordering = orderBy.Orderings[i];
                        var key = Lower(ordering.Expression);
                        var keywords = new List<PyKeyword>();
                        if (!(key is PyName k && k.Id == variable.Id))
                        {
                            keywords.Add(new PyKeyword("key", new PyLambda([variable.Id], key)));
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
                result = selected is PyName s && s.Id == variable.Id && items is not PyName ? items : new PyComprehension(selected, variable, items);
                break;
            case GroupClauseSyntax group when Lower(group.GroupExpression) is PyName element && element.Id == variable.Id:
                result = new PyCall(Helper(CSharpHelpers.GroupBy), [items, new PyLambda([variable.Id], Lower(group.ByExpression))]);
                break;
            default:
                throw Unsupported(body.SelectOrGroup, "a group clause whose elements are not the range variable is not translated");
        }
        if (body.Continuation is { } continuation)
        {
            var next = Py.Name(NameOf(_model.GetDeclaredSymbol(continuation, _cancellationToken)!));
            return LowerQueryBody(continuation.Body, next, result);
        }
        return result;
    }

    private PyName RangeVariable(FromClauseSyntax from) => Py.Name(NameOf(_model.GetDeclaredSymbol(from, _cancellationToken)!));
}
