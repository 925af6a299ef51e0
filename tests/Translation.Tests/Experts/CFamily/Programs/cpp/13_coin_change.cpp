#include <bits/stdc++.h>
using namespace std;

long long countWays(const vector<int>& coins, int amount) {
    vector<long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (int c : coins)
        for (int a = c; a <= amount; a++)
            ways[a] += ways[a - c];
    return ways[amount];
}

int minCoins(const vector<int>& coins, int amount) {
    const int INF = 1e9;
    vector<int> dp(amount + 1, INF);
    dp[0] = 0;
    for (int a = 1; a <= amount; a++) {
        for (int c : coins) {
            if (c <= a && dp[a - c] != INF) dp[a] = min(dp[a], dp[a - c] + 1);
        }
    }
    return dp[amount] >= INF ? -1 : dp[amount];
}

vector<int> greedyChange(vector<int> coins, int amount) {
    sort(coins.begin(), coins.end(), greater<int>());
    vector<int> used;
    for (int c : coins) {
        while (amount >= c) {
            amount -= c;
            used.push_back(c);
        }
    }
    return used;
}

int main() {
    vector<int> coins = {1, 2, 5};
    for (int amt = 0; amt <= 12; amt += 3)
        cout << "ways(" << amt << ") = " << countWays(coins, amt) << endl;
    vector<int> us = {1, 5, 10, 25, 50, 100};
    cout << "ways to make 300 cents: " << countWays(us, 300) << endl;
    vector<int> odd = {3, 7};
    int amounts[] = {1, 6, 11, 14, 17, 20};
    for (int a : amounts) {
        int m = minCoins(odd, a);
        if (m < 0) cout << a << ": impossible" << endl;
        else cout << a << ": " << m << " coins" << endl;
    }
    vector<int> g = greedyChange({25, 10, 5, 1}, 68);
    cout << "greedy 68:";
    for (int c : g) cout << " " << c;
    cout << " (" << g.size() << " coins)" << endl;
    vector<int> tricky = {1, 3, 4};
    cout << "greedy 6 with {1,3,4}: " << greedyChange(tricky, 6).size()
         << " vs optimal " << minCoins(tricky, 6) << endl;
    return 0;
}
