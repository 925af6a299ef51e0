<?php
class Node {
    public $data;
    public $next = null;
    public function __construct($data) { $this->data = $data; }
}
class LinkedList {
    private $head = null;
    private $size = 0;
    public function append($data) {
        $node = new Node($data);
        if ($this->head === null) {
            $this->head = $node;
        } else {
            $cur = $this->head;
            while ($cur->next !== null) $cur = $cur->next;
            $cur->next = $node;
        }
        $this->size++;
    }
    public function reverse() {
        $prev = null;
        $cur = $this->head;
        while ($cur !== null) {
            $next = $cur->next;
            $cur->next = $prev;
            $prev = $cur;
            $cur = $next;
        }
        $this->head = $prev;
    }
    public function toString() {
        $parts = [];
        for ($n = $this->head; $n !== null; $n = $n->next) $parts[] = $n->data;
        return implode(" -> ", $parts) . " (" . $this->size . ")";
    }
}
$list = new LinkedList();
foreach ([1, 2, 3, 4] as $x) $list->append($x);
echo $list->toString() . "\n";
$list->reverse();
echo $list->toString() . "\n";
