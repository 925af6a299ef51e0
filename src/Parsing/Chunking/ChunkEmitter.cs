namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Turns the units of one file into chunks: each unit within the budget becomes one chunk, a larger one is
/// split by <see cref="UnitSplitter"/>, containers get an outline chunk, and code outside every unit is kept
/// as top-level chunks so that nothing in the file is unsearchable.
/// </summary>
internal sealed class ChunkEmitter
{
    // Leftover code smaller than this (a namespace line, a closing brace) is not worth a chunk of its own.
    private const int MinTopLevelTokens = 12;

    private readonly ChunkFactory _factory;
    private readonly LineBudget _budget;
    private readonly UnitSplitter _splitter;
    private readonly OutlineBuilder _outlines;
    private readonly int _maxTokens;

    public ChunkEmitter(ChunkFactory factory, ChunkerOptions options)
    {
        _factory = factory;
        _maxTokens = options.MaxTokens;
        _budget = new LineBudget(factory.Source, options.TokenCounter);
        _splitter = new UnitSplitter(_budget, factory.Source.GetLineIndex, options.MaxTokens, options.OverlapLines);
        _outlines = new OutlineBuilder(factory.Source, options.TokenCounter);
    }

    public List<Chunk> Emit(IReadOnlyList<CodeUnit> units, string fileSymbol, CancellationToken cancellationToken)
    {
        var chunks = new List<Chunk>();
        foreach (var unit in units)
        {
            EmitUnit(unit, chunks, cancellationToken);
        }
        EmitTopLevel(units, fileSymbol, chunks);
        chunks.Sort((a, b) => a.StartByte != b.StartByte ? a.StartByte.CompareTo(b.StartByte) : b.EndByte.CompareTo(a.EndByte));
        return chunks;
    }

    /// <summary>The whole file as overlapping line windows: for languages without a grammar.</summary>
    public List<Chunk> EmitWindows(ChunkKind kind, string symbol)
    {
        var chunks = new List<Chunk>();
        if (_budget.LineCount > 0)
        {
            AddRanges(kind, null, symbol, _splitter.Windows(new LineRange(0, _budget.LineCount - 1)), 0, _factory.Source.Length, chunks);
        }
        return chunks;
    }

    private void EmitUnit(CodeUnit unit, List<Chunk> chunks, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lines = LinesOf(unit.StartByte, unit.EndByte);
        if (unit.Kind.IsContainer())
        {
            EmitOutline(unit, chunks);
            foreach (var member in unit.Members)
            {
                EmitUnit(member, chunks, cancellationToken);
            }
            return;
        }
        var ranges = _budget.Tokens(lines.First, lines.Last) <= _maxTokens ? [lines] : _splitter.Split(unit.Region, lines);
        AddRanges(unit.Kind, unit.Name, unit.SymbolPath, ranges, unit.StartByte, unit.EndByte, chunks);
    }

    private void EmitOutline(CodeUnit unit, List<Chunk> chunks)
    {
        var parts = new List<(int Start, int End, string Text)>();
        foreach (var part in _outlines.Build(unit, _maxTokens))
        {
            if (_factory.CountTokens(part.Text) <= _maxTokens)
            {
                parts.Add(part);
                continue;
            }
            // Only a single outline line can exceed the budget: cut the source it came from.
            parts.AddRange(_factory.CutLongSpan(part.Start, part.End, _maxTokens).Select(p => (p.Start, p.End, _factory.Source.Decode(p.Start, p.End))));
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var (start, end, text) = parts[i];
            chunks.Add(_factory.Create(unit.Kind, unit.Name, unit.SymbolPath, start, end, text, i + 1, parts.Count));
        }
    }

    private void EmitTopLevel(IReadOnlyList<CodeUnit> units, string fileSymbol, List<Chunk> chunks)
    {
        var lineCount = _budget.LineCount;
        var covered = new bool[lineCount];
        foreach (var unit in units)
        {
            var lines = LinesOf(unit.StartByte, unit.EndByte);
            Array.Fill(covered, true, lines.First, lines.Last - lines.First + 1);
        }
        var line = 0;
        while (line < lineCount)
        {
            if (covered[line])
            {
                line++;
                continue;
            }
            var first = line;
            while (line < lineCount && !covered[line])
            {
                line++;
            }
            var last = line - 1;
            while (first <= last && _budget.Tokens(first, first) == 0)
            {
                first++;
            }
            while (last >= first && _budget.Tokens(last, last) == 0)
            {
                last--;
            }
            var gap = new LineRange(first, last);
            if (first <= last && _budget.Tokens(gap.First, gap.Last) >= MinTopLevelTokens)
            {
                AddRanges(ChunkKind.TopLevel, null, fileSymbol, _splitter.Windows(gap), 0, _factory.Source.Length, chunks);
            }
        }
    }

    private void AddRanges(ChunkKind kind, string? name, string symbol, List<LineRange> ranges, int floor, int ceiling, List<Chunk> chunks)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            var (start, end) = _factory.Bytes(range, floor, ceiling);
            if (range.First == range.Last && _budget.Tokens(range.First, range.Last) > _maxTokens)
            {
                spans.AddRange(_factory.CutLongSpan(start, end, _maxTokens));
            }
            else if (end > start && !IsBlank(start, end))
            {
                spans.Add((start, end));
            }
        }
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            var label = name ?? $"lines {_factory.Source.GetLineIndex(start) + 1}-{_factory.Source.GetLineIndex(Math.Max(start, end - 1)) + 1}";
            chunks.Add(_factory.Verbatim(kind, label, symbol, start, end, i + 1, spans.Count));
        }
    }

    private bool IsBlank(int start, int end)
    {
        foreach (var b in _factory.Source.Utf8[start..end])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }
        return true;
    }

    private LineRange LinesOf(int startByte, int endByte) =>
        new(_factory.Source.GetLineIndex(startByte), _factory.Source.GetLineIndex(Math.Max(startByte, endByte - 1)));
}
