#include <bits/stdc++.h>
using namespace std;

bool pairWithSum(vector<int> a, int target, int& x, int& y) {
    sort(a.begin(), a.end());
    int i = 0, j = a.size() - 1;
    while (i < j) {
        int s = a[i] + a[j];
        if (s == target) {
            x = a[i];
            y = a[j];
            return true;
        }
        if (s < target) i++;
        else j--;
    }
    return false;
}

int removeDuplicates(vector<int>& a) {
    if (a.empty()) return 0;
    int k = 1;
    for (size_t i = 1; i < a.size(); i++) {
        if (a[i] != a[k - 1]) a[k++] = a[i];
    }
    a.resize(k);
    return k;
}

int maxArea(const vector<int>& h) {
    int i = 0, j = h.size() - 1, best = 0;
    while (i < j) {
        int area = min(h[i], h[j]) * (j - i);
        best = max(best, area);
        if (h[i] < h[j]) ++i; else --j;
    }
    return best;
}

int main() {
    vector<int> v = {10, 4, 7, 1, 15, 3, 8};
    int targets[] = {11, 25, 2, 22};
    for (int t : targets) {
        int x = 0, y = 0;
        if (pairWithSum(v, t, x, y)) cout << "sum " << t << ": " << x << " + " << y << endl;
        else cout << "sum " << t << ": none" << endl;
    }
    vector<int> d = {1, 1, 2, 3, 3, 3, 4, 7, 7, 9};
    int k = removeDuplicates(d);
    cout << "unique count " << k << ":";
    for (int e : d) cout << " " << e;
    cout << endl;
    vector<int> heights = {1, 8, 6, 2, 5, 4, 8, 3, 7};
    cout << "max area: " << maxArea(heights) << endl;
    vector<int> r = {1, 2, 3, 4, 5, 6};
    reverse(r.begin(), r.end());
    for (int i = 0, j = r.size() - 1; i < j; i++, j--) swap(r[i], r[j]);
    cout << "double reversed:";
    for (int e : r) cout << ' ' << e;
    cout << '\n';
    return 0;
}
