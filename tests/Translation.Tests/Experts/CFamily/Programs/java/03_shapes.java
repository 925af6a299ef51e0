import java.util.ArrayList;
import java.util.List;

interface Describable {
    String describe();
}

abstract class Shape implements Describable {
    protected final String name;

    Shape(String name) { this.name = name; }

    abstract double area();
    abstract double perimeter();

    public String describe() {
        return name + " with area " + String.format("%.2f", area());
    }

    @Override
    public String toString() {
        return "Shape(" + name + ")";
    }
}

class Circle extends Shape {
    private final double radius;

    Circle(double radius) {
        super("Circle");
        this.radius = radius;
    }

    double area() { return Math.PI * radius * radius; }
    double perimeter() { return 2 * Math.PI * radius; }
}

class Rectangle extends Shape {
    protected final double width, height;

    Rectangle(double width, double height) {
        this("Rectangle", width, height);
    }

    protected Rectangle(String name, double width, double height) {
        super(name);
        this.width = width;
        this.height = height;
    }

    double area() { return width * height; }
    double perimeter() { return 2 * (width + height); }
}

class Square extends Rectangle {
    Square(double side) { super("Square", side, side); }

    @Override
    public String describe() {
        return super.describe() + " (side " + width + ")";
    }

    @Override
    public String toString() {
        return "Square[" + super.toString() + "]";
    }
}

public class Main {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rectangle(3, 4.5));
        shapes.add(new Square(2));
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            System.out.printf("  perimeter: %.3f%n", s.perimeter());
            System.out.println("  " + s);
            total += s.area();
        }
        System.out.printf("Total area: %.2f%n", total);
        System.out.println("Square area raw: " + shapes.get(2).area());
        System.out.println("Rectangle area raw: " + shapes.get(1).area());
        Describable d = shapes.get(0);
        System.out.println(d.describe().toUpperCase());
    }
}
