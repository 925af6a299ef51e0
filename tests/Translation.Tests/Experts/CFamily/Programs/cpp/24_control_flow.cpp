#include <bits/stdc++.h>
using namespace std;

string classify(int n) {
    return n < 0 ? "negative" : n == 0 ? "zero" : n % 2 == 0 ? "even" : "odd";
}

int collatzSteps(long long n) {
    int steps = 0;
    while (n != 1) {
        n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
        ++steps;
    }
    return steps;
}

string dayName(int d) {
    string name;
    switch (d % 7) {
        case 0: name = "Sun"; break;
        case 6: name = "Sat"; break;
        case 1:
        case 2:
        case 3:
        case 4:
        case 5: name = "Weekday"; break;
        default: name = "?";
    }
    return name;
}

int main() {
    int vals[] = {-3, 0, 4, 7};
    for (int v : vals) cout << v << " is " << classify(v) << endl;
    int i = 5;
    int a = i++ + 10;
    int b = --i * 2;
    cout << "a=" << a << " b=" << b << " i=" << i << endl;
    int x = 100;
    x += 5; x -= 3; x *= 2; x /= 4; x %= 7;
    cout << "x=" << x << endl;
    int n = 0;
    do {
        n += 3;
    } while (n < 10);
    cout << "do-while n=" << n << endl;
    int oddSum = 0;
    for (int k = 0; k < 100; k++) {
        if (k % 2 == 0) continue;
        if (k > 20) break;
        oddSum += k;
    }
    cout << "odd sum up to 20: " << oddSum << endl;
    int bestStart = 1, bestSteps = 0;
    for (int s = 1; s < 1000; s++) {
        int st = collatzSteps(s);
        if (st > bestSteps) { bestSteps = st; bestStart = s; }
    }
    cout << "longest collatz below 1000: " << bestStart << " (" << bestSteps << " steps)" << endl;
    for (int d = 0; d < 8; d++) cout << dayName(d) << (d < 7 ? "," : "\n");
    set<int> seen;
    unordered_set<int> fast;
    int dups = 0;
    int seq[] = {5, 3, 5, 1, 3, 9, 5};
    for (int v : seq) {
        if (fast.count(v)) dups++;
        fast.insert(v);
        seen.insert(v);
    }
    cout << "dups=" << dups << " distinct:";
    for (int v : seen) cout << " " << v;
    cout << " | has 9? " << (seen.find(9) != seen.end()) << " has 4? " << seen.count(4) << endl;
    bool flag = true;
    cout << "flag " << flag << " !flag " << !flag << " char " << (char)('A' + 2) << " int " << 'A' + 2 << endl;
    return 0;
}
