#include <vector>

// Multiplies two square matrices stored row-major.
std::vector<double> multiply_matrices(const std::vector<double>& a, const std::vector<double>& b, int n) {
    std::vector<double> c(n * n, 0.0);
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < n; ++k)
            for (int j = 0; j < n; ++j)
                c[i * n + j] += a[i * n + k] * b[k * n + j];
    return c;
}
