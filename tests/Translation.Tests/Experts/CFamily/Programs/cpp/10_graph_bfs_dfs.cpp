#include <bits/stdc++.h>
using namespace std;

void dfs(int u, const vector<vector<int>>& adj, vector<bool>& visited, vector<int>& order) {
    visited[u] = true;
    order.push_back(u);
    for (int v : adj[u])
        if (!visited[v]) dfs(v, adj, visited, order);
}

vector<int> bfs(int src, const vector<vector<int>>& adj) {
    vector<int> dist(adj.size(), -1);
    queue<int> q;
    q.push(src);
    dist[src] = 0;
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        for (int v : adj[u]) {
            if (dist[v] == -1) {
                dist[v] = dist[u] + 1;
                q.push(v);
            }
        }
    }
    return dist;
}

int main() {
    int n = 9;
    vector<vector<int>> adj(n);
    vector<pair<int, int>> edges = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {6, 7}, {4, 1}};
    for (auto& e : edges) {
        adj[e.first].push_back(e.second);
        adj[e.second].push_back(e.first);
    }
    for (auto& nb : adj) sort(nb.begin(), nb.end());
    vector<bool> visited(n, false);
    int components = 0;
    for (int i = 0; i < n; i++) {
        if (visited[i]) continue;
        vector<int> order;
        dfs(i, adj, visited, order);
        components++;
        cout << "Component " << components << ":";
        for (int x : order) cout << " " << x;
        cout << endl;
    }
    vector<int> d = bfs(0, adj);
    cout << "BFS distances from 0:";
    for (int i = 0; i < n; i++) cout << " " << d[i];
    cout << endl;
    stack<int> st;
    vector<bool> seen(n, false);
    st.push(5);
    cout << "Iterative DFS from 5:";
    while (!st.empty()) {
        int u = st.top();
        st.pop();
        if (seen[u]) continue;
        seen[u] = true;
        cout << " " << u;
        for (int i = adj[u].size() - 1; i >= 0; i--)
            if (!seen[adj[u][i]]) st.push(adj[u][i]);
    }
    cout << endl;
    return 0;
}
