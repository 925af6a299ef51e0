<?php
function twoSum($nums, $target) {
    $seen = [];
    foreach ($nums as $i => $n) {
        $need = $target - $n;
        if (array_key_exists($need, $seen)) {
            return [$seen[$need], $i];
        }
        $seen[$n] = $i;
    }
    return [];
}
function groupAnagrams($words) {
    $groups = [];
    foreach ($words as $w) {
        $chars = str_split($w);
        sort($chars);
        $key = implode("", $chars);
        $groups[$key][] = $w;
    }
    return $groups;
}
echo implode(",", twoSum([2, 7, 11, 15], 9)) . "\n";
echo implode(",", twoSum([3, 2, 4], 6)) . "\n";
foreach (groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"]) as $k => $g) {
    echo "$k: " . implode(" ", $g) . "\n";
}
