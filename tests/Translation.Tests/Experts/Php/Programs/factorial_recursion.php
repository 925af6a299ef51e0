<?php
function factorial($n) {
    return $n <= 1 ? 1 : $n * factorial($n - 1);
}
function power($base, $exp) {
    if ($exp == 0) return 1;
    $half = power($base, intdiv($exp, 2));
    return $exp % 2 == 0 ? $half * $half : $half * $half * $base;
}
function sumDigits($n) {
    $sum = 0;
    while ($n > 0) {
        $sum += $n % 10;
        $n = (int)($n / 10);
    }
    return $sum;
}
function hanoi($n, $from, $to, $via, &$moves) {
    if ($n == 0) return;
    hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from->$to";
    hanoi($n - 1, $via, $to, $from, $moves);
}
for ($i = 0; $i <= 10; $i += 2) echo "$i! = " . factorial($i) . "\n";
echo power(2, 30) . " " . power(3, 5) . " " . sumDigits(987654321) . "\n";
$moves = [];
hanoi(3, "A", "C", "B", $moves);
echo count($moves) . " moves: " . implode(" ", $moves) . "\n";
