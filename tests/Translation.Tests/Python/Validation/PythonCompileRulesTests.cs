using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Validation;
using CodeIntel.Translation.Tests.Support;
using Xunit.Abstractions;

namespace CodeIntel.Translation.Tests.Python.Validation;

/// <summary>
/// The compile-time rules: each refused snippet must be refused by python3 too, each near miss compiled by
/// it, and no file of python3's own standard library may be refused, so a rule never rejects a good translation.
/// </summary>
public sealed class PythonCompileRulesTests(ITestOutputHelper output) : IDisposable
{
    private readonly ParserPool _parsers = new();

    public void Dispose() => _parsers.Dispose();

    [SkippableTheory]
    [InlineData("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n", "used prior to nonlocal declaration")]
    [InlineData("def f():\n    x = 1\n    global x\n", "used prior to global declaration")]
    [InlineData("nonlocal x\n", "not allowed at module level")]
    [InlineData("def f():\n    nonlocal y\n", "no binding for nonlocal 'y'")]
    [InlineData("def f():\n    global y\n    def g():\n        nonlocal y\n", "no binding for nonlocal 'y'")]
    [InlineData("class C:\n    y = 1\n    def g(self):\n        nonlocal y\n", "no binding for nonlocal 'y'")]
    [InlineData("def f(x):\n    global x\n", "parameter and global")]
    [InlineData("def f(x):\n    def g():\n        nonlocal x\n        global x\n", "nonlocal and global")]
    [InlineData("x = [y for y in (z := [1])]\n", "comprehension iterable")]
    [InlineData("def g(a):\n    return [x for x in [lambda: (y := 1)]]\n", "comprehension iterable")]
    [InlineData("x = [[b for b in a] for a in [c for c in d if (e := c)]]\n", "comprehension iterable")]
    [InlineData("x = [(y := 1) for y in z]\n", "rebind comprehension iteration variable 'y'")]
    [InlineData("class C:\n    x = [(z := 1) for y in w]\n", "class body")]
    [InlineData("x := 1\n", "must be in parentheses")]
    [InlineData("f(a=x := 1)\n", "must be in parentheses")]
    [InlineData("def f():\n    return x := 1\n", "must be in parentheses")]
    [InlineData("def f(a, a):\n    pass\n", "duplicate argument 'a'")]
    [InlineData("f = lambda a, *a: 0\n", "duplicate argument 'a'")]
    [InlineData("def f(a=1, b):\n    pass\n", "non-default argument")]
    [InlineData("f = lambda a=1, b: 0\n", "non-default argument")]
    [InlineData("f(a=1, a=2)\n", "keyword argument repeated: a")]
    [InlineData("f(a=1, 2)\n", "positional argument follows keyword argument")]
    [InlineData("f(**k, *a)\n", "iterable argument unpacking")]
    [InlineData("f(**k, 1)\n", "positional argument follows keyword argument unpacking")]
    [InlineData("a, b += 1\n", "illegal expression for augmented assignment")]
    [InlineData("del f()\n", "cannot delete call")]
    [InlineData("*a = b\n", "starred assignment target")]
    [InlineData("*a, *b = c\n", "multiple starred expressions")]
    [InlineData("a, b: int\n", "only single target")]
    [InlineData("return 1\n", "'return' outside function")]
    [InlineData("class C:\n    return 1\n", "'return' outside function")]
    [InlineData("class C:\n    yield 1\n", "'yield' outside function")]
    [InlineData("def f():\n    return [(yield) for x in y]\n", "'yield' inside comprehension")]
    [InlineData("await g()\n", "'await' outside function")]
    [InlineData("def f():\n    await g()\n", "'await' outside async function")]
    [InlineData("async def f():\n    return lambda: await g()\n", "'await' outside async function")]
    [InlineData("def f():\n    return [await x for x in y]\n", "'await' outside async function")]
    [InlineData("def f():\n    async for x in y:\n        pass\n", "'async for' outside async function")]
    [InlineData("def f():\n    with a as b, c:\n        break\n", "'break' outside loop")]
    [InlineData("for a in b:\n    pass\nelse:\n    continue\n", "'continue' not properly in loop")]
    [InlineData("while 1:\n    def g():\n        break\n", "'break' outside loop")]
    [InlineData("def f():\n    from m import *\n", "import * only allowed at module level")]
    [InlineData("print \"x\"\n", "Missing parentheses in call to 'print'")]
    [InlineData("x = 1 <> 2\n", "Python 2")]
    [InlineData("x = f\"{'\\n'.join(y)}\"\n", "backslash")]
    [InlineData("x = f'{d['k']}'\n", "quote")]
    public void FindErrors_CodePython3Refuses_NamesWhy(string python, string why)
    {
        var errors = new PythonSyntaxValidator(_parsers).FindErrors(python);

        Assert.True(errors.Any(e => e.Contains(why, StringComparison.Ordinal)), $"expected '{why}', found: {string.Join("; ", errors)}");
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed, so the rule is not checked against it");
        Assert.False(Python3Compiles(python), "python3 compiles this, so the rule refuses good code");
    }

