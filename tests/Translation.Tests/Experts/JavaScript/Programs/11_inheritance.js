class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area()}`; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.round(Math.PI * this.r * this.r * 100) / 100; }
}
const shapes = [new Rect(3, 4), new Circle(2), new Rect(2.5, 2)];
for (const s of shapes) console.log(s.describe());
