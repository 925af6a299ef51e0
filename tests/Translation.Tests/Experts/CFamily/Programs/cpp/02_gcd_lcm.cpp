#include <bits/stdc++.h>
using namespace std;

int gcd_(int a, int b) {
    return b == 0 ? a : gcd_(b, a % b);
}

long long gcd_(long long a, long long b) {
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int gcd_(int a, int b, int c) {
    return gcd_(gcd_(a, b), c);
}

long long lcm_(long long a, long long b) {
    return a / gcd_(a, b) * b;
}

int main() {
    cout << "gcd(48, 18) = " << gcd_(48, 18) << endl;
    cout << "gcd(100, 75, 50) = " << gcd_(100, 75, 50) << endl;
    cout << "gcd(ll) = " << gcd_(1000000000000LL, 640000000LL) << endl;
    long long l = 1;
    for (int i = 1; i <= 20; i++) l = lcm_(l, i);
    cout << "lcm(1..20) = " << l << endl;

    int nums[] = {7, -7};
    int divs[] = {2, -2, 3};
    for (int a : nums) {
        for (int d : divs) {
            cout << a << " / " << d << " = " << a / d << ", " << a << " % " << d << " = " << a % d << endl;
        }
    }
    int x = -17;
    cout << "-17/5=" << x / 5 << " -17%5=" << x % 5 << endl;
    int y = -20;
    y /= 6;
    cout << "-20/=6 -> " << y << endl;
    int z = -20;
    z %= 6;
    cout << "-20%=6 -> " << z << endl;
    int pos = ((x % 5) + 5) % 5;
    cout << "positive mod: " << pos << endl;
    cout << "__gcd: " << __gcd(270, 192) << " std::gcd: " << gcd(84, 120) << endl;
    return 0;
}
