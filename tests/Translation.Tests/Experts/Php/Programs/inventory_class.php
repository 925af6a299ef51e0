<?php
class Product {
    public function __construct(public string $name, public float $price, public int $qty = 0) {}
    public function total(): float { return $this->price * $this->qty; }
}
class Inventory {
    private array $products = [];
    public function add(Product $p): void { $this->products[$p->name] = $p; }
    public function restock(string $name, int $n): void {
        if (!isset($this->products[$name])) {
            throw new Exception("Unknown product: $name");
        }
        $this->products[$name]->qty += $n;
    }
    public function value(): float {
        $sum = 0;
        foreach ($this->products as $p) $sum += $p->total();
        return $sum;
    }
    public function report(): string {
        $lines = [];
        foreach ($this->products as $name => $p) {
            $lines[] = sprintf("%-8s %6.2f x %3d", $name, $p->price, $p->qty);
        }
        return implode("\n", $lines);
    }
}
$inv = new Inventory();
$inv->add(new Product("apple", 0.5, 100));
$inv->add(new Product("pear", 0.75));
$inv->restock("pear", 40);
try {
    $inv->restock("kiwi", 1);
} catch (Exception $e) {
    echo "Error: " . $e->getMessage() . "\n";
}
echo $inv->report() . "\n";
echo "Total value: " . $inv->value() . "\n";
