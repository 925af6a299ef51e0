namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>A small workspace with one function per language the product translates from, each easy to find by its meaning.</summary>
internal static class FixtureWorkspace
{
    public static void WriteTo(TempDirectory folder, string prefix = "")
    {
        folder.WriteFile($"{prefix}src/MathUtil.cs", """
            namespace Demo;

            public static class MathUtil
            {
                /// <summary>Computes the greatest common divisor of two integers with Euclid's algorithm.</summary>
                public static int GreatestCommonDivisor(int a, int b)
                {
                    while (b != 0)
                    {
                        var t = a % b;
                        a = b;
                        b = t;
                    }
                    return a;
                }
            }
            """);
        folder.WriteFile($"{prefix}src/strings.py", """
            def reverse_words(sentence):
                \"\"\"Reverse the order of the words in a sentence.\"\"\"
                return " ".join(reversed(sentence.split()))
            """);
        folder.WriteFile($"{prefix}src/matrix.cpp", """
            #include <vector>

            // Multiplies two square matrices stored row-major.
            std::vector<double> multiply_matrices(const std::vector<double>& a, const std::vector<double>& b, int n) {
                std::vector<double> c(n * n, 0.0);
                for (int i = 0; i < n; ++i)
                    for (int k = 0; k < n; ++k)
                        for (int j = 0; j < n; ++j)
                            c[i * n + j] += a[i * n + k] * b[k * n + j];
                return c;
            }
            """);
        folder.WriteFile($"{prefix}src/CsvParser.java", """
            public class CsvParser {
                /** Splits one line of comma-separated values into fields. */
                public static String[] parseCsvLine(String line) {
                    return line.split(",");
                }
            }
            """);
    }
}
