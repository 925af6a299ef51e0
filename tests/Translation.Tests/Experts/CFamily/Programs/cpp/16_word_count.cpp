#include <bits/stdc++.h>
using namespace std;

vector<string> splitWords(const string& text) {
    vector<string> words;
    string cur;
    for (char c : text) {
        if (isalpha(c)) {
            cur += (char)tolower(c);
        } else if (!cur.empty()) {
            words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    return words;
}

int main() {
    string text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! "
                  "A quick fox is a happy fox.";
    vector<string> words = splitWords(text);
    cout << "Total words: " << words.size() << endl;
    map<string, int> freq;
    for (const string& w : words) freq[w]++;
    cout << "Distinct words: " << freq.size() << endl;
    for (auto& p : freq) cout << p.first << " " << p.second << endl;
    vector<pair<string, int>> byCount(freq.begin(), freq.end());
    sort(byCount.begin(), byCount.end(), [](const pair<string, int>& a, const pair<string, int>& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first < b.first;
    });
    cout << "Top 3:";
    for (int i = 0; i < 3; i++) cout << " " << byCount[i].first << "(" << byCount[i].second << ")";
    cout << endl;
    unordered_map<int, int> lengths;
    for (const string& w : words) lengths[w.size()]++;
    vector<int> keys;
    for (auto& kv : lengths) keys.push_back(kv.first);
    sort(keys.begin(), keys.end());
    for (int k : keys) cout << "len " << k << ": " << lengths[k] << endl;
    string longest = *max_element(words.begin(), words.end(), [](const string& a, const string& b) {
        return a.size() < b.size();
    });
    cout << "Longest word: " << longest << endl;
    return 0;
}
