<?php
class Counter {
    public static $count = 0;
    const STEP = 2;
    public static function increment() {
        self::$count += self::STEP;
        return self::$count;
    }
}
Counter::increment();
Counter::increment();
echo "count = " . Counter::$count . "\n";
class Temperature {
    private $celsius;
    public function __construct($c) { $this->celsius = $c; }
    public function toFahrenheit() { return $this->celsius * 9 / 5 + 32; }
    public function __toString() { return $this->celsius . "C"; }
}
foreach ([0, 37, 100, -40] as $c) {
    $t = new Temperature($c);
    echo "$t = " . $t->toFahrenheit() . "F\n";
}
