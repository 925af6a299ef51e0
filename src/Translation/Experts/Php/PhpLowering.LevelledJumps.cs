using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>break N</c> and <c>continue N</c> out of nested loops. Python's <c>break</c> leaves one loop, so the jump sets
/// a flag and breaks; each loop it passes through tests the flag right after itself and breaks in turn, and the
/// loop just inside the target ends the target (<c>break</c>) or runs its next pass (<c>continue</c>, with the
/// target's own update first). A jump through a <c>switch</c> is reported (the switch is an if/elif chain here).
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>The flag of each levelled jump, made when first asked for.</summary>
    private readonly Dictionary<SyntaxNode, string> _jumpFlags = [];

    private static bool IsJumpTarget(SyntaxNode node) => node.Type is "while_statement" or "do_statement" or "for_statement" or "foreach_statement" or "switch_statement";

    /// <summary>How many levels a jump leaves (1 when it names none); 0 when the level is not a literal.</summary>
    private static int JumpLevels(SyntaxNode jump) =>
        Named(jump).ToArray() is [var level, ..]
            ? (int.TryParse(level.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            : 1;

    /// <summary>The loops and switches a jump leaves, innermost first; null when fewer enclose it in its function.</summary>
    private static List<SyntaxNode>? JumpedOut(SyntaxNode jump, int levels)
    {
        var loops = new List<SyntaxNode>();
        for (var p = jump.Parent; p is { } parent && loops.Count < levels && !ScopeBoundaries.Contains(parent.Type); p = parent.Parent)
        {
            if (IsJumpTarget(parent))
            {
                loops.Add(parent);
            }
        }
        return loops.Count == levels ? loops : null;
    }

    private string JumpFlag(SyntaxNode jump, bool isContinue)
    {
        if (!_jumpFlags.TryGetValue(jump, out var flag))
        {
            _jumpFlags[jump] = flag = Temporary(isContinue ? "continue_outer" : "break_outer");
        }
        return flag;
    }

    /// <summary><c>break N</c>/<c>continue N</c> with N above 1: set the jump's flag and leave the innermost loop.</summary>
    private IReadOnlyList<PyStatement> LowerLevelledJump(SyntaxNode node, int levels, bool isContinue)
    {
        var word = isContinue ? "continue" : "break";
        if (levels < 1 || JumpedOut(node, levels) is not { } loops)
        {
            throw Unsupported(node, $"{word} {Named(node).First().Text} (not a literal count of enclosing loops) is not translated");
        }
        if (loops.Any(l => l.Type == "switch_statement"))
        {
            throw Unsupported(node, $"{word} N out of a switch is not translated");
        }
        return [new PyAssign(new PyName(JumpFlag(node, isContinue)), PyConstant.True), new PyBreak()];
    }

    /// <summary>A lowered loop with what the levelled jumps inside it need around it: the flag cleared before, tested after.</summary>
    private IReadOnlyList<PyStatement> WithLevelledJumps(SyntaxNode loop, IReadOnlyList<PyStatement> lowered)
    {
        var before = new List<PyStatement>();
        var after = new List<PyStatement>();
        foreach (var jump in AllNodes(loop).Where(n => n.Type is "break_statement" or "continue_statement"))
        {
            var levels = JumpLevels(jump);
            if (levels < 2 || JumpedOut(jump, levels) is not { } loops || loops.Any(l => l.Type == "switch_statement") || loops.IndexOf(loop) is var index && index < 0)
            {
                continue;
            }
            var isContinue = jump.Type == "continue_statement";
            var flag = new PyName(JumpFlag(jump, isContinue));
            if (index == levels - 1)
            {
                if (!isContinue)
                {
                    before.Add(new PyAssign(flag, PyConstant.False));
                }
            }
            else if (index == levels - 2 && isContinue)
            {
                // This loop runs inside the target's body: the flag starts clear each pass, and a jump runs the target's next pass.
                before.Add(new PyAssign(flag, PyConstant.False));
                after.Add(new PyIf(flag, [.. _frames.Peek().ContinuePrelude, new PyContinue()], []));
            }
            else
            {
                after.Add(new PyIf(flag, [new PyBreak()], []));
            }
        }
        return before.Count == 0 && after.Count == 0 ? lowered : [.. before, .. lowered, .. after];
    }
}