    [SkippableTheory]
    [InlineData("def f():\n    def g():\n        nonlocal y\n        y = 2\n    y = 1\n")]
    [InlineData("def f():\n    y = 1\n    class C:\n        def g(self):\n            nonlocal y\n")]
    [InlineData("def f():\n    [(y := 1) for z in w]\n    def g():\n        nonlocal y\n")]
    [InlineData("def f():\n    global x\n    global x\n    x = 1\n")]
    [InlineData("def f(*, a=1, b):\n    pass\n")]
    [InlineData("def f(a=1, *b, c, **d):\n    pass\n")]
    [InlineData("f(*a, b=1, *c, **d)\n")]
    [InlineData("x = a[y := 1] + f(z := 2)\nif (w := 3):\n    pass\n")]
    [InlineData("x = [y := 1, 2]\n")]
    [InlineData("x = [w for v in z if (w := v)]\n")]
    [InlineData("async def f():\n    return [await x async for x in y]\n")]
    [InlineData("f = lambda: (yield)\n")]
    [InlineData("while 1:\n    try:\n        pass\n    finally:\n        continue\n")]
    [InlineData("x = f\"{y!r:>{w}}\" + f\"\"\"{d[\"k\"]}\"\"\" + f\"{'a' + b}\" + f'{\"#\"}'\n")]
    [InlineData("print(1, 2, sep=\"\")\nprint(x)\nexec(code)\n")]
    [InlineData("def f():\n    # a comment\n    for a in b:\n        if a: break\n    else:\n        return f(x, # why\n            y=1)\n")]
    public void FindErrors_NearMissPython3Compiles_IsEmpty(string python)
    {
        Assert.Empty(new PythonSyntaxValidator(_parsers).FindErrors(python));
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed, so the case is not checked against it");
        Assert.True(Python3Compiles(python), "python3 refuses this too, so it is no near miss");
    }

    [Theory]
    [InlineData(20, 0)]
    [InlineData(21, 1)]
    public void FindErrors_NestedLoops_RefusedPastPythonsTwentyBlocks(int depth, int expected)
    {
        var python = string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 4 * i) + $"for a{i} in b:\n")) + new string(' ', 4 * depth) + "pass\n";

        Assert.Equal(expected, new PythonSyntaxValidator(_parsers).FindErrors(python).Count(e => e.Contains("statically nested blocks", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(200, 0)]
    [InlineData(201, 1)]
    public void FindErrors_NestedParentheses_RefusedPastPythonsTwoHundred(int depth, int expected)
    {
        var python = "x = " + new string('(', depth) + "1" + new string(')', depth) + "\n";

        Assert.Equal(expected, new PythonSyntaxValidator(_parsers).FindErrors(python).Count(e => e.Contains("nested parentheses", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void FindErrors_PythonsOwnStandardLibrary_RefusesNoFile()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var (_, stdlib, _) = ExternalProgram.Run("python3", Path.GetTempPath(), "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        // Its test suites hold files written not to compile; packages installed into it are not python3's own.
        string[] skipped = ["test", "tests", "lib2to3", "idlelib", "site-packages", "dist-packages"];
        var files = Directory.GetFiles(stdlib.Trim(), "*.py", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(stdlib.Trim(), f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Take(1500).ToArray();
        Skip.If(files.Length < 100, $"python3's standard library holds only {files.Length} files here");
        var validator = new PythonSyntaxValidator(_parsers);
        var (checkedFiles, refused) = (0, new List<string>());
        foreach (var file in files)
        {
            using var tree = _parsers.Parse(Parsing.Languages.Grammar.Python, Parsing.Text.SourceText.FromString(File.ReadAllText(file)));
            if (tree.FindErrors(limit: 1).Count > 0)
            {
                continue; // syntax newer than the grammar: not a compile-rule question
            }
            checkedFiles++;
            refused.AddRange(validator.FindErrors(File.ReadAllText(file)).Select(e => $"{Path.GetFileName(file)}: {e}"));
        }
        output.WriteLine($"{checkedFiles} of {files.Length} standard-library modules parsed and were checked; {refused.Count} refused");
        Assert.True(checkedFiles >= files.Length / 2, $"only {checkedFiles} of {files.Length} files parsed");
        Assert.Empty(refused);
    }

    private static bool Python3Compiles(string python)
    {
        using var folder = new TempDirectory();
        var path = folder.WriteFile("snippet.py", python);
        var (exit, _, _) = ExternalProgram.Run("python3", folder.Root, "-c", "import sys; compile(open(sys.argv[1]).read(), 'snippet', 'exec')", path);
        return exit == 0;
    }
}
