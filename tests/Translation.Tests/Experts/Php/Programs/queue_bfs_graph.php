<?php
function bfs($graph, $start) {
    $visited = [$start => true];
    $queue = [$start];
    $order = [];
    while (!empty($queue)) {
        $node = array_shift($queue);
        $order[] = $node;
        foreach ($graph[$node] as $next) {
            if (!isset($visited[$next])) {
                $visited[$next] = true;
                $queue[] = $next;
            }
        }
    }
    return $order;
}
$graph = [
    'A' => ['B', 'C'],
    'B' => ['D'],
    'C' => ['D', 'E'],
    'D' => ['F'],
    'E' => ['F'],
    'F' => [],
];
echo implode(" -> ", bfs($graph, 'A')) . "\n";
$edges = [[1, 2], [1, 3], [2, 4], [3, 4], [4, 5]];
$adj = [];
foreach ($edges as [$u, $v]) {
    $adj[$u][] = $v;
    $adj[$v][] = $u;
}
ksort($adj);
foreach ($adj as $u => $ns) {
    sort($ns);
    echo "$u: " . implode(",", $ns) . "\n";
}
