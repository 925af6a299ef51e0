using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CFamily;

/// <summary>
/// Doubles printed the way the source prints them: <c>cout</c>'s <c>%g</c> with precision 6 and its float
/// manipulators, <c>to_string</c>'s six decimals, Java's <c>4.0</c> for a double that holds an int; and chars
/// and ints converted where they meet a parameter of the other type. Checked against the compiled source.
/// </summary>
public sealed class NumberPrintingTests
{
    private const string CppProgram = """
        #include <iostream>
        #include <iomanip>
        #include <string>
        using namespace std;
        double scaled(double x) { return x * 10; }
        int next(int x) { return x + 1; }
        int main() {
            double x = 2.0 / 3, big = 1234567.0, n = 4;
            int left = 5;
            cout << x << " " << big << " " << n << " " << 1e20 << " " << 0.0001 << " " << (x > 0) << " " << left << endl;
            cout << to_string(x) << " " << to_string(7) << " " << to_string('a') << " " << scaled(left) << " " << next('a') << endl;
            cout << fixed << setprecision(3) << x << " " << n << endl;
            cout << x << " " << scientific << big << endl;
            cout << defaultfloat << setprecision(10) << x << endl;
            cout << (x > 1) << " " << boolalpha << (x > 0) << endl << "after endl" << endl;
            return 0;
        }
        """;

    private const string JavaProgram = """
        public class Main {
            static double scaled(double x) { return x * 10; }
            static int next(int x) { return x + 1; }
            public static void main(String[] args) {
                int n = 4;
                double d = n;
                double zero = 0;
                System.out.println(d + " " + zero + " " + scaled(n) + " " + scaled(3) + " " + next('a') + " " + (d / 3 > 1.3));
            }
        }
        """;

    [SkippableFact]
    public void CppDoubles_PrintAsCoutPrintsThem()
    {
        var expected = CompiledSource.RunCpp(CppProgram);

        var result = Translate.Cpp(CppProgram);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void JavaDoubles_PrintAsPrintlnPrintsThem()
    {
        var expected = CompiledSource.RunJava(JavaProgram);

        var result = Translate.Java(JavaProgram);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [Theory]
    [InlineData("setw(5)")]
    [InlineData("hex")]
    [InlineData("setfill('*')")]
    public void CppStreamManipulatorsWithoutATranslation_AreMarked(string manipulator)
    {
        var result = Translate.Cpp($"#include <iostream>\n#include <iomanip>\nusing namespace std;\nint main() {{\n    cout << {manipulator} << 42 << endl;\n    return 0;\n}}\n");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("stream manipulator", warning.Message, StringComparison.Ordinal);
        Assert.Equal(4, warning.Start.Line);
    }
}
