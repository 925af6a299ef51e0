using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>What a user sees in the Python printed for each family of JavaScript constructs.</summary>
public sealed class ConstructTests
{
    private static string Py(string js) => JavaScriptTranslation.Translate(js).Text;

    [Fact]
    public void CountedFor_WithStableBound_BecomesRange()
    {
        var python = Py("function f(a) { let s = 0; for (let i = 0; i < a.length; i++) { s += a[i]; } return s; }");
        Assert.Contains("for i in range(len(a)):", python, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WhoseBodyMovesTheCounter_BecomesWhileThatUpdatesBeforeContinue()
    {
        var python = Py("function f(n) { let c = 0; for (let i = 0; i < n; i++) { if (i % 2 === 0) { i++; continue; } c++; } return c; }");
        Assert.DoesNotContain("range(", python, StringComparison.Ordinal);
        Assert.Contains("while i < n:", python, StringComparison.Ordinal);
        Assert.Matches(@"i \+= 1\n\s+continue", python);
    }

    [Fact]
    public void Class_WithConstructorGetterAndStatic_BecomesPythonClass()
    {
        var python = Py("class A extends B { constructor(x) { super(x); this.x = x; } get twice() { return this.x * 2; } static make() { return new A(1); } }");
        Assert.Contains("class A(B):", python, StringComparison.Ordinal);
        Assert.Contains("def __init__(self, x):", python, StringComparison.Ordinal);
        Assert.Contains("super().__init__(x)", python, StringComparison.Ordinal);
        Assert.Contains("@property", python, StringComparison.Ordinal);
        Assert.Contains("@staticmethod", python, StringComparison.Ordinal);
        Assert.Contains("return self.x * 2", python, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateLiteral_BecomesFString()
    {
        var python = Py("function g(name, n) { return `hi ${name}: ${n + 1}`; }");
        Assert.Contains("f\"hi {js_str(name)}: {js_str(n + 1)}\"", python, StringComparison.Ordinal);
    }

    [Fact]
    public void NumericComparatorSort_BecomesPlainSort_AndDefaultSortComparesAsStrings()
    {
        Assert.Contains("a.sort()", Py("const a = [3, 1, 2]; a.sort((x, y) => x - y);"), StringComparison.Ordinal);
        Assert.Contains("a.sort(reverse=True)", Py("const a = [3, 1, 2]; a.sort((x, y) => y - x);"), StringComparison.Ordinal);
        Assert.Contains("a.sort(key=js_str)", Py("const a = [10, 9, 1]; a.sort();"), StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_WithEmptyCases_MergesIntoMembershipTest()
    {
        var python = Py("function k(d) { switch (d) { case 1: case 7: return 'weekend'; default: return 'weekday'; } }");
        Assert.Contains("if d in (1, 7):", python, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_WithBreakBeforeTheCaseEnds_IsReportedNotTranslated()
    {
        var result = JavaScriptTranslation.Translate("function k(d) { let s = 0; switch (d) { case 1: if (s === 0) break; s += 1; break; case 2: s += 2; } return s; }");
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text, StringComparison.Ordinal);
        Assert.Contains("raise NotImplementedError", result.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("break inside a switch case before its end", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, warning.Start.Line);
    }

    [Theory]
    [InlineData("Uint32Array")]
    [InlineData("Int16Array")]
    [InlineData("DataView")]
    public void BuiltInWithoutACounterpart_IsReportedWhereItIsCreated(string builtIn)
    {
        var result = JavaScriptTranslation.Translate($"const n = 4;\nconst bits = new {builtIn}(n);\nconsole.log(bits.length);");
        Assert.Contains("# " + PyComment.UntranslatedMarker, result.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("new " + builtIn, warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, warning.Start.Line);
    }

    [Fact]
    public void AsyncFunction_IsReportedWithItsSpan()
    {
        var result = JavaScriptTranslation.Translate("function ok() { return 1; }\nasync function load(u) { const r = await fetch(u); return r; }");
        Assert.Contains("def load(u):", result.Text, StringComparison.Ordinal);
        Assert.Contains("NotImplementedError", result.Text, StringComparison.Ordinal);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(1, warning.Start.Line);
    }

    [Fact]
    public void ClosureAssigningOuterLet_DeclaresNonlocal()
    {
        var python = Py("function counter() { let n = 0; const inc = () => { n += 1; return n; }; return inc; }");
        Assert.Contains("nonlocal n", python, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictEqualityWithNull_BecomesIsNone_AndModuleExportsIsDropped()
    {
        var python = Py("function f(x) { return x === null || x !== undefined; }\nmodule.exports = { f };");
        Assert.Contains("x is None or x is not None", python, StringComparison.Ordinal);
        Assert.DoesNotContain("exports", python, StringComparison.Ordinal);
    }

    [Fact]
    public void MathFloorOfDivision_BecomesFloorDivision_AndRoundRoundsHalvesUp()
    {
        var python = Py("function m(a, b, x) { return [Math.floor(a / b), Math.round(x)]; }");
        Assert.Contains("a // b", python, StringComparison.Ordinal);
        Assert.Contains("math.floor(x + 0.5)", python, StringComparison.Ordinal);
        Assert.StartsWith("import math", python, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyUsedImportsAndHelpers_AreEmitted()
    {
        var python = Py("function add(a, b) { return a + b; }");
        Assert.DoesNotContain("import", python, StringComparison.Ordinal);
        Assert.DoesNotContain("js_str", python, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntaxError_IsReportedAndOutputStillParses()
    {
        var result = JavaScriptTranslation.Translate("function f( { return 1; }\nconsole.log(2);");
        Assert.NotEmpty(result.Warnings);
        Assert.Contains("syntax error", result.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translator_TranslatesJavaScriptOnly()
    {
        var translator = new CodeIntel.Translation.Experts.JavaScript.JavaScriptToPythonTranslator();
        Assert.Equal("ast-javascript-python", translator.Name);
        Assert.True(translator.CanTranslate(CodeIntel.Parsing.Languages.Language.JavaScript, TranslationTarget.Python));
        Assert.False(translator.CanTranslate(CodeIntel.Parsing.Languages.Language.TypeScript, TranslationTarget.Python));
    }

    [Fact]
    public void SimpleRegexLiterals_UseRe_AndVariableWidthLookbehindIsReported()
    {
        var python = Py("function f(s) { return /^\\d+$/i.test(s) ? s.replace(/-/g, '+') : s.split(/\\s+/); }");
        Assert.StartsWith("import re", python, StringComparison.Ordinal);
        Assert.Contains("re.search(", python, StringComparison.Ordinal);
        Assert.Contains("flags=re.I", python, StringComparison.Ordinal);
        Assert.Contains("re.sub(\"-\", \"+\", s)", python, StringComparison.Ordinal);
        Assert.Contains("re.split(", python, StringComparison.Ordinal);
        var named = JavaScriptTranslation.Translate("function g(s) { return /(?<y>\\d+)/.test(s); }");
        Assert.Empty(named.Warnings);
        Assert.Contains("(?P<y>", named.Text, StringComparison.Ordinal);
        var lookbehind = JavaScriptTranslation.Translate("function h(s) { return /(?<=\\$+)\\d+/.test(s); }");
        Assert.Single(lookbehind.Warnings);
    }

    [Fact]
    public void AsyncFunction_StaysADefThatRaises_SoTheRestOfTheFileLoads()
    {
        var result = JavaScriptTranslation.Translate("async function g() { return 1; }\nconsole.log('loaded');");
        Assert.Contains("def g():", result.Text, StringComparison.Ordinal);
        Assert.Contains("print(\"loaded\")", result.Text, StringComparison.Ordinal);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void DeleteOnObject_PopsWithoutFailingOnMissingKeys()
    {
        Assert.Contains("o.pop(\"a\", None)", Py("const o = { a: 1 }; delete o.a;"), StringComparison.Ordinal);
    }

    [Fact]
    public void SetUsedOnlyForMembership_IsAPythonSet_ButIteratedSetKeepsInsertionOrder()
    {
        Assert.Contains("seen = set()", Py("function f(a) { const seen = new Set(); for (const x of a) { if (seen.has(x)) return true; seen.add(x); } return false; }"), StringComparison.Ordinal);
        Assert.Contains("dict.fromkeys(a)", Py("function u(a) { const s = new Set(a); return [...s]; }"), StringComparison.Ordinal);
    }

    [Fact]
    public void SelectedMethod_WithoutItsClass_TranslatesToAMethodDef()
    {
        var result = JavaScriptTranslation.Translate("area(scale) {\n  return this.w * this.h * scale;\n}");
        Assert.Contains("def area(self, scale):", result.Text, StringComparison.Ordinal);
        Assert.Contains("return self.w * self.h * scale", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("class", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
    }
}
