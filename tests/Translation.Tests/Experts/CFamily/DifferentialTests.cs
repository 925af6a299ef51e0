using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CFamily;

/// <summary>
/// Whole programs run both ways: the source compiled with g++ or javac, the translation with python3, on the
/// same inputs (its main); the printed output must be the same. Skips where a compiler is not installed.
/// </summary>
public sealed class DifferentialTests
{
    private const string CppProgram = """
        #include <bits/stdc++.h>
        using namespace std;
        int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
        long long power(long long b, int e, long long m) { long long r = 1; b %= m; while (e > 0) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; } return r; }
        bool isPalindrome(string s) { int i = 0, j = s.length() - 1; while (i < j) { if (s[i++] != s[j--]) return false; } return true; }
        string digits(vector<int> d) { int i = d.size() - 1; string s = ""; while (i >= 0) s += to_string(d[i--]); return s + "/" + to_string(abs(d[++i])); }
        int pushes(vector<int> a) { vector<int> v; set<int> s; int j = 0; v.push_back(a[j++]); s.insert(a[j++]); return j * 10 + v.size() + s.size(); }
        int lis(vector<int>& a) { int n = a.size(); vector<int> d(n, 1); int best = 0; for (int i = 0; i < n; i++) { for (int j = 0; j < i; j++) if (a[j] < a[i]) d[i] = max(d[i], d[j] + 1); best = max(best, d[i]); } return best; }
        int main() {
            cout << gcd(84, 36) << " " << power(3, 200, 1000000007) << endl;
            cout << isPalindrome("racecar") << isPalindrome("ab") << endl;
            vector<int> a = {3, 10, 2, 1, 20, 4, 6, 7};
            cout << lis(a) << " " << -7 / 2 << " " << -7 % 3 << " " << digits({1, 2, 3}) << " " << pushes({4, 5}) << endl;
            for (int i = 0; i < 5; i++) { if (i == 2) continue; printf("%d;", i * i); }
            cout << endl;
            return 0;
        }
        """;

    private const string JavaProgram = """
        import java.util.*;
        import java.util.stream.*;
        public class Main {
            static int fib(int n) { int a = 0, b = 1; for (int i = 0; i < n; i++) { int t = a + b; a = b; b = t; } return a; }
            static String reverseWords(String s) { String[] w = s.split(" "); StringBuilder sb = new StringBuilder(); for (int i = w.length - 1; i >= 0; i--) { sb.append(w[i]); if (i > 0) sb.append(" "); } return sb.toString(); }
            static int countChar(String s, char c) { int n = 0; for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++; return n; }
            static double mean(int[] a) { int s = 0; for (int x : a) s += x; return (double) s / a.length; }
            static String streams(int[] a) {
                List<Integer> xs = new ArrayList<>();
                for (int x : a) xs.add(x);
                return Arrays.stream(a).min().getAsInt() + " " + Arrays.stream(a, 1, 3).max().getAsInt() + " " + Arrays.stream(a).filter(x -> x % 2 == 0).count()
                    + " " + IntStream.rangeClosed(1, 4).map(i -> i * i).sum() + " " + xs.stream().anyMatch(v -> v > 8) + " " + xs.stream().allMatch(v -> v > 8)
                    + " " + xs.stream().mapToInt(v -> v).filter(v -> v > 100).max().orElse(-1) + " " + Arrays.stream(a).average().getAsDouble()
                    + " " + Arrays.stream(a).distinct().sorted().toArray().length + " " + Arrays.stream(a).map(x -> x * 2).boxed().collect(Collectors.toList());
            }
            public static void main(String[] args) {
                System.out.println(fib(30) + " " + fib(1));
                System.out.println(reverseWords("the quick brown fox"));
                System.out.println(countChar("mississippi", 's') + " " + (-9 / 4) + " " + (-9 % 4));
                System.out.println(mean(new int[] {1, 2, 4}) > 2.3);
                System.out.println(streams(new int[] {7, 2, 9, 2, 4, 5}));
                System.out.println("cat".compareTo("apple") + " " + "ab".compareTo("abcd") + " " + ("b".compareTo("a") > 0));
                System.out.println("a,b,,".split(",").length + " " + "x  y\tz".split("\\s+").length + " " + ",".split(",").length + " " + "".split(",").length);
                int total = 0;
                do { total += 3; if (total % 2 == 0) continue; total++; } while (total < 20);
                System.out.println(total);
            }
        }
        """;

    [SkippableFact]
    public void CppProgram_TranslatedToPython_PrintsWhatTheCompiledSourcePrints()
    {
        var expected = CompiledSource.RunCpp(CppProgram);

        var result = Translate.Cpp(CppProgram);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void JavaProgram_TranslatedToPython_PrintsWhatTheCompiledSourcePrints()
    {
        var expected = CompiledSource.RunJava(JavaProgram);

        var result = Translate.Java(JavaProgram);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
