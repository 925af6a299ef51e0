#include <bits/stdc++.h>
using namespace std;

typedef vector<vector<int>> Matrix;

Matrix multiply(const Matrix& a, const Matrix& b) {
    int n = a.size(), m = b[0].size(), k = b.size();
    Matrix c(n, vector<int>(m, 0));
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            for (int t = 0; t < k; t++)
                c[i][j] += a[i][t] * b[t][j];
    return c;
}

Matrix transpose(const Matrix& a) {
    Matrix t(a[0].size(), vector<int>(a.size()));
    for (size_t i = 0; i < a.size(); i++)
        for (size_t j = 0; j < a[0].size(); j++)
            t[j][i] = a[i][j];
    return t;
}

void printMatrix(const Matrix& m) {
    for (const auto& row : m) {
        for (size_t j = 0; j < row.size(); j++) {
            if (j > 0) cout << " ";
            cout << row[j];
        }
        cout << "\n";
    }
}

void rotateInPlace(Matrix& m) {
    int n = m.size();
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            swap(m[i][j], m[j][i]);
    for (int i = 0; i < n; i++) reverse(m[i].begin(), m[i].end());
}

int main() {
    Matrix a = {{1, 2, 3}, {4, 5, 6}};
    Matrix b = {{7, 8}, {9, 10}, {11, 12}};
    cout << "A x B:" << endl;
    printMatrix(multiply(a, b));
    cout << "Transpose of A:" << endl;
    printMatrix(transpose(a));
    Matrix sq = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    rotateInPlace(sq);
    cout << "Rotated:" << endl;
    printMatrix(sq);
    int trace = 0, anti = 0;
    for (int i = 0; i < 3; i++) {
        trace += sq[i][i];
        anti += sq[i][2 - i];
    }
    cout << "trace=" << trace << " anti=" << anti << endl;
    int grid[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            grid[i][j] = i * 4 + j;
    int total = 0;
    for (int i = 0; i < 3; i++) {
        int rowSum = 0;
        for (int j = 0; j < 4; j++) rowSum += grid[i][j];
        total += rowSum;
        printf("row %d sum %d\n", i, rowSum);
    }
    cout << "total " << total << endl;
    return 0;
}
