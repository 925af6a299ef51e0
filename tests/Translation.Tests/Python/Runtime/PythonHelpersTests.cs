using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Python.Runtime;

public sealed class PythonHelpersTests
{
    [SkippableFact]
    public void Definitions_TruncatingHelpers_MatchCSemanticsForEverySignCombination()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var module = new PyModule([], [.. PythonHelpers.Definitions(PythonHelpers.TruncatingRemainder)]);
        var program = PythonPrinter.Print(module) +
            "\nfor a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (10**30 + 1, -3)]:\n    print(trunc_div(a, b), trunc_mod(a, b))\n";

        var output = ExternalProgram.Python(program).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // C, C++, Java and C#: -7 / 2 == -3 and -7 % 2 == -1 (Python's // and % give -4 and 1).
        Assert.Equal(["3 1", "-3 -1", "-3 1", "3 -1", "-333333333333333333333333333333 2"], output);
    }
}
