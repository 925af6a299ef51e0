<?php
function multiply($a, $b) {
    $n = count($a); $m = count($b[0]); $k = count($b);
    $c = array_fill(0, $n, array_fill(0, $m, 0));
    for ($i = 0; $i < $n; $i++)
        for ($j = 0; $j < $m; $j++)
            for ($x = 0; $x < $k; $x++)
                $c[$i][$j] += $a[$i][$x] * $b[$x][$j];
    return $c;
}
function transpose($m) {
    $t = [];
    foreach ($m as $i => $row) {
        foreach ($row as $j => $v) {
            $t[$j][$i] = $v;
        }
    }
    return $t;
}
$a = [[1, 2], [3, 4]];
$b = [[5, 6], [7, 8]];
foreach (multiply($a, $b) as $row) echo implode(" ", $row) . "\n";
foreach (transpose([[1, 2, 3], [4, 5, 6]]) as $row) echo implode(",", $row) . "\n";
