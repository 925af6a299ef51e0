<?php
$employees = [
    ["name" => "Alice", "dept" => "Eng", "salary" => 120000],
    ["name" => "Bob", "dept" => "Sales", "salary" => 70000],
    ["name" => "Cara", "dept" => "Eng", "salary" => 105000],
    ["name" => "Dan", "dept" => "Sales", "salary" => 64000],
    ["name" => "Eve", "dept" => "HR", "salary" => 58000],
];
$byDept = [];
foreach ($employees as $e) {
    $byDept[$e["dept"]][] = $e;
}
foreach ($byDept as $dept => $list) {
    $total = array_sum(array_column_free($list, "salary"));
    printf("%-6s %d people, total %s, avg %.1f\n", $dept, count($list), number_format($total), $total / count($list));
}
function array_column_free($rows, $key) {
    $out = [];
    foreach ($rows as $r) $out[] = $r[$key];
    return $out;
}
usort($employees, fn($a, $b) => $b["salary"] - $a["salary"]);
echo "Top earner: " . $employees[0]["name"] . "\n";
