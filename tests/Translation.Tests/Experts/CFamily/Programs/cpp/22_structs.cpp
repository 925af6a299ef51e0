#include <bits/stdc++.h>
using namespace std;

struct Student {
    string name;
    int age;
    double gpa;
};

struct Point {
    int x, y;
};

void birthday(Student& s) {
    s.age++;
}

void moveAll(vector<Point>& pts, int dx, int dy) {
    for (auto& p : pts) {
        p.x += dx;
        p.y += dy;
    }
}

int manhattan(const Point& a, const Point& b) {
    return abs(a.x - b.x) + abs(a.y - b.y);
}

int main() {
    vector<Student> students = {{"Alice", 20, 3.8}, {"Bob", 22, 3.5}, {"Carol", 19, 3.9}, {"Dave", 22, 3.2}};
    birthday(students[0]);
    sort(students.begin(), students.end(), [](const Student& a, const Student& b) {
        return a.age != b.age ? a.age > b.age : a.name < b.name;
    });
    for (const auto& s : students)
        cout << s.name << " age " << s.age << " gpa " << s.gpa << endl;
    double best = 0;
    string bestName;
    for (const auto& s : students) {
        if (s.gpa > best) {
            best = s.gpa;
            bestName = s.name;
        }
    }
    cout << "Top student: " << bestName << " (" << best << ")" << endl;
    vector<Point> pts = {{0, 0}, {3, 4}, {-2, 5}};
    moveAll(pts, 1, -1);
    for (size_t i = 0; i < pts.size(); i++)
        cout << "(" << pts[i].x << ", " << pts[i].y << ")" << (i + 1 < pts.size() ? " " : "\n");
    Point origin;
    origin.x = 0;
    origin.y = 0;
    int far = 0;
    for (const Point& p : pts) far = max(far, manhattan(origin, p));
    cout << "Farthest manhattan distance: " << far << endl;
    Student copy = students[1];
    copy.name = "Copy";
    cout << students[1].name << " vs " << copy.name << endl;
    return 0;
}
