<?php
class Stack {
    private $items = [];
    public function push($x) { $this->items[] = $x; }
    public function pop() { return array_pop($this->items); }
    public function peek() { return $this->items[count($this->items) - 1]; }
    public function isEmpty() { return count($this->items) == 0; }
    public function size() { return count($this->items); }
}
function balanced($expr) {
    $s = new Stack();
    $pairs = [')' => '(', ']' => '[', '}' => '{'];
    for ($i = 0; $i < strlen($expr); $i++) {
        $c = $expr[$i];
        if ($c == '(' || $c == '[' || $c == '{') {
            $s->push($c);
        } elseif (isset($pairs[$c])) {
            if ($s->isEmpty() || $s->pop() != $pairs[$c]) {
                return false;
            }
        }
    }
    return $s->isEmpty();
}
foreach (["{[()]}", "([)]", "((())", "", "a(b)c"] as $e) {
    echo "\"$e\": " . (balanced($e) ? "balanced" : "not balanced") . "\n";
}
