using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.Cpp;

/// <summary>
/// C++ values in Python: vectors, maps and structs copy where C++ copies them, classes keep their members and
/// methods, and a range-for's reference variable changes the element. Each program runs against g++'s build.
/// </summary>
public sealed class CppValueSemanticsTests
{
    [SkippableFact]
    public void ContainersAndStructs_AreCopiedWhereCppCopiesThem()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            struct Point { int x, y; };

            void grow(vector<int> v) { v.push_back(99); }
            void shift(Point p) { p.x += 100; }
            int total(vector<int> v) { int s = 0; for (int x : v) s += x; return s; }

            int main() {
                vector<int> a = {1, 2};
                vector<int> b = a;
                b.push_back(3);
                grow(a);
                vector<vector<int>> grid = {a, b};
                grid[0].push_back(9);
                vector<int> row(3, 7);
                vector<vector<int>> rows(2, row);
                rows[0][0] = 0;
                a = b;
                a.push_back(5);
                for (auto r : grid) r.push_back(8);
                map<string, vector<int>> m;
                m["k"] = a;
                m["k"].push_back(6);
                Point p = {1, 2};
                Point q = p;
                q.x = 50;
                shift(p);
                vector<Point> pts = {p, q};
                pts[0].y = -1;
                cout << a.size() << " " << b.size() << " " << grid[0].size() << " " << grid[1].size() << " " << rows[1][0] << endl;
                cout << m["k"].size() << " " << total(a) << " " << p.x << " " << p.y << " " << q.x << " " << pts[0].y << endl;
                return 0;
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void Classes_KeepTheirMembersConstructorsMethodsAndOperators()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            class Counter {
            private:
                string label;
                int count = 0;
                vector<int> history;
            public:
                static int created;
                Counter() : label("anon") { created++; }
                Counter(string name, int start) : label(name), count(start) { created++; }
                void add(int n) { count += n; history.push_back(n); }
                int get() const { return count; }
                string name() const { return label; }
                int steps() const { return history.size(); }
                bool operator<(const Counter& other) const { return count < other.count; }
            };
            int Counter::created = 0;

            struct Student { string name; int age; double gpa; };

            int main() {
                Counter a("a", 10), b;
                a.add(5);
                b.add(1);
                b.add(2);
                vector<Counter> all = {a, b, Counter("c", 7)};
                all[0].add(100);
                sort(all.begin(), all.end());
                for (const auto& c : all) cout << c.name() << "=" << c.get() << "/" << c.steps() << " ";
                cout << endl << a.get() << endl;
                vector<Student> s = {{"Ann", 20, 3.5}, {"Bob", 19, 3.75}};
                Student extra;
                extra.name = "Cy";
                extra.age = 30;
                extra.gpa = 2.25;
                s.push_back(extra);
                sort(s.begin(), s.end(), [](const Student& x, const Student& y) { return x.age < y.age; });
                for (auto& st : s) { st.age += 1; cout << st.name << " " << st.age << " " << st.gpa << endl; }
                return 0;
            }
            """;
        var expected = CompiledSource.RunCpp(program);

        var result = Translate.Cpp(program);

        // The static member's definition outside the class is reported; the class keeps its own count.
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }

    [SkippableFact]
    public void RangeForReferenceVariable_ChangesTheElement()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            int main() {
                vector<int> v = {1, 2, 3, 4};
                for (int& x : v) { if (x == 2) continue; x *= 10; }
                for (auto& x : v) x++;
                string word = "hello";
                for (char& c : word) c = toupper(c);
                for (int x : v) cout << x << " ";
                cout << word << endl;
                return 0;
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void ReferenceParametersTheFunctionAssigns_ReachTheCaller()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            void swapInts(int& x, int& y) { int t = x; x = y; y = t; }
            bool advance(int& pos, int limit) { if (pos >= limit) return false; pos += 2; return true; }
            void label(string& s, int n) { s += "#" + to_string(n); }
            void bubble(vector<int>& a, int& swaps) {
                for (size_t i = 0; i < a.size(); i++)
                    for (size_t j = 0; j + 1 < a.size() - i; j++)
                        if (a[j] > a[j + 1]) { swapInts(a[j], a[j + 1]); swaps++; }
            }

            int main() {
                int a = 1, b = 2;
                swapInts(a, b);
                int pos = 0, steps = 0;
                while (advance(pos, 7)) steps++;
                string s = "x";
                label(s, 3);
                vector<int> v = {5, 1, 4, 2};
                int swaps = 0;
                bubble(v, swaps);
                bool ok = advance(pos, 100);
                v.resize(6);
                v.resize(5, 9);
                cout << a << b << " " << pos << " " << steps << " " << s << " " << swaps << " " << ok << endl;
                for (int x : v) cout << x << " ";
                cout << endl;
                return 0;
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void LambdasWithStatementBodies_BecomeLocalFunctions()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            int main() {
                vector<int> a = {30, 10, 20};
                vector<int> order = {0, 1, 2};
                sort(order.begin(), order.end(), [&](int x, int y) { return a[x] < a[y]; });
                cout << order[0] << order[1] << order[2] << " ";
                vector<pair<string, int>> v = {{"b", 2}, {"a", 2}, {"c", 5}};
                int calls = 0;
                sort(v.begin(), v.end(), [&](const pair<string, int>& a, const pair<string, int>& b) {
                    calls++;
                    if (a.second != b.second) return a.second > b.second;
                    return a.first < b.first;
                });
                for (auto& p : v) cout << p.first << p.second << " ";
                vector<string> words = {"fig", "banana", "kiwi", "cherry"};
                string longest = *max_element(words.begin(), words.end(), [](const string& a, const string& b) {
                    if (a.size() != b.size()) return a.size() < b.size();
                    return a > b;
                });
                cout << (calls > 0) << " " << longest << endl;
                return 0;
            }
            """;
        AssertSameOutput(program);
    }

    [SkippableFact]
    public void IteratorsKeptInVariables_StandForIndices()
    {
        const string program = """
            #include <bits/stdc++.h>
            using namespace std;

            int lis(const vector<int>& a) {
                vector<int> tails;
                for (int x : a) {
                    auto it = lower_bound(tails.begin(), tails.end(), x);
                    if (it == tails.end()) tails.push_back(x);
                    else *it = x;
                }
                return tails.size();
            }

            int main() {
                vector<int> s = {1, 3, 3, 5, 8};
                auto lo = lower_bound(s.begin(), s.end(), 3);
                auto hi = upper_bound(s.begin(), s.end(), 3);
                cout << lis({10, 9, 2, 5, 3, 7, 101, 18}) << " " << (hi - lo) << " " << (lo - s.begin()) << " " << *hi << endl;
                return 0;
            }
            """;
        AssertSameOutput(program);
    }

    private static void AssertSameOutput(string program)
    {
        var expected = CompiledSource.RunCpp(program);

        var result = Translate.Cpp(program);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, ExternalProgram.Python(result.Text));
    }
}
