#include <bits/stdc++.h>
using namespace std;

string reverseStr(const string& s) {
    string r = "";
    for (int i = s.size() - 1; i >= 0; i--) r += s[i];
    return r;
}

bool isPalindrome(const string& s) {
    int i = 0, j = (int)s.size() - 1;
    while (i < j) {
        while (i < j && !isalnum(s[i])) i++;
        while (i < j && !isalnum(s[j])) j--;
        if (tolower(s[i]) != tolower(s[j])) return false;
        i++;
        j--;
    }
    return true;
}

string longestPalindrome(const string& s) {
    int bestStart = 0, bestLen = s.empty() ? 0 : 1;
    int n = s.size();
    for (int center = 0; center < n; center++) {
        for (int odd = 0; odd < 2; odd++) {
            int l = center, r = center + odd;
            while (l >= 0 && r < n && s[l] == s[r]) {
                l--;
                r++;
            }
            int len = r - l - 1;
            if (len > bestLen) {
                bestLen = len;
                bestStart = l + 1;
            }
        }
    }
    return s.substr(bestStart, bestLen);
}

int main() {
    string words[] = {"racecar", "hello", "A man, a plan, a canal: Panama", "No lemon, no melon", "abca"};
    for (const string& w : words) {
        cout << w << " | reversed: " << reverseStr(w) << " | palindrome: " << (isPalindrome(w) ? "true" : "false") << endl;
    }
    string s = "forgeeksskeegfor";
    cout << "Longest palindrome in " << s << ": " << longestPalindrome(s) << endl;
    cout << "Longest palindrome in babad: " << longestPalindrome("babad") << endl;
    string t = "Hello World";
    string upper = t;
    for (char& c : upper) c = toupper(c);
    cout << upper << endl;
    string t2 = t;
    reverse(t2.begin(), t2.end());
    cout << t2 << " " << t2.length() << endl;
    int pal = 0;
    for (int n = 1; n <= 200; n++) {
        string d = to_string(n);
        if (d == reverseStr(d)) pal++;
    }
    cout << "Palindromic numbers 1..200: " << pal << endl;
    return 0;
}
