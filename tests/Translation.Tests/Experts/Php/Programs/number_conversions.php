<?php
function toBinary($n) {
    if ($n == 0) return "0";
    $bits = "";
    while ($n > 0) {
        $bits = ($n % 2) . $bits;
        $n = intdiv($n, 2);
    }
    return $bits;
}
function isArmstrong($n) {
    $digits = strval($n);
    $len = strlen($digits);
    $sum = 0;
    for ($i = 0; $i < $len; $i++) {
        $sum += pow((int)$digits[$i], $len);
    }
    return $sum == $n;
}
foreach ([0, 5, 10, 255] as $n) echo "$n -> " . toBinary($n) . " " . decbin($n) . " " . dechex($n) . "\n";
$arm = [];
for ($i = 1; $i < 1000; $i++) if (isArmstrong($i)) $arm[] = $i;
echo implode(" ", $arm) . "\n";
echo intval("42abc") + 1 . " " . (int)"17" * 2 . " " . floatval("3.5kg") . "\n";
echo bindec("1011") . " " . hexdec("ff") . "\n";
