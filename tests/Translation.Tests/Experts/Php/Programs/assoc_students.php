<?php
$students = [
    "alice" => ["math" => 90, "art" => 75],
    "bob" => ["math" => 60, "art" => 95],
    "carol" => ["math" => 85, "art" => 85],
];
$averages = [];
foreach ($students as $name => $grades) {
    $averages[$name] = array_sum($grades) / count($grades);
}
arsort($averages);
foreach ($averages as $name => $avg) {
    echo ucfirst($name) . ": " . $avg . "\n";
}
echo "Subjects: " . implode(", ", array_keys($students["alice"])) . "\n";
echo array_key_exists("bob", $students) ? "bob is here\n" : "no bob\n";
echo isset($students["dave"]) ? "dave is here\n" : "no dave\n";
