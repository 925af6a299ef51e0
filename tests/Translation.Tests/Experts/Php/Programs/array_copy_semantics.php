<?php
function addItem($list, $item) {
    $list[] = $item;
    return $list;
}
function doubleAll(array $xs) {
    foreach ($xs as $i => $x) {
        $xs[$i] = $x * 2;
    }
    return $xs;
}
$orig = [1, 2, 3];
$new = addItem($orig, 4);
echo count($orig) . " " . count($new) . "\n";
$copy = $orig;
$copy[0] = 100;
echo $orig[0] . " " . $copy[0] . "\n";
$d = doubleAll($orig);
echo implode(",", $orig) . " | " . implode(",", $d) . "\n";
