#include <bits/stdc++.h>
using namespace std;

vector<int> lisSequence(const vector<int>& a) {
    int n = a.size();
    if (n == 0) return {};
    vector<int> len(n, 1), prev(n, -1);
    int bestEnd = 0;
    for (int i = 1; i < n; i++) {
        for (int j = 0; j < i; j++) {
            if (a[j] < a[i] && len[j] + 1 > len[i]) {
                len[i] = len[j] + 1;
                prev[i] = j;
            }
        }
        if (len[i] > len[bestEnd]) bestEnd = i;
    }
    vector<int> seq;
    for (int i = bestEnd; i != -1; i = prev[i]) seq.push_back(a[i]);
    reverse(seq.begin(), seq.end());
    return seq;
}

int lisFast(const vector<int>& a) {
    vector<int> tails;
    for (int x : a) {
        auto it = lower_bound(tails.begin(), tails.end(), x);
        if (it == tails.end()) tails.push_back(x);
        else *it = x;
    }
    return tails.size();
}

int lcs(const string& x, const string& y) {
    int n = x.size(), m = y.size();
    vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            dp[i][j] = x[i - 1] == y[j - 1] ? dp[i - 1][j - 1] + 1 : max(dp[i - 1][j], dp[i][j - 1]);
    return dp[n][m];
}

int main() {
    vector<vector<int>> tests = {
        {10, 9, 2, 5, 3, 7, 101, 18},
        {0, 1, 0, 3, 2, 3},
        {7, 7, 7, 7},
        {3, 10, 2, 1, 20},
        {50, 3, 10, 7, 40, 80}};
    for (size_t t = 0; t < tests.size(); t++) {
        vector<int> s = lisSequence(tests[t]);
        cout << "Test " << t + 1 << ": length " << s.size() << " fast " << lisFast(tests[t]) << " seq [";
        for (size_t i = 0; i < s.size(); i++) cout << s[i] << (i + 1 < s.size() ? ", " : "");
        cout << "]" << endl;
    }
    cout << "LCS(ABCBDAB, BDCABA) = " << lcs("ABCBDAB", "BDCABA") << endl;
    cout << "LCS(AGGTAB, GXTXAYB) = " << lcs("AGGTAB", "GXTXAYB") << endl;
    return 0;
}
