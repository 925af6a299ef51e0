#include <bits/stdc++.h>
using namespace std;

int knapsack2D(const vector<int>& wt, const vector<int>& val, int W) {
    int n = wt.size();
    vector<vector<int>> dp(n + 1, vector<int>(W + 1, 0));
    for (int i = 1; i <= n; i++) {
        for (int w = 0; w <= W; w++) {
            dp[i][w] = dp[i - 1][w];
            if (wt[i - 1] <= w)
                dp[i][w] = max(dp[i][w], dp[i - 1][w - wt[i - 1]] + val[i - 1]);
        }
    }
    int w = W;
    vector<int> chosen;
    for (int i = n; i > 0; i--) {
        if (dp[i][w] != dp[i - 1][w]) {
            chosen.push_back(i - 1);
            w -= wt[i - 1];
        }
    }
    reverse(chosen.begin(), chosen.end());
    cout << "  items:";
    for (int c : chosen) cout << " " << c;
    cout << endl;
    return dp[n][W];
}

int knapsack1D(const vector<int>& wt, const vector<int>& val, int W) {
    vector<int> dp(W + 1, 0);
    for (size_t i = 0; i < wt.size(); i++)
        for (int w = W; w >= wt[i]; w--)
            dp[w] = max(dp[w], dp[w - wt[i]] + val[i]);
    return dp[W];
}

int unbounded(const vector<int>& wt, const vector<int>& val, int W) {
    vector<int> dp(W + 1, 0);
    for (int w = 1; w <= W; w++)
        for (size_t i = 0; i < wt.size(); i++)
            if (wt[i] <= w) dp[w] = max(dp[w], dp[w - wt[i]] + val[i]);
    return dp[W];
}

int main() {
    vector<int> wt = {1, 3, 4, 5};
    vector<int> val = {1, 4, 5, 7};
    int caps[] = {0, 5, 7, 9, 13};
    for (int W : caps) {
        cout << "W=" << W << endl;
        int a = knapsack2D(wt, val, W);
        int b = knapsack1D(wt, val, W);
        cout << "  0/1 best=" << a << (a == b ? " (consistent)" : " (MISMATCH)") << endl;
        cout << "  unbounded=" << unbounded(wt, val, W) << endl;
    }
    return 0;
}
