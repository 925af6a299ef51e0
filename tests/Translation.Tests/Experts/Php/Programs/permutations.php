<?php
function permute($items) {
    if (count($items) <= 1) return [$items];
    $result = [];
    foreach ($items as $i => $item) {
        $rest = $items;
        unset($rest[$i]);
        foreach (permute(array_values($rest)) as $p) {
            array_unshift($p, $item);
            $result[] = $p;
        }
    }
    return $result;
}
foreach (permute(['a', 'b', 'c']) as $p) echo implode("", $p) . "\n";
echo count(permute([1, 2, 3, 4])) . "\n";
