<?php
$temps = ["Mon" => 22.5, "Tue" => 25.1, "Wed" => 19.8, "Thu" => 30.2, "Fri" => 27.0];
$sum = 0;
$hottest = null;
foreach ($temps as $day => $t) {
    $sum += $t;
    if ($hottest === null || $t > $temps[$hottest]) {
        $hottest = $day;
    }
}
$avg = $sum / count($temps);
printf("Average: %.2f\n", $avg);
echo "Hottest: $hottest ({$temps[$hottest]})\n";
$above = array_filter($temps, fn($t) => $t > $avg);
echo "Above average: " . count($above) . "\n";
asort($temps);
echo "Coldest first: " . implode(", ", array_keys($temps)) . "\n";
echo "Rounded: " . implode(" ", array_map('round', array_values($temps))) . "\n";
