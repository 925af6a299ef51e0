using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Two-dimensional parameters, <c>T a[][N]</c> and <c>T** a</c>, subscripted <c>a[row][column]</c>. Two elements
/// differ when their rows differ (rows do not overlap: a fixed row length, or row pointers taken not to alias) or
/// when their columns differ (a column is below the row length). So a loop whose iterations own distinct rows, or
/// distinct columns, of every matrix it writes is parallel: <c>t[i][j] = a[j][i]</c> over <c>i</c> owns row
/// <c>i</c> of <c>t</c>, and <c>out[x][y] = in[y][x]</c> over <c>y</c> owns column <c>y</c> of <c>out</c>.
/// </summary>
internal static partial class LoopAnalyzer
{
    /// <summary>The index nodes of a subscript, and of the row subscript under it (<c>a[row][column]</c>).</summary>
    private static IEnumerable<SyntaxNode> SubscriptIndices(SyntaxNode sub)
    {
        var argument = sub.ChildByField("argument") ?? sub.NamedChild(0);
        var indices = sub.NamedChildren.Skip(1);
        return argument is { Type: "subscript_expression" } inner ? inner.NamedChildren.Skip(1).Concat(indices) : indices;
    }

    /// <summary><c>m[row][column]</c> on a matrix parameter, its row as <see cref="ArrayAccess.Index"/>; null for any other subscript.</summary>
    private static ArrayAccess? MatrixAccess(SyntaxNode sub, SyntaxNode column, bool isWrite, LoopAnalysis a, HashSet<string> variant)
    {
        var argument = sub.ChildByField("argument") ?? sub.NamedChild(0);
        if (argument is { Type: "identifier" } alone && a.Matrices.Contains(alone.Text))
        {
            a.Reason = $"'{sub.Text}' uses a row of the matrix '{alone.Text}' on its own";
            return null;
        }
        if (argument is not { Type: "subscript_expression" } rowAccess || (rowAccess.ChildByField("argument") ?? rowAccess.NamedChild(0)) is not { Type: "identifier" } matrix
            || !a.Matrices.Contains(matrix.Text) || SubscriptIndex(rowAccess) is not { } row)
        {
            return null;
        }
        var access = new ArrayAccess(matrix.Text, AffineIndex.Parse(row, a.Index, variant, a.AffineLocals, a.DivMods), isWrite, sub)
        {
            Subscript = Compact(row.Text),
            Column = AffineIndex.Parse(column, a.Index, variant, a.AffineLocals, a.DivMods),
            ColumnSubscript = Compact(column.Text),
            IsMatrix = true,
        };
        a.Accesses.Add(access);
        return access;
    }

    /// <summary>
    /// Why the iterations may touch one element of a written matrix, or null when each owns its rows or its columns.
    /// </summary>
    private static string? MatrixConflict(List<ArrayAccess> all, string loopIndex)
    {
        var byRow = Conflict(all, x => x.Index, x => x.Subscript, allowOwned: false, loopIndex);
        if (byRow is null || Conflict(all, x => x.Column, x => x.ColumnSubscript, allowOwned: false, loopIndex) is null)
        {
            return null;
        }
        return $"the iterations own neither rows nor columns of '{all[0].Array}': {byRow}";
    }

    /// <summary>
    /// Counted loops nested in the body whose bounds the body does not change, each with one past its index's largest
    /// value: what a subscript inside that loop which is the index can reach, for sizing device copies. (After the
    /// loop the index is one further, so a subscript there is not bounded by it.)
    /// </summary>
    private static List<(SyntaxNode Loop, string Index, string Bound)> InnerBounds(SyntaxNode body, LoopAnalysis a, HashSet<string> variant)
    {
        var bounds = new List<(SyntaxNode, string, string)>();
        foreach (var inner in Descendants(body).Where(n => n.Type == "for_statement"))
        {
            var header = new LoopAnalysis { Loop = inner };
            if (!ReadHeader(inner, header) || a.Reassigned.Contains(header.Index) || Assigned(inner.ChildByField("body")!.Value, header.Index))
            {
                continue;
            }
            var last = header.Inclusive ? $"({header.Hi}) + 1" : header.Hi;
            if (Identifiers(inner.ChildByField("condition")!.Value).Any(id => id != header.Index && (id == a.Index || variant.Contains(id))))
            {
                continue;
            }
            bounds.Add((inner, header.Index, last));
        }
        return bounds;
    }

    /// <summary>One past the largest value of <paramref name="subscript"/> at <paramref name="access"/>, when it is the
    /// index of an inner loop around it; else null.</summary>
    public static string? InnerBound(LoopAnalysis a, SyntaxNode access, string subscript) =>
        a.InnerBounds.Where(b => b.Index == subscript && access.StartByte >= b.Loop.StartByte && access.EndByte <= b.Loop.EndByte)
            .Select(b => b.Bound).FirstOrDefault();

    /// <summary>Whether <paramref name="node"/> assigns, steps or takes the address of <paramref name="name"/>.</summary>
    internal static bool Assigned(SyntaxNode node, string name)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        CollectWrittenNames(node, written);
        return written.Contains(name);
    }

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node) => node.NamedChildren.SelectMany(c => Descendants(c).Prepend(c));
}
