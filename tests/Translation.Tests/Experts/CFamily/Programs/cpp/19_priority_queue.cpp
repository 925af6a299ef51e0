#include <bits/stdc++.h>
using namespace std;

vector<int> dijkstra(int n, const vector<vector<pair<int, int>>>& adj, int src) {
    vector<int> dist(n, INT_MAX);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> pq;
    dist[src] = 0;
    pq.push({0, src});
    while (!pq.empty()) {
        pair<int, int> top = pq.top();
        pq.pop();
        int d = top.first, u = top.second;
        if (d > dist[u]) continue;
        for (auto& e : adj[u]) {
            int v = e.first, w = e.second;
            if (dist[u] + w < dist[v]) {
                dist[v] = dist[u] + w;
                pq.push(make_pair(dist[v], v));
            }
        }
    }
    return dist;
}

int main() {
    priority_queue<int> maxHeap;
    priority_queue<int, vector<int>, greater<int>> minHeap;
    int data[] = {5, 1, 8, 3, 9, 2, 7};
    for (int x : data) {
        maxHeap.push(x);
        minHeap.push(x);
    }
    cout << "max order:";
    while (!maxHeap.empty()) { cout << " " << maxHeap.top(); maxHeap.pop(); }
    cout << endl << "min order:";
    while (!minHeap.empty()) { cout << " " << minHeap.top(); minHeap.pop(); }
    cout << endl;
    vector<int> nums = {4, 1, 7, 3, 8, 5, 10, 2};
    int k = 3;
    priority_queue<int, vector<int>, greater<int>> topK;
    for (int x : nums) {
        topK.push(x);
        if ((int)topK.size() > k) topK.pop();
    }
    cout << k << "rd largest: " << topK.top() << endl;
    int n = 6;
    vector<vector<pair<int, int>>> adj(n);
    int edges[][3] = {{0, 1, 7}, {0, 2, 9}, {0, 5, 14}, {1, 2, 10}, {1, 3, 15}, {2, 3, 11}, {2, 5, 2}, {3, 4, 6}, {4, 5, 9}};
    for (auto& e : edges) {
        adj[e[0]].push_back({e[1], e[2]});
        adj[e[1]].push_back({e[0], e[2]});
    }
    vector<int> dist = dijkstra(n, adj, 0);
    for (int i = 0; i < n; i++) cout << "dist[" << i << "] = " << dist[i] << endl;
    queue<string> q;
    q.push("alpha");
    q.push("beta");
    q.push("gamma");
    cout << "queue size " << q.size() << ", front " << q.front() << ", back " << q.back() << endl;
    q.pop();
    cout << "after pop front " << q.front() << endl;
    return 0;
}
