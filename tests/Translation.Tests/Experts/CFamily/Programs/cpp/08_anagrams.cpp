#include <bits/stdc++.h>
using namespace std;

bool areAnagrams(const string& a, const string& b) {
    if (a.size() != b.size()) return false;
    int freq[26] = {0};
    for (char c : a) freq[c - 'a']++;
    for (char c : b) freq[c - 'a']--;
    for (int i = 0; i < 26; i++)
        if (freq[i] != 0) return false;
    return true;
}

string sortedKey(string s) {
    sort(s.begin(), s.end());
    return s;
}

int main() {
    cout << boolalpha;
    cout << "listen/silent: " << areAnagrams("listen", "silent") << endl;
    cout << "hello/world: " << areAnagrams("hello", "world") << endl;
    cout << "ab/abc: " << areAnagrams("ab", "abc") << endl;
    vector<string> words = {"eat", "tea", "tan", "ate", "nat", "bat", "tab", "cat"};
    map<string, vector<string>> groups;
    for (const string& w : words) groups[sortedKey(w)].push_back(w);
    cout << "Groups: " << groups.size() << endl;
    for (auto& entry : groups) {
        cout << entry.first << ":";
        vector<string> g = entry.second;
        sort(g.begin(), g.end());
        for (auto& w : g) cout << " " << w;
        cout << endl;
    }
    string text = "programming";
    map<char, int> counts;
    for (char c : text) counts[c]++;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it->second > 1) cout << it->first << "=" << it->second << " ";
    }
    cout << endl;
    string shifted = "";
    for (char c : string("hello")) shifted += (char)('a' + (c - 'a' + 3) % 26);
    cout << "Caesar(hello, 3) = " << shifted << endl;
    char first = 'z';
    for (char c : text) if (c < first) first = c;
    cout << "Smallest letter: " << first << " at index " << text.find(first) << endl;
    cout << "Position of 'gram': " << text.find("gram") << endl;
    if (text.find("xyz") == string::npos) cout << "xyz not found" << endl;
    return 0;
}
