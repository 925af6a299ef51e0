<?php
function coinChange($coins, $amount) {
    $dp = array_fill(0, $amount + 1, PHP_INT_MAX);
    $dp[0] = 0;
    for ($a = 1; $a <= $amount; $a++) {
        foreach ($coins as $c) {
            if ($c <= $a && $dp[$a - $c] != PHP_INT_MAX) {
                $dp[$a] = min($dp[$a], $dp[$a - $c] + 1);
            }
        }
    }
    return $dp[$amount] == PHP_INT_MAX ? -1 : $dp[$amount];
}
$memo = [];
function ways($n) {
    global $memo;
    if ($n <= 1) return 1;
    if (isset($memo[$n])) return $memo[$n];
    $memo[$n] = ways($n - 1) + ways($n - 2);
    return $memo[$n];
}
echo coinChange([1, 2, 5], 11) . " " . coinChange([2], 3) . "\n";
echo ways(30) . "\n";
