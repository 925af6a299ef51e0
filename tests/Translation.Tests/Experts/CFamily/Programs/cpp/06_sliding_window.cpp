#include <bits/stdc++.h>
using namespace std;

int maxSumWindow(const vector<int>& a, int k) {
    int sum = 0;
    for (int i = 0; i < k; i++) sum += a[i];
    int best = sum;
    for (int i = k; i < (int)a.size(); i++) {
        sum += a[i] - a[i - k];
        if (sum > best) best = sum;
    }
    return best;
}

int longestUniqueSubstring(const string& s) {
    unordered_map<char, int> last;
    int best = 0, start = 0;
    for (int i = 0; i < (int)s.size(); i++) {
        char c = s[i];
        if (last.count(c) && last[c] >= start) start = last[c] + 1;
        last[c] = i;
        best = max(best, i - start + 1);
    }
    return best;
}

int minLenAtLeast(const vector<int>& a, int target) {
    int left = 0, sum = 0, best = INT_MAX;
    for (int right = 0; right < (int)a.size(); right++) {
        sum += a[right];
        while (sum >= target) {
            best = min(best, right - left + 1);
            sum -= a[left++];
        }
    }
    return best == INT_MAX ? 0 : best;
}

int main() {
    vector<int> a = {2, 1, 5, 1, 3, 2, 9, -4, 6};
    for (int k = 1; k <= 4; k++) cout << "max sum window " << k << ": " << maxSumWindow(a, k) << endl;
    string words[] = {"abcabcbb", "bbbbb", "pwwkew", "", "dvdf"};
    for (const string& w : words)
        cout << "\"" << w << "\" -> " << longestUniqueSubstring(w) << endl;
    vector<int> b = {2, 3, 1, 2, 4, 3};
    cout << "min len >= 7: " << minLenAtLeast(b, 7) << endl;
    cout << "min len >= 100: " << minLenAtLeast(b, 100) << endl;
    deque<int> dq;
    vector<int> c = {1, 3, -1, -3, 5, 3, 6, 7};
    int k = 3;
    cout << "window maxima:";
    for (int i = 0; i < (int)c.size(); i++) {
        while (!dq.empty() && dq.front() <= i - k) dq.pop_front();
        while (!dq.empty() && c[dq.back()] < c[i]) dq.pop_back();
        dq.push_back(i);
        if (i >= k - 1) cout << " " << c[dq.front()];
    }
    cout << endl;
    return 0;
}
