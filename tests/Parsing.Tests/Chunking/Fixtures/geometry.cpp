#include <cmath>
#include <vector>
#include <algorithm>

namespace geo {

// A point in the plane.
struct Point {
    double x;
    double y;
};

template <typename T>
T clamp(T value, T lo, T hi) {
    return std::max(lo, std::min(value, hi));
}

class Polygon {
public:
    explicit Polygon(std::vector<Point> points) : points_(std::move(points)) {}

    ~Polygon() = default;

    double area() const {
        double sum = 0;
        for (size_t i = 0; i < points_.size(); ++i) {
            const Point& a = points_[i];
            const Point& b = points_[(i + 1) % points_.size()];
            sum += a.x * b.y - b.x * a.y;
        }
        return std::abs(sum) / 2;
    }

    double perimeter() const;

private:
    std::vector<Point> points_;
};

double Polygon::perimeter() const {
    auto dist = [](const Point& a, const Point& b) {
        return std::hypot(a.x - b.x, a.y - b.y);
    };
    double total = 0;
    for (size_t i = 0; i < points_.size(); ++i) {
        total += dist(points_[i], points_[(i + 1) % points_.size()]);
    }
    return total;
}

}  // namespace geo

int main() {
    geo::Polygon square({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    return square.area() == 1.0 ? 0 : 1;
}
