using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Java;

/// <summary>Java enums (constants with fields, constructors and methods, values(), ordinal(), switches on them) run against javac's build.</summary>
public sealed class JavaEnumTests
{
    [SkippableFact]
    public void Enums_TranslatedToPython_PrintWhatJavaPrints()
    {
        const string program = """
            import java.util.*;

            enum Coin {
                PENNY(1), NICKEL(5), DIME(10), QUARTER(25);
                private final int cents;
                Coin(int cents) { this.cents = cents; }
                int cents() { return cents; }
                boolean isSilver() { return this != PENNY; }
            }

            public class Main {
                enum Level { LOW, MEDIUM, HIGH }

                static String advice(Level l) {
                    return switch (l) {
                        case LOW -> "relax";
                        case MEDIUM -> "watch";
                        case HIGH -> "act";
                    };
                }

                public static void main(String[] args) {
                    int total = 0;
                    for (Coin c : Coin.values()) {
                        total += c.cents();
                        System.out.println(c + " " + c.ordinal() + " " + c.name() + " silver=" + c.isSilver());
                    }
                    System.out.println("total " + total + ", dime is " + Coin.valueOf("DIME").cents());
                    System.out.println(Coin.PENNY.compareTo(Coin.DIME) + " " + (Coin.DIME == Coin.valueOf("DIME")));
                    List<Level> levels = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.MEDIUM));
                    Collections.sort(levels);
                    System.out.println(levels);
                    for (Level l : levels) System.out.println(l + ": " + advice(l));
                    Map<Level, Integer> seen = new HashMap<>();
                    seen.put(Level.LOW, 1);
                    System.out.println(seen.containsKey(Level.LOW) + " " + seen.containsKey(Level.HIGH));
                }
            }
            """;
        var expected = CompiledSource.RunJava(program);

        var result = Translate.Java(program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [Fact]
    public void EnumConstantWithItsOwnBody_IsReportedNotDropped()
    {
        const string program = """
            enum Op {
                PLUS { int apply(int a, int b) { return a + b; } };
                abstract int apply(int a, int b);
            }
            """;

        var result = Translate.Java(program);

        Assert.Contains(result.Warnings, w => w.Message.Contains("enum constant with a body", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void SwitchCasesThatFallThrough_RunTheFollowingCasesUntilABreak()
    {
        const string program = """
            public class Main {
                static String describe(int n) {
                    StringBuilder sb = new StringBuilder();
                    switch (n) {
                        case 1:
                            sb.append("one ");
                        case 2:
                            sb.append("two ");
                            if (n == 2) break;
                        default:
                            sb.append("many ");
                        case 9:
                            sb.append("nine");
                            break;
                        case 10:
                            sb.append("ten");
                    }
                    return sb.toString();
                }
                public static void main(String[] args) {
                    for (int n : new int[] {1, 2, 3, 9, 10}) System.out.println(n + ": " + describe(n));
                    int hits = 0;
                    for (int i = 0; i < 5; i++) {
                        switch (i % 3) {
                            case 0: hits += 10;
                            case 1: hits += 1; break;
                            default: hits += 100;
                        }
                    }
                    System.out.println(hits);
                }
            }
            """;
        var expected = CompiledSource.RunJava(program);

        var result = Translate.Java(program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
