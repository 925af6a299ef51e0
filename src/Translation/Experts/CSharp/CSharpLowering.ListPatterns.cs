using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// List patterns on arrays, lists and strings (<c>[var c, var p]</c>, <c>[first, .., last]</c>, <c>[_, .. var rest]</c>):
/// the null test, the length test (equal, or at least the fixed elements where a slice stands), then each element's
/// pattern in order, elements after the slice counted from the end, as C# tests them.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyExpression LowerListPattern(ListPatternSyntax pattern, PatternValue subject, List<PyStatement>? bindings)
    {
        var kind = Classify(subject.Type);
        if (kind is not (CsKind.Array or CsKind.List or CsKind.String))
        {
            throw Unsupported(pattern, $"a list pattern on {subject.Type?.ToDisplayString() ?? "this value"} is not translated");
        }
        var element = kind == CsKind.String ? _model.Compilation.GetSpecialType(SpecialType.System_Char) : ElementType(subject.Type);
        var items = pattern.Patterns;
        var slice = items.IndexOf(p => p is SlicePatternSyntax);
        var fixedCount = slice < 0 ? items.Count : items.Count - 1;
        var tests = new List<PyExpression>();
        if (NeedsNullTest(subject.Type))
        {
            tests.Add(Py.Compare(subject.Read(), PyCompareOperator.IsNot, PyConstant.None));
        }
        tests.Add(Py.Compare(Py.Length(subject.Read()), slice < 0 ? PyCompareOperator.Equal : PyCompareOperator.GreaterOrEqual, Py.Number(fixedCount)));
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is SlicePatternSyntax { Pattern: var rest })
            {
                if (rest is null or DiscardPatternSyntax)
                {
                    continue;
                }
                // .. var rest: the elements between the fixed ones, a list (or string) of its own.
                var after = items.Count - 1 - i;
                var start = i;
                var restValue = new PatternValue(
                    () => new PySubscript(subject.Read(), new PySlice(start == 0 ? null : Py.Number(start), after == 0 ? null : Py.Number(-after))),
                    subject.Type, subject.Pure);
                tests.Add(LowerPattern(rest, restValue, null));
                continue;
            }
            if (items[i] is DiscardPatternSyntax)
            {
                continue;
            }
            var index = slice >= 0 && i > slice ? -(items.Count - i) : i;
            var value = new PatternValue(() => new PySubscript(subject.Read(), Py.Number(index)), element, subject.Pure);
            tests.Add(LowerPattern(items[i], value, null));
        }
        if (pattern.Designation is SingleVariableDesignationSyntax single)
        {
            tests.Add(Bind(single, subject, bindings));
        }
        return And(tests);
    }
}
