<?php
function fib($n) {
    $dp = array_fill(0, $n + 1, 0);
    $dp[1] = 1;
    for ($i = 2; $i <= $n; $i++) {
        $dp[$i] = $dp[$i - 1] + $dp[$i - 2];
    }
    return $dp[$n];
}
for ($n = 1; $n <= 15; $n++) {
    echo "fib($n) = " . fib($n) . "\n";
}
