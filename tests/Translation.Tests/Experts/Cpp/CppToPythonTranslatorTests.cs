using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Cpp;

public sealed class CppToPythonTranslatorTests
{
    [Fact]
    public void Translate_Includes_BecomeOnlyTheImportsTheOutputUses()
    {
        var result = Translate.Cpp("#include <bits/stdc++.h>\n#include <cmath>\nusing namespace std;\nint f(int x) { return x + 1; }\nint g(double x) { return (int) sqrt(x); }\n");

        Assert.StartsWith("import math\n\n\ndef f(x):", result.Text);
        Assert.Empty(result.Warnings);
    }

    [SkippableFact]
    public void Translate_VectorsMapsAndAlgorithms_BehaveLikeTheStl()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Cpp("""
            int f(int arr[], int n) {
                vector<int> v(arr, arr + n);
                sort(v.begin(), v.end(), greater<int>());
                unordered_map<int, int> freq;
                for (int i = 0; i < n; i++) freq[arr[i]]++;
                int best = 0;
                for (auto it = freq.begin(); it != freq.end(); it++) best = max(best, it->second);
                int dp[3][4];
                memset(dp, -1, sizeof(dp));
                return v[0] * 1000 + best * 100 + dp[2][3] + *max_element(arr, arr + n);
            }
            """);

        Assert.Contains("defaultdict(int)", result.Text);
        Assert.Contains("reverse=True", result.Text);
        // v[0] == 9, best == 3 (three 4s), dp[2][3] == -1, max == 9.
        Assert.Equal("9308\n", ExternalProgram.Python(result.Text + "print(f([4, 9, 4, 1, 4], 5))\n"));
    }

    [SkippableFact]
    public void Translate_CStringLoops_StopAtTheEndOfThePythonString()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Cpp("int len(char s[]) { int i = 0; while (s[i] != '\\0') i++; return i; }\nint vowels(char *s) { int c = 0; for (int i = 0; s[i]; i++) if (s[i] == 'a') c++; return c; }\n");

        Assert.Equal("5 2\n", ExternalProgram.Python(result.Text + "print(len_('hello'), vowels('banana'[:3] + 'xa'))\n"));
    }

    [SkippableFact]
    public void Translate_StringMutationAndPriorityQueue_KeepValueSemantics()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Cpp("""
            string bump(string s) { s[0]++; s.push_back('0' + 7); return s; }
            int kth(int a[], int n, int k) {
                priority_queue<int> q;
                for (int i = 0; i < n; i++) q.push(a[i]);
                for (int i = 1; i < k; i++) q.pop();
                return q.top();
            }
            """);

        Assert.Contains("heapq.heappush", result.Text);
        Assert.Equal("bcd7 3\n", ExternalProgram.Python(result.Text + "print(bump('acd'), kth([3, 9, 5, 1], 4, 3))\n"));
    }

    [SkippableFact]
    public void Translate_ComparisonChainThatParsesAsATemplate_IsAComparison()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        // tree-sitter alone reads `r < rows && c >= 0` as a template `r<rows && c>` assigned 0.
        var result = Translate.Cpp("int inside(int r, int rows, int c) {\n  int v = (r >= 0 && r < rows && c >= 0) ? 1 : 0;\n  return v;\n}\n");

        Assert.Empty(result.Warnings);
        Assert.Equal("1 0 0\n", ExternalProgram.Python(result.Text + "print(inside(1, 3, 0), inside(3, 3, 0), inside(1, 3, -1))\n"));
    }

    [Fact]
    public void Translate_Goto_IsMarkedAndWarnedWithItsLine()
    {
        var result = Translate.Cpp("int f(int n) {\n  if (n < 0) goto done;\n  n = n * 2;\ndone:\n  return n;\n}\n");

        Assert.NotEmpty(result.Warnings);
        Assert.Contains(result.Warnings, w => w.Start.Line == 1);
        Assert.Contains("# UNTRANSLATED:", result.Text);
    }

    [Fact]
    public void Translate_ReferenceParameterAssigned_IsReturnedAndAssignedBack()
    {
        var result = Translate.Cpp("void inc(int &x) { x = x + 1; }\nint main() { int n = 1; inc(n); return n; }\n");

        Assert.Empty(result.Warnings);
        Assert.Contains("return x", result.Text, StringComparison.Ordinal);
        Assert.Contains("n = inc(n)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ReferenceParameterAssignedInAnOverload_IsWarned()
    {
        // Overloads are renamed per signature; their out parameters are not handed back.
        var result = Translate.Cpp("void inc(int &x) { x = x + 1; }\nvoid inc(double &x) { x = x + 0.5; }\n");

        Assert.Contains(result.Warnings, w => w.Message.Contains("reference parameter 'x'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("int f(int n) { if (n > 0) return 1; }", true)]
    [InlineData("int f(int* a, int n) { for (int i = 0; i < n; i++) if (a[i] > 1) return i; }", true)]
    [InlineData("int f(int n) { if (n > 0) return 1; else return 2; }", false)]
    [InlineData("int f(int n) { while (true) { if (n > 9) return n; n++; } }", false)]
    [InlineData("int f(int n) { while (true) { if (n > 9) break; n++; } }", true)]
    [InlineData("void f(int n) { if (n > 0) return; }", false)]
    [InlineData("int main() { int n = 2; }", false)]
    public void Translate_ValueFunctionWhoseEndIsReachable_IsWarned(string cpp, bool warned)
    {
        // C++ leaves the caller an undefined value there (main alone returns 0); the translation returns None.
        var result = Translate.Cpp(cpp + "\n");

        Assert.Equal(warned, result.Warnings.Any(w => w.Message.Contains("control can reach the end", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Translate_UnnamedAndVoidParameters_KeepTheCallsArity()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var result = Translate.Cpp("int pick(int, int b) { return b; }\nint seven(void) { return 7; }\n");

        Assert.Empty(result.Warnings);
        Assert.Equal("7\n", ExternalProgram.Python(result.Text + "print(pick(1, seven()))\n"));
    }

    [Fact]
    public void Translate_LibraryCallOutsideTheStandardLibrary_IsFlaggedNotCalledByItsLastName()
    {
        var result = Translate.Cpp("int Init(Env env) { return Napi::String::New(env, 1); }\n");

        Assert.Contains("# UNTRANSLATED: the library call Napi::String::New", result.Text);
        Assert.DoesNotContain(result.Text.Split('\n'), l => l.Contains("return New(", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.Contains("Napi::String::New", StringComparison.Ordinal));
    }
}
