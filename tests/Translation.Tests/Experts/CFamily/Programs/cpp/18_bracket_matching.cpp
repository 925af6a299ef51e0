#include <bits/stdc++.h>
using namespace std;

bool isBalanced(const string& s) {
    stack<char> st;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            st.push(c);
        } else if (c == ')' || c == ']' || c == '}') {
            if (st.empty()) return false;
            char top = st.top();
            st.pop();
            if ((c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{')) return false;
        }
    }
    return st.empty();
}

int maxDepth(const string& s) {
    int depth = 0, best = 0;
    for (char c : s) {
        if (c == '(') best = max(best, ++depth);
        else if (c == ')') depth--;
    }
    return best;
}

int evalRPN(const vector<string>& tokens) {
    stack<int> st;
    for (const string& t : tokens) {
        if (t == "+" || t == "-" || t == "*" || t == "/") {
            int b = st.top(); st.pop();
            int a = st.top(); st.pop();
            if (t == "+") st.push(a + b);
            else if (t == "-") st.push(a - b);
            else if (t == "*") st.push(a * b);
            else st.push(a / b);
        } else {
            st.push(stoi(t));
        }
    }
    return st.top();
}

int main() {
    vector<string> exprs = {"()", "([]{})", "(]", "((())", "{[()()]}", "", "}{", "a(b[c]d)e"};
    for (auto& e : exprs)
        cout << "'" << e << "' balanced=" << isBalanced(e) << " depth=" << maxDepth(e) << endl;
    vector<string> rpn1 = {"2", "1", "+", "3", "*"};
    vector<string> rpn2 = {"4", "13", "5", "/", "+"};
    vector<string> rpn3 = {"7", "-3", "/", "10", "-"};
    cout << "RPN: " << evalRPN(rpn1) << " " << evalRPN(rpn2) << " " << evalRPN(rpn3) << endl;
    vector<int> temps = {73, 74, 75, 71, 69, 72, 76, 73};
    vector<int> wait(temps.size(), 0);
    stack<int> idx;
    for (int i = 0; i < (int)temps.size(); i++) {
        while (!idx.empty() && temps[idx.top()] < temps[i]) {
            wait[idx.top()] = i - idx.top();
            idx.pop();
        }
        idx.push(i);
    }
    cout << "Days to wait:";
    for (int w : wait) cout << " " << w;
    cout << endl;
    return 0;
}
