#include <bits/stdc++.h>
using namespace std;

double mean(const vector<int>& v) {
    double s = 0;
    for (int x : v) s += x;
    return s / v.size();
}

double median(vector<int> v) {
    sort(v.begin(), v.end());
    int n = v.size();
    if (n % 2 == 1) return v[n / 2];
    return (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double stddev(const vector<int>& v) {
    double m = mean(v), acc = 0;
    for (int x : v) acc += (x - m) * (x - m);
    return sqrt(acc / v.size());
}

int main() {
    vector<int> scores = {88, 92, 79, 65, 95, 70, 84};
    cout << "mean: " << mean(scores) << endl;
    cout << "median: " << median(scores) << endl;
    cout << "stddev: " << stddev(scores) << endl;
    vector<int> evenCount = {1, 2, 3, 4};
    cout << "median even: " << median(evenCount) << " mean: " << mean(evenCount) << endl;
    cout << "2.0/3 = " << 2.0 / 3 << endl;
    cout << "7/2 = " << 7 / 2 << ", 7/2.0 = " << 7 / 2.0 << endl;
    cout << "1e6 as double: " << 1000000.0 << ", 1e7: " << 10000000.0 << endl;
    cout << "small: " << 0.0001 << " " << 0.00001 << endl;
    double whole = 5.0;
    cout << "whole: " << whole << " sqrt(2): " << sqrt(2.0) << " pi: " << acos(-1.0) << endl;
    cout << fixed << setprecision(2);
    cout << "fixed mean: " << mean(scores) << endl;
    cout << "fixed 2/3: " << 2.0 / 3 << " whole: " << whole << endl;
    cout << setprecision(4) << "4 places: " << stddev(scores) << endl;
    printf("printf: %.3f %d %s\n", mean(scores), (int)scores.size(), "done");
    printf("%5d|%-5d|%05d\n", 42, 42, 42);
    double celsius[] = {-40, 0, 37, 100};
    for (double c : celsius) {
        double f = c * 9 / 5 + 32;
        cout << setprecision(1) << c << "C = " << f << "F" << endl;
    }
    int total = 0;
    for (int s : scores) total += s;
    double pct = 100.0 * total / (scores.size() * 100);
    cout << setprecision(3) << "percent: " << pct << "%" << endl;
    cout << "rounded: " << round(2.5) << " " << floor(-2.5) << " " << ceil(2.1) << endl;
    return 0;
}
