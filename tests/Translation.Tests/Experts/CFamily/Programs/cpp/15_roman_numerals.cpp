#include <bits/stdc++.h>
using namespace std;

int value(char c) {
    switch (c) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        case 'M': return 1000;
        default: return 0;
    }
}

int romanToInt(const string& s) {
    int total = 0;
    for (size_t i = 0; i < s.size(); i++) {
        int v = value(s[i]);
        if (i + 1 < s.size() && v < value(s[i + 1])) total -= v;
        else total += v;
    }
    return total;
}

string intToRoman(int num) {
    vector<pair<int, string>> table = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                                       {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    string result;
    for (auto& p : table) {
        while (num >= p.first) {
            result += p.second;
            num -= p.first;
        }
    }
    return result;
}

int main() {
    int nums[] = {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999};
    for (int n : nums) {
        string r = intToRoman(n);
        cout << n << " -> " << r << " -> " << romanToInt(r) << endl;
    }
    map<char, int> letterUse;
    for (int n = 1; n <= 100; n++)
        for (char c : intToRoman(n)) letterUse[c]++;
    cout << "Letters used for 1..100:";
    for (auto& kv : letterUse) cout << " " << kv.first << ":" << kv.second;
    cout << endl;
    string longest;
    int longestNum = 0;
    for (int n = 1; n < 1000; n++) {
        string r = intToRoman(n);
        if (r.size() > longest.size()) {
            longest = r;
            longestNum = n;
        }
    }
    cout << "Longest below 1000: " << longestNum << " = " << longest << " (" << longest.size() << " chars)" << endl;
    return 0;
}
