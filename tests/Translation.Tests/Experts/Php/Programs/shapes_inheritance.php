<?php
abstract class Shape {
    protected $name;
    public function __construct($name) { $this->name = $name; }
    abstract public function area();
    public function describe() {
        return $this->name . " with area " . number_format($this->area(), 2);
    }
}
class Circle extends Shape {
    private $r;
    public function __construct($r) {
        parent::__construct("Circle");
        $this->r = $r;
    }
    public function area() { return M_PI * $this->r * $this->r; }
}
class Rect extends Shape {
    public function __construct(private $w, private $h) {
        parent::__construct("Rectangle");
    }
    public function area() { return $this->w * $this->h; }
}
$shapes = [new Circle(2), new Rect(3, 4), new Circle(1.5)];
foreach ($shapes as $s) {
    echo $s->describe() . "\n";
}
