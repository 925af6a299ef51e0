#include <bits/stdc++.h>
using namespace std;

string encode(const string& s) {
    string out;
    int n = s.size();
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && s[j] == s[i]) j++;
        out += to_string(j - i);
        out += s[i];
        i = j;
    }
    return out;
}

string decode(const string& s) {
    string out = "";
    size_t i = 0;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && isdigit(s[j])) j++;
        int count = stoi(s.substr(i, j - i));
        out += string(count, s[j]);
        i = j + 1;
    }
    return out;
}

string compressOrKeep(const string& s) {
    string e = encode(s);
    return e.size() < s.size() ? e : s;
}

int main() {
    string tests[] = {"aaabbbcccd", "wwwwaaadexxxxxx", "abc", "zzzzzzzzzzzz", "a"};
    for (const string& t : tests) {
        string e = encode(t);
        string d = decode(e);
        cout << t << " -> " << e << " -> " << d << (d == t ? " ok" : " FAIL") << endl;
        cout << "  best: " << compressOrKeep(t) << endl;
    }
    string numbers = "12,345,6789,0,42";
    int total = 0;
    size_t start = 0;
    while (true) {
        size_t comma = numbers.find(',', start);
        string piece = numbers.substr(start, comma == string::npos ? string::npos : comma - start);
        total += stoi(piece);
        cout << "[" << piece << "]";
        if (comma == string::npos) break;
        start = comma + 1;
    }
    cout << " total=" << total << endl;
    string digits = to_string(9876543);
    int digitSum = 0;
    for (char c : digits) digitSum += c - '0';
    cout << "digit sum of " << digits << " = " << digitSum << endl;
    cout << "stoi(\"-250\") + 50 = " << stoi("-250") + 50 << endl;
    return 0;
}
