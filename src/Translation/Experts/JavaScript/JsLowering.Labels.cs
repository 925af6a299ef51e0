using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Labelled loops. Python has no labels: <c>continue outer</c> or <c>break outer</c> from a loop directly inside
/// the labelled one sets a flag and breaks the inner loop; right after it, the flag continues or breaks the
/// labelled loop (its continue running what a C-style for runs before the next round). A jump across more than
/// one loop is reported.
/// </summary>
internal sealed partial class JsLowering
{
    private sealed class LabelFrame(string name, int depth)
    {
        public string Name { get; } = name;

        /// <summary>The loop depth inside the labelled loop's body.</summary>
        public int Depth { get; } = depth;

        public bool ContinueUsed { get; set; }

        public bool BreakUsed { get; set; }

        public string Flag(bool isContinue) => JsContext.SafeName((isContinue ? "continue_" : "break_") + Name);
    }

    private readonly List<LabelFrame> _labels = [];

    private List<PyStatement> LowerLabelled(SyntaxNode node)
    {
        var body = node.ChildByField("body")!.Value;
        if (body.Type is not ("for_statement" or "for_in_statement" or "while_statement" or "do_statement"))
        {
            throw Unsupported(node, "a label on a statement that is not a loop");
        }
        _labels.Add(new LabelFrame(node.ChildByField("label")!.Value.Text, ctx.LoopDepth + 1));
        try
        {
            return LowerStatementCore(body);
        }
        finally
        {
            _labels.RemoveAt(_labels.Count - 1);
        }
    }

    /// <summary><c>continue label</c> / <c>break label</c>: a plain jump in the labelled loop itself, a flag and a break one loop inside it.</summary>
    private List<PyStatement> LabelledJump(SyntaxNode node, bool isContinue)
    {
        var name = node.NamedChildren[0].Text;
        var frame = _labels.LastOrDefault(l => l.Name == name) ?? throw Unsupported(node, "a jump to a label outside this function");
        if (ctx.InnermostKind != LoopKind.Loop)
        {
            throw Unsupported(node, "a labelled jump from a switch or a callback");
        }
        if (frame.Depth == ctx.LoopDepth)
        {
            return isContinue ? [.. ctx.BeforeContinue, new PyContinue()] : [new PyBreak()];
        }
        if (frame.Depth != ctx.LoopDepth - 1)
        {
            throw Unsupported(node, "a labelled jump across more than one loop");
        }
        if (isContinue)
        {
            frame.ContinueUsed = true;
        }
        else
        {
            frame.BreakUsed = true;
        }
        return [new PyAssign([new PyName(frame.Flag(isContinue))], PyConstant.True), new PyBreak()];
    }

    /// <summary>A loop directly inside a labelled loop's body, with the flags its labelled jumps set tested after it.</summary>
    private List<PyStatement> InLabelledLoop(Func<List<PyStatement>> lower)
    {
        var frame = _labels.LastOrDefault(l => l.Depth == ctx.LoopDepth && ctx.LoopDepth > 0);
        if (frame is null)
        {
            return lower();
        }
        var (continued, broke) = (frame.ContinueUsed, frame.BreakUsed);
        frame.ContinueUsed = frame.BreakUsed = false;
        var loop = lower();
        var result = new List<PyStatement>();
        var after = new List<PyStatement>();
        if (frame.ContinueUsed)
        {
            result.Add(new PyAssign([new PyName(frame.Flag(true))], PyConstant.False));
            after.Add(new PyIf(new PyName(frame.Flag(true)), [.. ctx.BeforeContinue, new PyContinue()], []));
        }
        if (frame.BreakUsed)
        {
            result.Add(new PyAssign([new PyName(frame.Flag(false))], PyConstant.False));
            after.Add(new PyIf(new PyName(frame.Flag(false)), [new PyBreak()], []));
        }
        (frame.ContinueUsed, frame.BreakUsed) = (continued || frame.ContinueUsed, broke || frame.BreakUsed);
        return [.. result, .. loop, .. after];
    }
}
