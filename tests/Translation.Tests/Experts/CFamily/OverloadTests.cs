using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CFamily;

/// <summary>
/// Functions and methods overloaded on parameter types: each call must reach the overload the compiler picks
/// (checked against the compiled source), and a call the known argument types do not decide must be marked.
/// </summary>
public sealed class OverloadTests
{
    private const string CppProgram = """
        #include <iostream>
        #include <string>
        using namespace std;
        int area(int s) { return s * s; }
        int area(int w, int h) { return w * h; }
        int half(int x) { return x / 2; }
        double half(double x) { return x / 2; }
        string kind(char c) { return "char"; }
        string kind(int i) { return "int"; }
        string kind(string s) { return "string"; }
        long long twice(long long x) { return 2 * x; }
        int twice(int x) { return 3 * x; }
        int main() {
            int n = 7;
            long long big = 5;
            char c = 'q';
            bool flag = true;
            cout << area(3) << " " << area(2, 5) << " " << half(n) << " " << half(7.0) << " " << half(n * 1.0) << endl;
            cout << kind(c) << " " << kind('x') << " " << kind(n) << " " << kind(flag) << " " << kind(string("s")) << endl;
            cout << twice(n) << " " << twice(big) << " " << twice(4LL) << " " << twice((long long) n) << endl;
            return 0;
        }
        """;

    private const string JavaProgram = """
        import java.util.*;
        public class Main {
            static class Circle { double r; Circle(double r) { this.r = r; } }
            static class Square { double s; Square(double s) { this.s = s; } }
            static double area(Circle c) { return 3 * c.r * c.r; }
            static double area(Square q) { return q.s * q.s; }
            static String show(char c) { return "char " + c; }
            static String show(int i) { return "int " + i; }
            static String show(String s) { return "string " + s; }
            static String show(Object o) { return "object"; }
            static long twice(long x) { return 2 * x; }
            static int twice(int x) { return 3 * x; }
            static double scale(double x) { return x * 10; }
            static int scale(int x, int y) { return x * y; }
            public static void main(String[] args) {
                Circle c = new Circle(1.0);
                System.out.println(area(c) + " " + area(new Square(2.0)));
                char ch = 'x';
                System.out.println(show(ch) + " " + show('y') + " " + show(5) + " " + show("s") + " " + show(new ArrayList<Integer>()));
                int n = 4;
                long big = 6;
                System.out.println(twice(3) + " " + twice(3L) + " " + twice(n) + " " + twice(big) + " " + twice((long) n) + " " + twice(ch));
                System.out.println(scale(n) + " " + scale(2, 3));
            }
        }
        """;

    [SkippableFact]
    public void CppOverloads_EachCallReachesTheOneTheCompilerPicks()
    {
        var expected = CompiledSource.RunCpp(CppProgram);

        var result = Translate.Cpp(CppProgram);

        Assert.Empty(result.Warnings);
        Assert.Contains("def half_double(x):", result.Text, StringComparison.Ordinal);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void JavaOverloads_EachCallReachesTheOneTheCompilerPicks()
    {
        var expected = CompiledSource.RunJava(JavaProgram);

        var result = Translate.Java(JavaProgram);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [Theory]
    // Arrays and lists are both Python lists here: the lowering cannot tell which overload javac picks.
    [InlineData("class A { static int sum(int[] a) { return 1; } static int sum(java.util.List<Integer> a) { return 2; }\n static int f(int[] xs) { return sum(xs); } }", "java", 1)]
    // The width of n * 2 is not tracked: int or long decides.
    [InlineData("class A { static int g(int x) { return 1; } static int g(long x) { return 2; }\n static int f(long n) { return g(n * 2); } }", "java", 1)]
    [InlineData("int g(int x) { return 1; }\nint g(long long x) { return 2; }\nint f(long long n) { return g(n + 1); }", "cpp", 2)]
    public void OverloadCall_ArgumentTypesDoNotDecide_IsMarkedWithItsSpan(string source, string language, int line)
    {
        var result = language == "java" ? Translate.Java(source) : Translate.Cpp(source);

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("do not decide the overload", StringComparison.Ordinal));
        Assert.Equal(line, warning.Start.Line);
        Assert.Contains("# UNTRANSLATED", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void JavaVarargsOverloads_AreWarnedAbout()
    {
        var result = Translate.Java("class P { static int sum(int... xs) { return 0; } static int sum(int a, int b) { return a + b; } }");

        Assert.Contains(result.Warnings, w => w.Message.Contains("'sum' is overloaded with varargs", StringComparison.Ordinal));
    }
}
