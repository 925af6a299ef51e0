#include <bits/stdc++.h>
using namespace std;

int fibRec(int n) {
    if (n <= 1) return n;
    return fibRec(n - 1) + fibRec(n - 2);
}

long long memo[91];

long long fibMemo(int n) {
    if (n <= 1) return n;
    if (memo[n] != -1) return memo[n];
    memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    return memo[n];
}

long long fibIter(int n) {
    long long a = 0, b = 1;
    for (int i = 0; i < n; i++) {
        long long t = a + b;
        a = b;
        b = t;
    }
    return a;
}

int climbStairs(int n) {
    vector<int> dp(n + 1, 0);
    dp[0] = 1;
    for (int i = 1; i <= n; i++) {
        dp[i] = dp[i - 1];
        if (i >= 2) dp[i] += dp[i - 2];
    }
    return dp[n];
}

int main() {
    for (int i = 0; i < 91; i++) memo[i] = -1;
    cout << "Recursive:";
    for (int i = 0; i <= 15; i++) cout << " " << fibRec(i);
    cout << endl;
    cout << "fib(50) = " << fibMemo(50) << endl;
    cout << "fib(90) = " << fibMemo(90) << endl;
    cout << "iter(90) = " << fibIter(90) << endl;
    cout << "match: " << (fibIter(70) == fibMemo(70) ? "yes" : "no") << endl;
    for (int n = 1; n <= 10; n++) {
        cout << "stairs(" << n << ")=" << climbStairs(n);
        cout << (n % 5 == 0 ? "\n" : ", ");
    }
    long long sumEven = 0;
    for (int i = 0; i <= 60; i++) {
        long long f = fibIter(i);
        if (f % 2 == 0) sumEven += f;
    }
    cout << "Sum of even fibs up to fib(60): " << sumEven << endl;
    return 0;
}
