<?php
function spiral($m) {
    $result = [];
    $top = 0; $bottom = count($m) - 1;
    $left = 0; $right = count($m[0]) - 1;
    while ($top <= $bottom && $left <= $right) {
        for ($i = $left; $i <= $right; $i++) $result[] = $m[$top][$i];
        $top++;
        for ($i = $top; $i <= $bottom; $i++) $result[] = $m[$i][$right];
        $right--;
        if ($top <= $bottom) {
            for ($i = $right; $i >= $left; $i--) $result[] = $m[$bottom][$i];
            $bottom--;
        }
        if ($left <= $right) {
            for ($i = $bottom; $i >= $top; $i--) $result[] = $m[$i][$left];
            $left++;
        }
    }
    return $result;
}
$m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
echo implode(" ", spiral($m)) . "\n";
