#include <bits/stdc++.h>
using namespace std;

void bubbleSort(vector<int>& a, int& swaps) {
    int n = a.size();
    for (int i = 0; i < n - 1; i++) {
        bool swapped = false;
        for (int j = 0; j < n - 1 - i; j++) {
            if (a[j] > a[j + 1]) {
                swap(a[j], a[j + 1]);
                swaps++;
                swapped = true;
            }
        }
        if (!swapped) break;
    }
}

void insertionSort(vector<int>& a) {
    for (size_t i = 1; i < a.size(); i++) {
        int key = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
}

void mergeSort(vector<int>& a, int l, int r) {
    if (r - l < 1) return;
    int m = (l + r) / 2;
    mergeSort(a, l, m);
    mergeSort(a, m + 1, r);
    vector<int> tmp;
    int i = l, j = m + 1;
    while (i <= m && j <= r) tmp.push_back(a[i] <= a[j] ? a[i++] : a[j++]);
    while (i <= m) tmp.push_back(a[i++]);
    while (j <= r) tmp.push_back(a[j++]);
    for (int k = 0; k < (int)tmp.size(); k++) a[l + k] = tmp[k];
}

void print(const string& label, const vector<int>& a) {
    cout << label << ":";
    for (int x : a) cout << " " << x;
    cout << endl;
}

int main() {
    vector<int> base = {38, 27, 43, 3, 9, 82, 10, -5, 27, 0};
    vector<int> a = base, b = base, c = base, d = base;
    int swaps = 0;
    bubbleSort(a, swaps);
    print("bubble", a);
    cout << "swaps: " << swaps << endl;
    insertionSort(b);
    print("insertion", b);
    mergeSort(c, 0, c.size() - 1);
    print("merge", c);
    sort(d.begin(), d.end(), greater<int>());
    print("desc", d);
    sort(d.begin(), d.end(), [](int x, int y) { return abs(x) < abs(y) || (abs(x) == abs(y) && x < y); });
    print("by abs", d);
    cout << "all equal: " << (a == b && b == c ? "yes" : "no") << endl;
    cout << "min " << *min_element(base.begin(), base.end()) << " max " << *max_element(base.begin(), base.end()) << endl;
    return 0;
}
