<?php
function binarySearch($arr, $x) {
    $low = 0;
    $high = count($arr) - 1;
    while ($low <= $high) {
        $mid = intdiv($low + $high, 2);
        if ($arr[$mid] == $x) return $mid;
        if ($arr[$mid] < $x) $low = $mid + 1;
        else $high = $mid - 1;
    }
    return -1;
}
$arr = [2, 3, 4, 10, 40, 55, 70];
foreach ([10, 2, 70, 5] as $x) {
    $r = binarySearch($arr, $x);
    echo $r == -1 ? "$x not found\n" : "$x found at index $r\n";
}
