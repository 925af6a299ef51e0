<?php
class Queue {
    private $data = [];
    public function enqueue($x) { array_push($this->data, $x); }
    public function dequeue() { return array_shift($this->data); }
    public function isEmpty() { return empty($this->data); }
    public function size() { return count($this->data); }
}
$q = new Queue();
$customers = ["Ann" => 3, "Ben" => 1, "Cid" => 4, "Dee" => 2];
foreach ($customers as $name => $time) $q->enqueue([$name, $time]);
$clock = 0;
while (!$q->isEmpty()) {
    [$name, $time] = $q->dequeue();
    $clock += $time;
    echo str_pad($name, 5) . " done at t=" . $clock . " (" . $q->size() . " waiting)\n";
}
