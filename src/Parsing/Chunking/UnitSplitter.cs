namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Cuts a unit that is over the token budget into line ranges that fit: first along its syntax (consecutive
/// children packed greedily, an oversized child split recursively), then, where syntax gives no smaller piece,
/// into windows of lines that overlap by a few lines. See README.md in this folder.
/// </summary>
internal sealed class UnitSplitter(LineBudget budget, Func<int, int> lineOfByte, int maxTokens, int overlapLines)
{
    // Deeper syntax is no better a cut than lines, and the bound keeps pathological nesting off the stack.
    private const int MaxDepth = 48;

    public List<LineRange> Split(ISyntaxRegion? region, LineRange lines)
    {
        var output = new List<LineRange>();
        SplitInto(region, lines, 0, output);
        return output;
    }

    /// <summary>Windows of whole lines, each within the budget where a single line allows it.</summary>
    public List<LineRange> Windows(LineRange lines)
    {
        var output = new List<LineRange>();
        AddWindows(lines, output);
        return output;
    }

    private void SplitInto(ISyntaxRegion? region, LineRange lines, int depth, List<LineRange> output)
    {
        if (budget.Tokens(lines.First, lines.Last) <= maxTokens)
        {
            output.Add(lines);
            return;
        }
        if (region is null || depth >= MaxDepth)
        {
            AddWindows(lines, output);
            return;
        }

        var atoms = Atoms(region, lines);
        if (atoms.Count == 0)
        {
            AddWindows(lines, output);
            return;
        }
        if (atoms.Count == 1)
        {
            // One child spans everything: look inside it.
            SplitInto(atoms[0].Region, lines, depth + 1, output);
            return;
        }

        LineRange? group = null;
        foreach (var atom in atoms)
        {
            if (budget.Tokens(atom.Lines.First, atom.Lines.Last) > maxTokens)
            {
                // The pending group (a signature, say) leads into the oversized child rather than standing alone.
                var led = new LineRange(group?.First ?? atom.Lines.First, atom.Lines.Last);
                group = null;
                SplitInto(atom.Region, led, depth + 1, output);
            }
            else if (group is { } g && budget.Tokens(g.First, atom.Lines.Last) > maxTokens)
            {
                output.Add(g);
                group = atom.Lines;
            }
            else
            {
                group = new LineRange(group?.First ?? atom.Lines.First, atom.Lines.Last);
            }
        }
        Flush(ref group, output);
    }

    private static void Flush(ref LineRange? group, List<LineRange> output)
    {
        if (group is { } g)
        {
            output.Add(g);
        }
        group = null;
    }

    /// <summary>
    /// The children of <paramref name="region"/> as line ranges that tile <paramref name="lines"/>: children
    /// sharing a line merge (keeping the larger child's syntax), and lines between children join the next one.
    /// </summary>
    private List<(LineRange Lines, ISyntaxRegion? Region)> Atoms(ISyntaxRegion region, LineRange lines)
    {
        var atoms = new List<(LineRange Lines, ISyntaxRegion? Region)>();
        foreach (var child in region.Children)
        {
            if (child.EndByte <= child.StartByte)
            {
                continue;
            }
            var first = Math.Max(lines.First, lineOfByte(child.StartByte));
            var last = Math.Min(lines.Last, lineOfByte(child.EndByte - 1));
            if (last < first)
            {
                continue;
            }
            if (atoms.Count > 0 && first <= atoms[^1].Lines.Last)
            {
                var previous = atoms[^1];
                var merged = new LineRange(previous.Lines.First, Math.Max(previous.Lines.Last, last));
                var keep = last - first > previous.Lines.Last - previous.Lines.First ? child : previous.Region;
                atoms[^1] = (merged, keep);
                continue;
            }
            atoms.Add((new LineRange(first, last), child));
        }
        for (var i = 0; i < atoms.Count; i++)
        {
            var start = i == 0 ? lines.First : atoms[i - 1].Lines.Last + 1;
            var end = i == atoms.Count - 1 ? lines.Last : atoms[i].Lines.Last;
            atoms[i] = (new LineRange(start, end), atoms[i].Region);
        }
        return atoms;
    }

    private void AddWindows(LineRange lines, List<LineRange> output)
    {
        var start = lines.First;
        while (start <= lines.Last)
        {
            var end = start;
            while (end < lines.Last && budget.Tokens(start, end + 1) <= maxTokens)
            {
                end++;
            }
            output.Add(new LineRange(start, end));
            if (end >= lines.Last)
            {
                return;
            }
            start = Math.Max(end + 1 - overlapLines, start + 1);
        }
    }
}
