using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Java;

/// <summary>Java switch expressions: arrow arms with one or several labels, yield, blocks and throws, run against javac's build.</summary>
public sealed class JavaSwitchExpressionTests
{
    private const string Program = """
        public class Main {
            static int days(String month) {
                return switch (month) {
                    case "feb" -> 28;
                    case "apr", "jun", "sep", "nov" -> 30;
                    default -> 31;
                };
            }
            static int apply(char op, int a, int b) {
                int r = switch (op) {
                    case '+' -> a + b;
                    case '*' -> {
                        int t = a * b;
                        yield t + 1;
                    }
                    default -> throw new IllegalArgumentException("op " + op);
                };
                return r;
            }
            public static void main(String[] args) {
                System.out.println(days("feb") + " " + days("jun") + " " + days("jan"));
                System.out.println(apply('+', 6, 3) + " " + apply('*', 6, 3));
                try { apply('/', 1, 1); } catch (IllegalArgumentException e) { System.out.println("caught " + e.getMessage()); }
            }
        }
        """;

    [SkippableFact]
    public void SwitchExpressions_TranslatedToPython_PrintWhatJavaPrints()
    {
        var expected = CompiledSource.RunJava(Program);

        var result = Translate.Java(Program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void SwitchCasesInBracesEndingInBreak_AreNoFallThrough()
    {
        const string program = """
            public class Main {
                static int f(String tok, int a, int b) {
                    int r = 0;
                    switch (tok) {
                        case "+": { r = a + b; break; }
                        case "-": { int t = a - b; r = t * 10; break; }
                        default: r = -1;
                    }
                    return r;
                }
                public static void main(String[] args) { System.out.println(f("+", 3, 4) + " " + f("-", 3, 4) + " " + f("?", 1, 1)); }
            }
            """;
        var expected = CompiledSource.RunJava(program);

        var result = Translate.Java(program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [Fact]
    public void SwitchExpressionWithStatementsInsideACondition_IsMarked()
    {
        var result = Translate.Java("class A { static boolean f(int k, int n) {\n return n > 0 && switch (k) { case 1 -> { int t = n; yield t > 2; } default -> false; };\n } }");

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("switch expression", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, warning.Start.Line);
    }
}
