#include <bits/stdc++.h>
using namespace std;

int binarySearch(const vector<int>& a, int target) {
    int lo = 0, hi = (int)a.size() - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] == target) return mid;
        else if (a[mid] < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

int firstAtLeast(const vector<int>& a, int target) {
    int lo = 0, hi = a.size();
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (a[mid] < target) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int intSqrt(long long n) {
    long long lo = 0, hi = 2000000000LL, ans = 0;
    while (lo <= hi) {
        long long mid = (lo + hi) / 2;
        if (mid * mid <= n) {
            ans = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return (int)ans;
}

int main() {
    vector<int> a = {2, 3, 5, 5, 5, 8, 13, 21, 34, 55};
    int queries[] = {5, 1, 55, 2, 20, 100};
    for (int q : queries) {
        int idx = binarySearch(a, q);
        int lb = firstAtLeast(a, q);
        int stdlb = lower_bound(a.begin(), a.end(), q) - a.begin();
        int stdub = upper_bound(a.begin(), a.end(), q) - a.begin();
        cout << "q=" << q << " found=" << (idx != -1 ? "yes" : "no")
             << " lb=" << lb << " std_lb=" << stdlb << " ub=" << stdub << endl;
    }
    long long nums[] = {0, 1, 15, 16, 1000000, 999999999999LL};
    for (long long n : nums) cout << "isqrt(" << n << ") = " << intSqrt(n) << endl;
    int count5 = upper_bound(a.begin(), a.end(), 5) - lower_bound(a.begin(), a.end(), 5);
    cout << "Occurrences of 5: " << count5 << endl;
    return 0;
}
