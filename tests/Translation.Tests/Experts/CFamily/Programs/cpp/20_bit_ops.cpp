#include <bits/stdc++.h>
using namespace std;

int countBits(unsigned int x) {
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

string toBinary(int x, int width) {
    string s;
    for (int i = width - 1; i >= 0; i--) s += ((x >> i) & 1) ? '1' : '0';
    return s;
}

bool isPowerOfTwo(long long n) {
    return n > 0 && (n & (n - 1)) == 0;
}

int main() {
    int a = 0b1011, b = 0x36;
    cout << "a=" << a << " b=" << b << endl;
    cout << "a&b=" << (a & b) << " a|b=" << (a | b) << " a^b=" << (a ^ b) << endl;
    cout << "~a=" << (~a) << " a<<3=" << (a << 3) << " b>>2=" << (b >> 2) << endl;
    cout << "-16>>2=" << (-16 >> 2) << endl;
    for (int x = 0; x <= 16; x += 4)
        cout << x << " bin " << toBinary(x, 8) << " bits " << countBits(x) << " builtin " << __builtin_popcount(x) << endl;
    long long big = 1LL << 40;
    cout << "1<<40 = " << big << " pow2? " << isPowerOfTwo(big) << " " << isPowerOfTwo(big + 1) << endl;
    int arr[] = {4, 7, 2, 7, 4, 9, 2};
    int single = 0;
    for (int x : arr) single ^= x;
    cout << "unique element: " << single << endl;
    vector<int> items = {3, 5, 9};
    cout << "subset sums:";
    for (int mask = 0; mask < (1 << items.size()); mask++) {
        int sum = 0;
        for (int i = 0; i < (int)items.size(); i++)
            if (mask & (1 << i)) sum += items[i];
        cout << " " << sum;
    }
    cout << endl;
    int flags = 0;
    flags |= 1 << 2;
    flags |= 1 << 5;
    flags ^= 1 << 2;
    flags <<= 1;
    cout << "flags=" << flags << " lowest set bit=" << (flags & -flags) << endl;
    unsigned int u = 4000000000u;
    cout << "unsigned " << u << " >> 4 = " << (u >> 4) << endl;
    return 0;
}
