#include <bits/stdc++.h>
using namespace std;

vector<int> sieve(int n) {
    vector<bool> isPrime(n + 1, true);
    isPrime[0] = isPrime[1] = false;
    for (int i = 2; i * i <= n; i++) {
        if (!isPrime[i]) continue;
        for (int j = i * i; j <= n; j += i) isPrime[j] = false;
    }
    vector<int> primes;
    for (int i = 2; i <= n; i++)
        if (isPrime[i]) primes.push_back(i);
    return primes;
}

bool isPrimeTrial(int n) {
    if (n < 2) return false;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0) return false;
    return true;
}

vector<pair<int, int>> factorize(int n) {
    vector<pair<int, int>> res;
    for (int p = 2; p * p <= n; p++) {
        int cnt = 0;
        while (n % p == 0) {
            n /= p;
            cnt++;
        }
        if (cnt > 0) res.push_back({p, cnt});
    }
    if (n > 1) res.push_back(make_pair(n, 1));
    return res;
}

int main() {
    vector<int> p = sieve(100);
    cout << "Primes up to 100 (" << p.size() << "):";
    for (size_t i = 0; i < p.size(); i++) cout << " " << p[i];
    cout << endl;
    cout << "Count up to 10000: " << sieve(10000).size() << endl;
    int agree = 0;
    for (int i = 0; i <= 1000; i++) {
        bool inSieve = binary_search(p.begin(), p.end(), i);
        if (i <= 100 && inSieve == isPrimeTrial(i)) agree++;
    }
    cout << "Agreement count: " << agree << endl;
    int values[] = {360, 97, 1001, 65536, 999999};
    for (int v : values) {
        cout << v << " =";
        vector<pair<int, int>> f = factorize(v);
        for (size_t i = 0; i < f.size(); i++) {
            cout << (i == 0 ? " " : " * ") << f[i].first;
            if (f[i].second > 1) cout << "^" << f[i].second;
        }
        cout << endl;
    }
    int twin = 0;
    for (size_t i = 1; i < p.size(); i++)
        if (p[i] - p[i - 1] == 2) twin++;
    printf("Twin prime pairs below 100: %d\n", twin);
    return 0;
}
