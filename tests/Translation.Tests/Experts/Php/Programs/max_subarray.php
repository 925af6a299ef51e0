<?php
function maxSubArray($a) {
    $best = $a[0];
    $cur = 0;
    foreach ($a as $x) {
        $cur = max($x, $cur + $x);
        $best = max($best, $cur);
    }
    return $best;
}
function rotate($a, $k) {
    $n = count($a);
    $k = $k % $n;
    return array_merge(array_slice($a, $n - $k), array_slice($a, 0, $n - $k));
}
function average($a) {
    return array_sum($a) / count($a);
}
echo maxSubArray([-2, 1, -3, 4, -1, 2, 1, -5, 4]) . "\n";
echo implode(" ", rotate([1, 2, 3, 4, 5, 6, 7], 3)) . "\n";
echo average([1, 2, 3, 4]) . " " . average([2, 4]) . "\n";
printf("%.3f\n", average([1, 2, 2]));
