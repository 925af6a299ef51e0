<?php
function isLeap($y) {
    return ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0;
}
function daysInMonth($m, $y) {
    switch ($m) {
        case 2:
            return isLeap($y) ? 29 : 28;
        case 4: case 6: case 9: case 11:
            return 30;
        default:
            return 31;
    }
}
$years = [1900, 2000, 2023, 2024];
foreach ($years as $y) {
    $total = 0;
    for ($m = 1; $m <= 12; $m++) $total += daysInMonth($m, $y);
    echo $y . ": " . (isLeap($y) ? "leap" : "common") . ", $total days\n";
}
